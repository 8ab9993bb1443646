// The page shell: doctype, <head> with CSP, inline style and script, then
// header, view switch, summary, change map, contents, articles and footer.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { articleSection } from './article.js';
import { changeMap } from './change-map.js';
import { cleanText } from './clean-text.js';
import type { ReportContext } from './context.js';
import { defaultTitle, pageHeader, summarySection } from './header.js';
import { UI_LANG } from './labels.js';
import { CONTENT_SECURITY_POLICY, PAGE_SCRIPT } from './script.js';
import { groupBySection, sectionTitle } from './sections.js';
import { PAGE_CSS } from './styles.js';
import { tableOfContents } from './toc.js';

export interface PageOptions {
  title?: string;
  generatedAt?: string;
}

function toolbar(): Element {
  return h('div.toolbar', { lang: UI_LANG }, [
    h('div.switch', { role: 'group', ariaLabel: 'How to show changes' }, [
      h('label', { htmlFor: 'view-inline' }, 'Inline redline'),
      h('label', { htmlFor: 'view-side' }, 'Side by side'),
    ]),
    // Shown by the page script; without scripts, each folded article opens on its own.
    h('div#fold-tools.fold-tools', { hidden: true }, [
      h('button', { type: 'button', dataFold: 'open' }, 'Expand all unchanged'),
      h('button', { type: 'button', dataFold: 'close' }, 'Collapse all unchanged'),
    ]),
  ]);
}

/** Radios that drive the view switch from CSS; they must precede <main> as siblings. */
function viewRadios(): Element[] {
  return [
    h('input#view-inline.vh', { type: 'radio', name: 'view', checked: true }),
    h('input#view-side.vh', { type: 'radio', name: 'view' }),
  ];
}

function articles(ctx: ReportContext): ElementContent[] {
  return groupBySection(ctx.diff.articles).flatMap((group) => [
    h('h2.section-title', { id: group.id, lang: group.title === null ? UI_LANG : ctx.textLang }, sectionTitle(group)),
    ...group.articles.map((a) => articleSection(a, ctx)),
  ]);
}

function footer(options: PageOptions): Element {
  return h('footer.page-footer', { lang: UI_LANG }, [
    h('p', [
      'Made with constdiff. Footnotes, notes and pending wordings are shown for reference; they are not constitutional text.',
      options.generatedAt ? ` Generated ${cleanText(options.generatedAt)}.` : '',
    ]),
  ]);
}

export function buildPage(ctx: ReportContext, options: PageOptions): Root {
  const title = options.title === undefined ? defaultTitle(ctx) : cleanText(options.title);
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: ctx.textLang }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('meta', { name: 'generator', content: 'constdiff' }),
          h('title', title),
          h('style', PAGE_CSS),
        ]),
        h('body', [
          h('a.skip', { href: '#articles', lang: UI_LANG }, 'Skip to the articles'),
          pageHeader(ctx, options.title),
          ...viewRadios(),
          h('main', [
            summarySection(ctx),
            changeMap(ctx),
            tableOfContents(ctx),
            toolbar(),
            h('div#articles.articles', articles(ctx)),
          ]),
          footer(options),
          h('script', PAGE_SCRIPT),
        ]),
      ]),
    ],
  };
}
