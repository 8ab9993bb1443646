// The frame of every page of the site but the pair pages (which are the change
// report itself): the report's stylesheet and its own rules, the navigation,
// and a Content-Security-Policy that allows no network at all and only the
// inline scripts of the page, by their hashes. Every page reads without scripts.
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { createHash } from 'node:crypto';
import { pageCss, PAGE_SCRIPT, pageHead } from '../html/document.js';
import {cleanText } from '../html/context.js';
import { rel, SITE_LANG } from './model.js';

const SITE_CSS = `
[hidden]{display:none!important}
.site-nav{background:#1f2937;color:#fff}
.site-nav ul{max-width:72rem;margin:0 auto;padding:.4rem 1rem;list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.1rem}
.site-nav a{color:#fff;text-decoration:none}
.site-nav a:hover,.site-nav a[aria-current=page]{text-decoration:underline}
.site-nav .brand{font-weight:700}
.lead{font-size:1.05rem;max-width:48rem}
.key-links{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0;padding:0;list-style:none}
.key-links a{display:block;border:2px solid var(--link);border-radius:.5rem;padding:.5rem .9rem;text-decoration:none;font-weight:600}
.key-links small{display:block;font-weight:normal;color:var(--muted)}
.vtimeline{list-style:none;margin:1rem 0;padding:0 0 0 1.2rem;border-left:3px solid var(--line)}
.vtimeline>li{position:relative;margin:0 0 1.1rem;padding:.5rem .8rem;border:1px solid var(--line);border-radius:.5rem}
.vtimeline>li::before{content:"";position:absolute;left:-1.75rem;top:.9rem;width:.8rem;height:.8rem;border-radius:50%;background:var(--line);border:2px solid #fff}
.vtimeline>li.key{border:2px solid #0b57d0;background:#f0f6ff}
.vtimeline>li.key::before{background:#0b57d0}
.vtimeline h2{border:0;margin:0;padding:0;font-size:1.15rem}
.vtimeline .when{color:var(--muted)}
.tag{display:inline-block;font-size:.75rem;font-weight:700;padding:0 .45em;border-radius:.3rem;background:#0b57d0;color:#fff;vertical-align:middle}
.matrix-wrap{overflow:auto;max-height:85vh;border:1px solid var(--line);margin:1rem 0}
.matrix{border-collapse:separate;border-spacing:0;font-size:.8rem}
.matrix th,.matrix td{border-bottom:1px solid #e5e7eb;border-right:1px solid #e5e7eb;padding:0;text-align:center}
.matrix thead th{position:sticky;top:0;z-index:3;background:#fff;padding:.3rem .25rem;font-weight:600;white-space:nowrap;border-bottom:2px solid var(--line)}
.matrix thead th a{writing-mode:vertical-rl;transform:rotate(180deg);display:inline-block;text-decoration:none}
.matrix tbody th{position:sticky;left:0;z-index:2;background:#fff;text-align:left;padding:.15rem .4rem;white-space:nowrap;font-weight:600}
.matrix thead th:first-child{left:0;z-index:4}
.matrix tr.section th{position:sticky;left:0;background:var(--panel);text-align:left;padding:.3rem .4rem;font-weight:700;white-space:normal}
.matrix td a{display:block;min-width:2.1rem;line-height:1.7rem;text-decoration:none;color:#111}
.matrix td.none{background:repeating-linear-gradient(135deg,#fff 0 4px,#f3f4f6 4px 8px)}
.matrix td.first a{color:var(--muted)}
.heat-0{background:#fff}
.heat-1{background:#fde68a}.heat-2{background:#fbbf24}.heat-3{background:#f97316}.heat-4{background:#dc2626}
.heat-3 a,.heat-4 a{color:#fff!important;font-weight:700}
.st-added.heat-4{background:#16a34a}.st-repealed.heat-4{background:#6b7280}.st-renumbered.heat-1,.st-moved.heat-1{background:#bfdbfe}
.legend-cells .heat-3,.legend-cells .heat-4{color:#fff;font-weight:700}
.legend-cells{display:flex;flex-wrap:wrap;gap:.4rem 1rem;list-style:none;padding:0;font-size:.85rem}
.legend-cells span.cell{display:inline-block;min-width:1.6rem;text-align:center;margin-right:.3rem;border:1px solid var(--line)}
.two-langs{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:0 1.5rem}
.two-langs>*{min-width:0}
.blame{width:100%;font-size:.92rem}
.blame td,.blame th{border-top:1px solid var(--line);padding:.3rem .5rem;vertical-align:top;text-align:left}
.pairs{font-size:.85rem}
.pairs th,.pairs td{border:1px solid var(--line);padding:.2rem .35rem;text-align:center}
.search-box input{font:inherit;padding:.4rem .6rem;width:min(36rem,100%)}
.results li{margin:.5rem 0}
mark{background:#fde047}
.compare-form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:1rem 0}
.compare-form select,.compare-form button{font:inherit;padding:.3rem .5rem}
.flag{font-weight:600;color:#92400e}
.article-list{columns:9rem;list-style:none;padding:0}
@media (max-width:40rem){.two-langs{grid-template-columns:minmax(0,1fr)}.matrix-wrap{max-height:75vh}}
@media print{.site-nav,.search-box,.compare-form{display:none!important}.matrix-wrap{overflow:visible;max-height:none;border:0}
.matrix{font-size:6.5pt}.matrix thead th,.matrix tbody th{position:static}.matrix td a{min-width:0;line-height:1.2}}
`;

