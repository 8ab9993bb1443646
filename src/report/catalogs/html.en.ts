// The HTML report's and history page's own wordings, in English; part of the
// English catalog (en.ts), mirrored by html.ru.ts and html.kk.ts. Shared
// wordings (statuses, summaries, article titles) are in en.ts.
import type { Lang } from '../../types.js';

const NAME: Record<Lang, string> = { rus: 'Russian', kaz: 'Kazakh' };

export const htmlEn = {
  'html.title': (constitution: string, from: string, to: string) => `Constitution (${constitution}): what changed from ${from} to ${to}`,
  'html.skip': 'Skip to the articles',
  'html.footer': 'Made with constdiff. Footnotes, notes and pending wordings are shown for reference; they are not constitutional text.',
  'html.generated': (at: string) => ` Generated ${at}.`,
  // The page header: the two versions and what is compared.
  'html.before': 'Before',
  'html.after': 'After',
  'html.card.version': 'Version',
  'html.card.effective': 'In force from',
  'html.card.label': 'Label',
  'html.card.act': 'Amending act',
  'html.card.source': 'Source',
  /** `Russian text`: the language of the constitution text shown. */
  'html.textIn': (lang: Lang) => `${NAME[lang]} text`,
  'html.alongside': (lang: Lang) => `with the ${NAME[lang]} text alongside`,
  'html.exact': 'exact comparison (formatting differences count)',
  'html.notExact': 'formatting-only differences ignored',
  'html.summary': 'Summary',
  /** After the headline's word counts: `(3.9% of the text)`. */
  'html.ofText': (percent: string) => `${percent} of the text`,
  // The change map and the contents.
  'html.map.title': 'Where the changes are',
  'html.map.caption': 'One bar per article in reading order, sections separated by gaps; tall bars changed, short bars unchanged. Click a bar to jump to the article.',
  'html.map.aria': (total: number, changed: number, unchanged: number) => `Change map of ${total} articles in reading order: ${changed} changed (tall bars), `
    + `${unchanged} unchanged (short bars). The contents list below gives the same per article.`,
  'html.map.bySection': 'Changes by section',
  'html.map.section': 'Section',
  'html.map.changed': 'Changed',
  'html.map.kinds': 'Kinds of change',
  /** `3 of 12` articles of a section changed. */
  'html.map.ofTotal': (changed: number, total: number) => `${changed} of ${total}`,
  'html.map.noChanges': 'no changes',
  'html.contents': 'Contents',
  /** `+12 / −3 words`. */
  'html.words': (added: string, removed: string) => `+${added} / −${removed} words`,
  // The view switch.
  'html.views': 'How to show changes',
  'html.view.inline': 'Inline redline',
  'html.view.side': 'Side by side',
  'html.expandAll': 'Expand all unchanged',
  'html.collapseAll': 'Collapse all unchanged',
  'html.showText': 'show text',
  'html.hideText': 'hide text',
  /** Printed in place of a folded article's text. */
  'html.notPrinted': '(text not printed)',
  // One article: facts, views, notes.
  'html.movedFrom': (section: string) => `moved from “${section}”`,
  'html.newIn': (version: string) => `new in ${version}`,
  'html.wasIn': (section: string) => `was in “${section}”`,
  'html.repealedIn': (version: string) => `repealed in ${version} (kept as “excluded”, no text)`,
  'html.notIn': (to: string, from: string) => `not in ${to}; text as of ${from}`,
  'html.matched': (percent: string) => `matched by content (${percent} similar)`,
  'html.formatOnly': 'differs only in formatting',
  'html.formattingHint': ' (formatting only)',
  'html.changesInPlace': 'Changes in place',
  'html.changesInPlaceOf': (a: Lang, b: Lang) => `Changes in place, ${NAME[a]} and ${NAME[b]}`,
  'html.beforeAfter': 'Before and after',
  'html.beforeAfterOf': (lang: Lang) => `Before and after, ${NAME[lang]}`,
  'html.notInOld': 'not in the old text',
  'html.notInNew': 'not in the new text',
  'html.unchangedSide': 'Unchanged',
  'html.sideCaption': (article: string, from: string, to: string) => `${article}: ${from} (left) and ${to} (right), point by point`,
  /** `Before · 2019-03-23`. */
  'html.sideHead': (side: string, version: string) => `${side} · ${version}`,
  'html.langName': (lang: Lang) => NAME[lang],
  'html.noTextIn': (lang: Lang) => `No ${NAME[lang]} text of this article in these versions.`,
  'html.amendingActs': 'Amending acts',
  'html.notes': 'Notes',
  'html.pending': 'Pending wording',
  /** `2022-06-08 (No. 254-III)`. */
  'html.actRef': (date: string, number: string) => `${date} (No. ${number})`,
  'html.acts': (acts: string) => ` [acts: ${acts}]`,
  'html.takesEffect': (date: string) => `Takes effect ${date}`,
  'html.takesEffectWhen': 'Takes effect when: ',
  'html.takesEffectLater': 'Takes effect later (no date given)',
  /** Between what pending wording does and the act adopting it. */
  'html.adoptedBy': ' — adopted by ',
  // The history page of one article.
  'html.history.title': (constitution: string, article: string, versions: number) =>
    `Constitution (${constitution}): ${article} through ${versions} versions`,
  'html.history.span': (first: string, last: string, changes: number, later: number) =>
    `${first} to ${last} · changed in ${changes} of ${later} later versions`,
  'html.history.numbered': (numbers: string) => ` · numbered ${numbers}`,
  'html.history.anchor': (version: string) => ` · number read in ${version}`,
  'html.history.skip': 'Skip to the versions',
  'html.history.timeline': 'Timeline',
  'html.history.caption': (article: string) => `${article}: every stored version, oldest first`,
  'html.history.byVersion': 'Version by version',
  'html.history.footer': 'Made with constdiff. Acts are credited from the footnotes of each version; footnotes, notes and pending wordings are not constitutional text.',
  'html.history.version': 'Version',
  'html.history.effective': 'In force from',
  'html.history.article': 'Article',
  'html.history.change': 'Change',
  'html.history.acts': 'Acts credited',
  /** Before a cell's value when the timeline's rows stack on a phone. */
  'html.history.effectiveShort': 'from ',
  'html.history.articleShort': 'art. ',
  'html.history.actsShort': 'acts: ',
  'html.history.was': (number: string) => ` (was ${number})`,
  'html.history.first': 'first text',
  'html.history.formatOnly': 'unchanged (formatting only)',
  'html.history.renumbered': 'renumbered, wording kept',
  'html.history.followed': 'followed by content',
  'html.history.noText': 'No text in this version.',
  /** `2017-03-10 No. 51-VI`. */
  'html.history.act': (date: string, number: string) => `${date} No. ${number}`,
};
