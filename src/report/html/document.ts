// The document shell every page shares: the stylesheet, the one optional script
// (allowed by its hash in the Content-Security-Policy) and the <html> around a page.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { createHash } from 'node:crypto';
import { uiLang } from './context.js';
import { messages } from '../messages.js';

// The page's only stylesheet, inlined. Colours always come with a second signal:
// ins is underlined, del struck through, statuses are written as words, the
// change map uses bar height, and the view switch marks the chosen view with ✓.
const STATUS_COLORS = {
  unchanged: { fill: '#c4c9d1', text: '#374151', tint: '#f3f4f6' },
  amended: { fill: '#f59e0b', text: '#92400e', tint: '#fef3c7' },
  added: { fill: '#16a34a', text: '#166534', tint: '#dcfce7' },
  repealed: { fill: '#dc2626', text: '#991b1b', tint: '#fee2e2' },
  renumbered: { fill: '#3b82f6', text: '#1e40af', tint: '#dbeafe' },
  moved: { fill: '#a855f7', text: '#6b21a8', tint: '#f3e8ff' },
} as const;

/** `="In force from"` or `=Article`: an attribute selector's value, quoted only when it must be (the catalog's words hold no quotes). */
const attr = (value: string): string => (/^[A-Za-z_][\w-]*$/u.test(value) ? `=${value}` : `="${value}"`);

const statusRules = Object.entries(STATUS_COLORS).map(([st, c]) => [
  `.badge.st-${st}{color:${c.text};background:${c.tint}}`,
  `.cell.st-${st} rect{fill:${c.fill}}`,
  `.swatch.st-${st},.seg.st-${st}{background:${c.fill}}`,
  `.article.st-${st}{border-left-color:${c.fill}}`,
].join('\n')).join('\n');

/**
 * The page's stylesheet. Its few words (the labels of a stacked timeline row on a
 * phone, the note printed for a folded article) come from the catalog in use, so
 * it is made per page.
 */