const hash = (script: string): string => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** No network, no plug-ins, no forms sent anywhere; only the page's own inline scripts. */
function policy(scripts: readonly string[]): string {
  return [
    "default-src 'none'", "style-src 'unsafe-inline'", `script-src ${scripts.map(hash).join(' ')}`,
    'img-src data:', "base-uri 'none'", "form-action 'none'",
  ].join('; ');
}

const NAV: [string, string][] = [
  ['index.html', 'Home'], ['matrix.html', 'Reform matrix'], ['articles.html', 'Articles'], ['compare.html', 'Compare'],
  ['search.html', 'Search'], ['languages.html', 'Russian and Kazakh'], ['feed.xml', 'Atom feed'],
];

export interface SitePage {
  /** Folders below the site root (0 or 1): links are made relative to it. */
  depth: number;
  /** This page's path, to mark it in the navigation. */
  path: string;
  title: string;
  /** Language of the page's main text (`en` for pages of interface text). */
  lang: string;
  body: ElementContent[];
  /** Inline scripts of the page besides the report's (fold buttons); each is allowed by its hash. */
  scripts?: string[];
  /** A feed to announce in <head>. */
  feed?: string;
  generatedAt?: string;
}

export function sitePage(page: SitePage): Root {
  const scripts = [PAGE_SCRIPT, ...(page.scripts ?? [])];
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: page.lang }, [
        pageHead(cleanText(page.title), policy(scripts), pageCss() + SITE_CSS,
          page.feed ? [h('link', { rel: 'alternate', type: 'application/atom+xml', href: rel(page.depth, page.feed) })] : []),
        h('body', [
          h('a.skip', { href: '#main', lang: SITE_LANG }, 'Skip to the content'),
          h('nav.site-nav', { ariaLabel: 'Site', lang: SITE_LANG }, h('ul', NAV.map(([path, label], i) => h('li', h('a', {
            href: rel(page.depth, path),
            className: i === 0 ? ['brand'] : [],
            ...(path === page.path ? { ariaCurrent: 'page' } : {}),
          }, label))))),
          h('div#main', page.body),
          h('footer.page-footer', { lang: SITE_LANG }, h('p', [
            'Made with constdiff from the official texts in the store. Footnotes, notes and pending wordings are shown for reference; they are not constitutional text.',
            page.generatedAt ? ` Generated ${cleanText(page.generatedAt)}.` : '',
          ])),
          ...scripts.map((s) => h('script', s)),
        ]),
      ]),
    ],
  };
}

/**
 * Data for a page's script, in a `<script type="application/json">` block (never run,
 * so the CSP does not apply): `<` is escaped so no text can close the element.
 */
export function dataBlock(id: string, value: unknown): ElementContent {
  return h('script', { type: 'application/json', id }, JSON.stringify(value).replace(/</g, '\\u003c'));
}
