// The document shell every page shares: doctype, <head> with the CSP, the inline
// stylesheet and the one hashed script, and the view switch (radios + toolbar)
// that shows either the inline redline or the side-by-side tables.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { UI_LANG } from './labels.js';
import { CONTENT_SECURITY_POLICY, PAGE_SCRIPT } from './script.js';
import { PAGE_CSS } from './styles.js';

export interface DocumentParts {
  /** `lang` of the document (the constitution text's language). */
  lang: string;
  title: string;
  /** Children of <body> before the script. */
  body: ElementContent[];
}

export function htmlDocument(parts: DocumentParts): Root {
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: parts.lang }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('meta', { name: 'generator', content: 'constdiff' }),
          h('title', parts.title),
          h('style', PAGE_CSS),
        ]),
        h('body', [...parts.body, h('script', PAGE_SCRIPT)]),
      ]),
    ],
  };
}

/** The view switch and the fold buttons; must sit inside <main>, after viewRadios(). */
export function toolbar(): Element {
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
export function viewRadios(): Element[] {
  return [
    h('input#view-inline.vh', { type: 'radio', name: 'view', checked: true }),
    h('input#view-side.vh', { type: 'radio', name: 'view' }),
  ];
}