export const pageCss = (): string => `
:root{--fg:#1a1a1a;--muted:#4b5563;--bg:#fff;--panel:#f6f7f9;--line:#d5d8dd;--link:#0b57d0;
--ins-bg:#dcfce7;--ins-fg:#14532d;--del-bg:#fee2e2;--del-fg:#7f1d1d}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
.page-header,main,.page-footer{max-width:72rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.6rem;line-height:1.25;margin:1.25rem 0 .25rem}
h2{font-size:1.3rem;line-height:1.3;margin:2rem 0 .75rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.1rem;line-height:1.3;margin:0}
h4{font-size:.95rem;margin:1rem 0 .4rem;color:var(--muted)}
a{color:var(--link)}
p,li,td,th,dd,h1,h2,h3{overflow-wrap:break-word}
.vh,.view-title{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.vh{-webkit-user-select:none;user-select:none}
/* The view switch's radios are focused when their labels are clicked: fixed, so that never scrolls the page to the top. */
input.vh{position:fixed!important;top:0;left:0}
.skip{position:absolute;left:-9999px;top:0}
.skip:focus{left:1rem;top:.5rem;z-index:10;background:#fff;padding:.5rem 1rem;border:2px solid var(--link)}
:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.subtitle{color:var(--muted);margin:0 0 1rem}
.versions{display:grid;grid-template-columns:1fr auto 1fr;gap:.75rem;align-items:start}
.version{background:var(--panel);border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;min-width:0}
.version-role{margin:0 0 .25rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;font-size:.8rem;color:var(--muted)}
.version dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.15rem .75rem;margin:0}
.version dt{color:var(--muted)}
.version dd{margin:0;overflow-wrap:anywhere}
.arrow{align-self:center;font-size:1.5rem;color:var(--muted)}
.headline{font-size:1.05rem}
.counts,.legend{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}
.count{font-weight:700;font-size:1.25rem}
.badge{display:inline-block;padding:0 .5em;border-radius:999px;border:1px solid currentColor;font-size:.8rem;font-weight:600;line-height:1.5;white-space:nowrap;vertical-align:middle}
${statusRules}
.strip-figure{margin:0}
.strip{display:block;width:100%;height:44px}
.strip a:hover rect{opacity:.65}
figcaption{font-size:.85rem;color:var(--muted);margin-top:.25rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.35rem;vertical-align:middle}
.legend .badge{margin-right:.2rem}
.table-wrap{max-width:100%;overflow-x:auto}
table{border-collapse:collapse}
.by-section{width:100%;font-size:.9rem}
.by-section caption{text-align:left;font-weight:600;margin:.75rem 0 .25rem}
.by-section th,.by-section td{border-top:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top;font-weight:normal}
.by-section thead th{font-weight:600;color:var(--muted)}
.by-section .num{white-space:nowrap}
.by-section td.barcell{width:30%;vertical-align:middle}
.bar{display:flex;height:.8rem;border-radius:2px;overflow:hidden;min-width:4rem}
.toc-sections{list-style:none;padding:0;margin:0;columns:13rem;column-gap:2rem}
.toc-section{break-inside:avoid;margin:0 0 .9rem}
.toc-section-title{font-weight:600;display:block}
.toc-articles{list-style:none;padding:0;margin:.2rem 0 0;display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));column-gap:1rem}
.toc-articles li{padding:.05rem 0}
.toc-articles .badge{font-size:.7rem}
.toc-articles .badge.st-unchanged,.fold .badge.st-unchanged{border-color:transparent;background:none;color:var(--muted);font-weight:normal;padding:0}
.toolbar{position:sticky;top:0;z-index:5;background:rgba(255,255,255,.97);border-bottom:1px solid var(--line);padding:.5rem 0;margin:1.5rem 0 0;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.switch{display:inline-flex;border:1px solid var(--line);border-radius:.4rem;overflow:hidden}
.switch label{padding:.3rem .75rem;cursor:pointer}
.switch label+label{border-left:1px solid var(--line)}
#view-inline:checked~main label[for=view-inline],#view-side:checked~main label[for=view-side]{background:#1f2937;color:#fff}
#view-inline:checked~main label[for=view-inline]::before,#view-side:checked~main label[for=view-side]::before{content:"✓ "}
#view-inline:focus-visible~main label[for=view-inline],#view-side:focus-visible~main label[for=view-side]{outline:3px solid var(--link);outline-offset:2px}
#view-inline:checked~main .sbs{display:none}
#view-side:checked~main .redline{display:none}
.fold-tools{display:inline-flex;gap:.5rem}
.fold-tools[hidden]{display:none}
.fold-tools button{font:inherit;font-size:.85rem;padding:.25rem .6rem;border:1px solid var(--line);border-radius:.4rem;background:#fff;color:var(--fg);cursor:pointer}
.section-title{scroll-margin-top:4rem}
.article{border:1px solid var(--line);border-left:6px solid;border-radius:.4rem;padding:.75rem 1rem;margin:0 0 1rem;scroll-margin-top:4rem;min-width:0}
.article.st-unchanged{padding:.2rem .9rem;margin-bottom:.4rem}
.article.st-unchanged h3{font-size:1rem;font-weight:600}
.facts{color:var(--muted);font-size:.9rem;margin:.25rem 0 .5rem}
.block{margin:.35rem 0;white-space:pre-wrap;overflow-wrap:break-word}
.level-1{margin-left:1.5rem}.level-2{margin-left:3rem}.level-3{margin-left:4.5rem}
.label{font-weight:600}
.label del+ins{margin-left:.3em}
.redline .block:not(.b-unchanged){position:relative}
.redline .block:not(.b-unchanged)::before{content:"";position:absolute;left:-.55rem;top:.15em;bottom:.15em;width:3px;border-radius:2px;background:var(--line)}
.redline .b-amended::before{background:#f59e0b!important}.redline .b-added::before{background:#16a34a!important}
.redline .b-repealed::before{background:#dc2626!important}.redline .b-renumbered::before{background:#3b82f6!important}
ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:underline;text-decoration-thickness:.12em;text-underline-offset:.15em}
del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through;text-decoration-thickness:.1em}
.sbs-table{width:100%;table-layout:fixed}
.sbs-table th{text-align:left;font-size:.85rem;color:var(--muted);padding:.25rem .5rem;border-bottom:1px solid var(--line)}
.sbs-table td{vertical-align:top;padding:.25rem .5rem;border-bottom:1px solid #ececec}
.sbs-table td.old{border-right:1px solid var(--line)}
.sbs-table td.empty{background:repeating-linear-gradient(135deg,#fafafa 0 6px,#efefef 6px 12px)}
.sbs-table .block{margin:0}
details.fold>summary{cursor:pointer;list-style:none;display:flex;align-items:baseline;gap:.25rem .75rem;flex-wrap:wrap}
details.fold>summary::-webkit-details-marker{display:none}
details.fold>summary::before{content:"▸";content:"▸"/"";color:var(--muted)}
details.fold[open]>summary::before{content:"▾";content:"▾"/""}
.fold-hint{font-size:.85rem;color:var(--link);text-decoration:underline}
details.fold[open] .fold-hint .when-closed,details.fold:not([open]) .fold-hint .when-open{display:none}
.notes{border-top:1px dashed var(--line);margin-top:.75rem;font-size:.92rem}
.notes ul{padding-left:1.2rem;margin:.25rem 0}
.acts{color:var(--muted)}
.pending-text{border-left:3px solid #3b82f6;margin:.5rem 0;padding:.1rem .75rem;background:var(--panel)}
.hint{color:var(--muted);font-size:.85rem;white-space:normal}
.lang-cols{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:0 1.5rem}
.lang-col+.lang-col{border-left:1px solid var(--line);padding-left:1.5rem}
.lang-name{margin:.25rem 0;font-size:.8rem;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.sbs>.view.sbs,.sbs>div>.view.sbs{margin-bottom:1rem}
.timeline{width:100%;font-size:.92rem}
.timeline th,.timeline td{border-top:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
.timeline thead th{font-weight:600;color:var(--muted);border-top:0}
.timeline tbody th{font-weight:600;white-space:nowrap}
.timeline tr[data-status=unchanged]{color:var(--muted)}
.history-step h3 .badge{margin-left:.25rem}
.page-footer{color:var(--muted);font-size:.85rem;margin:2rem auto;border-top:1px solid var(--line);padding-top:.5rem}
@media (max-width:40rem){
  .versions{grid-template-columns:minmax(0,1fr)}
  .arrow{display:none}
  .toolbar{position:static}
  .article,.section-title{scroll-margin-top:.5rem}
  .by-section td.barcell{display:none}
  .level-1{margin-left:.75rem}.level-2{margin-left:1.5rem}.level-3{margin-left:2.25rem}
  .article{padding:.6rem .7rem}
  .lang-cols{grid-template-columns:minmax(0,1fr)}
  .lang-col+.lang-col{border-left:0;padding-left:0;border-top:1px solid var(--line);margin-top:.5rem}
}
@media (max-width:30rem){
  .sbs-table thead{display:none}
  .sbs-table,.sbs-table tbody,.sbs-table tr,.sbs-table td{display:block;width:auto}
  .sbs-table td.old{border-right:0}
  .sbs-table td::before{content:attr(data-side);display:block;font-size:.75rem;font-weight:600;color:var(--muted)}
  .sbs-table td.empty,.sbs-table tr.b-unchanged td.old{display:none}
  .sbs-table tr{border-bottom:1px solid var(--line)}
  .timeline thead{display:none}
  .timeline,.timeline tbody,.timeline tr{display:block;width:auto}
  .timeline tr{border-top:1px solid var(--line);padding:.3rem 0}
  .timeline th,.timeline td{display:inline-block;border:0;padding:.05rem 0;margin-right:.6rem}
  .timeline td[data-label${attr(messages['html.history.effective'])}]::before{content:"${messages['html.history.effectiveShort']}";color:var(--muted)}
  .timeline td[data-label${attr(messages['html.history.article'])}]::before{content:"${messages['html.history.articleShort']}";color:var(--muted)}
  .timeline td[data-label${attr(messages['html.history.acts'])}]{display:block;margin:0}
  .timeline td[data-label${attr(messages['html.history.acts'])}]::before{content:"${messages['html.history.actsShort']}";color:var(--muted)}
}
@media print{
  body{font-size:10.5pt;color:#000}
  .toolbar,.skip,.fold-hint,figcaption{display:none!important}
  .sbs,.redline,#view-inline:checked~main .sbs,#view-side:checked~main .redline{display:block!important}
  .view-title{position:static!important;width:auto;height:auto;margin:.6rem 0 .2rem;clip:auto;overflow:visible;white-space:normal}
  h2,h3,h4{break-after:avoid}
  .sbs-table tr,.timeline tr,.block{break-inside:avoid}
  .article{border-color:#999}
  a{color:inherit;text-decoration:none}
  details.fold:not([open])>summary::after{content:"${messages['html.notPrinted']}";font-size:.85em;color:#555}
  details.fold>summary::before{content:""}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

// The only script on the page, and optional: it adds "expand / collapse all"
// buttons and opens a folded article when a link targets it. Everything else
// (view switch, folding) is plain HTML + CSS and works with scripts off. The
// Content-Security-Policy allows exactly this script by its SHA-256 hash.
export const PAGE_SCRIPT = `(function () {
  'use strict';
  var folds = function () { return document.querySelectorAll('details.fold'); };
  var tools = document.getElementById('fold-tools');
  if (tools) {
    tools.hidden = false;
    tools.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-fold]');
      if (!button) return;
      var open = button.getAttribute('data-fold') === 'open';
      folds().forEach(function (d) { d.open = open; });
    });
  }
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    var fold = target && target.querySelector('details.fold');
    if (fold) fold.open = true;
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();`;

/** `'sha256-…'` source expression for the CSP. */
export const PAGE_SCRIPT_HASH = `'sha256-${createHash('sha256').update(PAGE_SCRIPT, 'utf8').digest('base64')}'`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src ${PAGE_SCRIPT_HASH}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// The document shell every page shares: doctype, <head> with the CSP, the inline
// stylesheet and the one hashed script, and the view switch (radios + toolbar)
// that shows either the inline redline or the side-by-side tables.
export interface DocumentParts {
  /** `lang` of the document (the constitution text's language). */
  lang: string;
  title: string;
  /** Children of <body> before the script. */
  body: ElementContent[];
}

/** The <head> of every page (the report's and the site's): charset, policy, viewport, no referrer, title, links, styles. */
export function pageHead(title: string, policy: string, css: string, links: ElementContent[] = []): Element {
  return h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: policy }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'referrer', content: 'no-referrer' }),
    h('meta', { name: 'generator', content: 'constdiff' }),
    h('title', title),
    ...links,
    h('style', css),
  ]);
}

export function htmlDocument(parts: DocumentParts): Root {
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: parts.lang }, [
        pageHead(parts.title, CONTENT_SECURITY_POLICY, pageCss()),
        h('body', [...parts.body, h('script', PAGE_SCRIPT)]),
      ]),
    ],
  };
}

/** The view switch and the fold buttons; must sit inside <main>, after viewRadios(). */
export function toolbar(): Element {
  return h('div.toolbar', { lang: uiLang() }, [
    h('div.switch', { role: 'group', ariaLabel: messages['html.views'] }, [
      h('label', { htmlFor: 'view-inline' }, messages['html.view.inline']),
      h('label', { htmlFor: 'view-side' }, messages['html.view.side']),
    ]),
    // Shown by the page script; without scripts, each folded article opens on its own.
    h('div#fold-tools.fold-tools', { hidden: true }, [
      h('button', { type: 'button', dataFold: 'open' }, messages['html.expandAll']),
      h('button', { type: 'button', dataFold: 'close' }, messages['html.collapseAll']),
    ]),
  ]);
}

/** Radios that drive the view switch from CSS; they must precede <main> as siblings. */
export function viewRadios(): Element[] {
  return [
    h('input#view-inline.vh', { type: 'radio', name: 'view', checked: true }),
    h('input#view-side.vh', { type: 'radio', name: 'view' }),
  ];
}
