// The English catalog: every wording of the reports (text, Markdown, HTML) and
// the TUI, keyed by message id. The Russian and Kazakh catalogs (ru.ts, kk.ts)
// have exactly the same keys (see Messages); a test fails when one lacks a key
// or has one more. Entries are strings, or functions of values the caller has
// already formatted and escaped (constitution text passes through the caller's
// `esc`: Markdown escaping, HTML cleaning, terminal stripping).
import { checkEn } from './check.en.js';
import { htmlEn } from './html.en.js';
import { tuiEn } from './tui.en.js';
import type { ActRef, ChangeStatus, NumberingChange, PendingTarget, PendingWording, VersionInfo } from '../../types.js';

type Esc = (text: string) => string;
type Num = (n: number) => string;

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** `subpoint` for labels like `2)`, `point` for `1.`; plural when asked. */
function nounOf(label: string, many = false): string {
  return `${label.trim().endsWith(')') ? 'subpoint' : 'point'}${many ? 's' : ''}`;
}

/** `subpoint 2) of point 3.` */
function pointName(label: string, esc: Esc, parent?: string): string {
  const own = `${nounOf(label)} ${esc(label)}`;
  return parent ? `${own} of point ${esc(parent)}` : own;
}

const STATUS: Record<ChangeStatus, string> = {
  unchanged: 'unchanged', amended: 'amended', added: 'added', repealed: 'repealed', renumbered: 'renumbered', moved: 'moved',
};

/** The status of one article under its own key (`status.amended`), from a catalog's table of status words. */
export function statusEntries(words: Record<ChangeStatus, string>) {
  return {
    'status.unchanged': words.unchanged, 'status.amended': words.amended, 'status.added': words.added,
    'status.repealed': words.repealed, 'status.renumbered': words.renumbered, 'status.moved': words.moved,
  };
}

export const en = {
  ...htmlEn,
  ...checkEn,
  ...tuiEn,
  /** BCP 47 tag of the interface language (the HTML report's `lang` on its own wording). */
  'ui.tag': 'en',
  /** Numbers for people: 1234 -> `1,234`. */
  'number.count': (n: number) => n.toLocaleString('en-US'),
  /** A percentage already formatted with a `.` decimal point (`12.5`, `<0.1`). */
  'number.percent': (digits: string) => `${digits}%`,

  // Statuses: of one article (`Article 6 — amended`) and of a group counted in a summary.
  ...statusEntries(STATUS),
  /** `renumbered and amended`: a status whose wording changed as well. */
  'status.andAmended': (status: ChangeStatus) => `${STATUS[status]} and amended`,
  /** A status as a row or legend of a summary (`Amended` in a table, `amended 3`). */
  'status.group': (status: ChangeStatus) => STATUS[status],
  /** `71 renumbered (67 of them also amended)`. */
  'summary.statusCount': (count: number, status: ChangeStatus, alsoAmended: number) =>
    `${count} ${STATUS[status]}${alsoAmended ? ` (${alsoAmended} of them also amended)` : ''}`,
  'summary.alsoAmended': (count: string) => `(${count} of them also amended)`,
  'summary.adopted': (articles: string[], changed: number, total: number) =>
    `${articles.length} ${plural(articles.length, 'article', 'articles')} (${articles.join(', ')}) also carr${plural(articles.length, 'ies', 'y')} wording adopted `
    + `but taking effect later; with it applied (--as-adopted), ${changed} of ${total} articles are changed.`,
  /** `12 of 98 articles changed`; `n` shows a number (plain, or grouped by the HTML report). */
  'summary.changed': (changed: number, total: number, n: Num = String) => `${n(changed)} of ${n(total)} articles changed`,
  /** `5 words added, 3 removed`. */
  'summary.words': (added: number, removed: number, n: Num = String) => `${n(added)} words added, ${n(removed)} removed`,
  'report.noChanges': 'No changes.',
  'report.noneShownChanged': 'None of the articles shown changed.',

  'sections.title': 'Section headings',
  'sections.status.renamed': 'renamed',
  'sections.status.renumbered': 'renumbered',
  'sections.status.added': 'new section',
  'sections.status.repealed': 'section removed',
  'sections.footnote': 'footnote',
  'sections.note': 'note',

  'article.title': (number: string) => (number === 'preamble' ? 'Preamble' : `Article ${number}`),
  'article.titleInline': (number: string) => (number === 'preamble' ? 'the preamble' : `article ${number}`),
  /** `formerly 71-1`, `formerly article 71-1`: the number an article had in the older version. */
  'article.formerly': (number: string) => `formerly ${number}`,
  'article.wordingUnchanged': 'wording unchanged',
  'article.repealed': '(repealed)',
  'point.noun': nounOf,
  /** `2022-06-08 № 254-III`. */
  'act.short': (act: ActRef) => (act.number ? `${act.date} № ${act.number}` : act.date),
  'lang.rus': 'Russian',
  'lang.kaz': 'Kazakh',
  /** Where the credit for a change was read, after an act in a list: text views, then the HTML history. */
  'actSource.short.footnote': 'footnote',
  'actSource.short.pending': 'pending wording now in force',
  'actSource.short.version': 'the new text itself',
  'actSource.footnote': 'named in a footnote',
  'actSource.pending': 'its pending wording took effect',
  'actSource.version': 'the new text itself',
  'version.inForceFrom': (date: string) => `in force from ${date}`,

  /** When pending wording takes effect: `from 2023-01-01`, `once <event>`. */
  'pending.when': (p: Pick<PendingWording, 'effective' | 'condition'>, esc: Esc) =>
    (p.effective ? `from ${esc(p.effective)}` : `once ${esc(p.condition ?? 'a later event')}`),
  /** What pending wording does, in every report: `replaces point 2.`. */
  'pending.does': (t: PendingTarget, esc: Esc): string => {
    switch (t.kind) {
      case 'article': return 'replaces the whole article';
      case 'point': return `replaces ${t.lead ? 'the first paragraph of ' : ''}${pointName(t.label, esc, t.parent)}`;
      case 'add': {
        const what = `adds ${t.labels.map((l) => pointName(l, esc)).join(', ')}${t.parent ? ` to point ${esc(t.parent)}` : ''}`;
        return t.after ? `${what} after ${esc(t.after)}` : `${what} at the end`;
      }
      case 'add-paragraph': return `adds a paragraph at the end of ${pointName(t.label, esc)}`;
      case 'repeal': return `repeals ${pointName(t.label, esc, t.parent)}`;
    }
  },
  /** A line of the text report: `pending from 2023-01-01 (act): replaces point 2.`. */
  'pending.line': (when: string, act: string, does: string) => `pending ${when} (${act}): ${does}`,
  /** Markdown, before the quoted wording. */
  'pending.lead': (when: string, act: string, does: string) => `Pending ${when} (${act}): ${does}`,

  // The text report (`--format text`).
  'text.from': 'from',
  'text.to': 'to',
  'text.acts': (acts: string) => `acts: ${acts}`,
  'text.summary': (changed: string, parts: string, words: string, ratio: string) =>
    `${changed}${parts ? `: ${parts}` : ''}; ${words} (${ratio})`,

  // The Markdown report (`--format md`).
  'md.title': (constitution: string, from: string, to: string) => `Constitution ${constitution}: changes from ${from} to ${to}`,
  'md.language': (lang: string) => `Language: ${lang}.`,
  'md.exact': 'Formatting-only differences are reported as amendments.',
  'md.notExact': 'Formatting-only differences (spacing, look-alike letters) are not reported.',
  'md.from': 'From',
  'md.to': 'To',
  'md.version': 'Version',
  'md.label': 'Label',
  'md.inForceFrom': 'In force from',
  'md.act': 'Act',
  'md.summary': 'Summary',
  'md.status': 'Status',
  'md.articles': 'Articles',
  'md.alsoAmended': '… of them also amended',
  'md.total': 'Total',
  'md.ratio': (ratio: string) => `change ratio ${ratio}`,
  'md.changes': 'Changes',
  'md.legend': 'Removed wording is ~~struck through~~; added wording is **bold**.',
  'md.section': (section: string) => `Section: ${section}`,
  'md.previouslyIn': (section: string) => `previously in ${section}`,
  'md.amendingActs': (acts: string) => `Amending acts: ${acts}`,
  'md.wordingUnchanged': 'Wording unchanged.',

  // The Word report (`--format docx`), beside the Markdown report's wordings.
  'docx.version': (side: 'from' | 'to', v: Pick<VersionInfo, 'id' | 'label' | 'effective' | 'act'>) =>
    `${side === 'from' ? 'From' : 'To'}: ${v.id}, ${v.label}; in force from ${v.effective}; ${v.act}.`,
  'docx.revisions': (act: string, date: string) =>
    `Every change is a tracked revision by "${act}", dated ${date}: Word and LibreOffice list them under Review, to accept or reject one by one.`,
  'docx.changedArticles': 'Changed articles',
  'docx.noChangedArticles': 'No article changed.',

  // One stored article as text (`show`, `at <date> <article>`).
  'show.repealed': '(repealed)',
  'show.amendedBy': 'Amended by:',
  'show.notes': 'Notes:',
  'show.pendingWhen': (p: Pick<PendingWording, 'effective' | 'condition'>) => (p.effective ? `from ${p.effective}` : (p.condition ?? 'later')),
  'show.pending': (when: string, act: string, note: string) => `Pending wording (${when}, ${act}): ${note}`,

  /** `report`, once the file is written. */
  'report.wrote': (file: string, summary: string) => `wrote ${file}: ${summary}`,

  // `versions`.
  'versions.row': (id: string, effective: string, articles: number, languages: string, label: string): string =>
    `${id}  in force from ${effective}  ${String(articles).padStart(3)} articles  [${languages}]  ${label}`,
  'versions.also': (aliases: string) => `also: ${aliases}`,
  'versions.act': (act: string) => `act: ${act}`,

  // `at`.
  'at.version': (version: string, label: string, effective: string, act: string) =>
    `${version} (${label}), in force from ${effective}; ${act}`,
  'at.title': (constitution: string, lang: string, date: string, version: string) => `${constitution} (${lang}) on ${date}: version ${version}`,
  'at.applied': (date: string, count: number) => `Pending wording in force by ${date}, applied (${count}):`,
  'at.noneApplied': (date: string) => `No pending wording applied on ${date}.`,
  'at.waiting': (date: string, count: number) => `Still pending on ${date} (${count}):`,
  'at.inForce': (date: string, version: string) => `In force on ${date}: version ${version}`,
  'at.appliedList': (list: string) => `Applied pending wording: ${list}`,
  /** `at <date> <article>` when the version in force numbers articles otherwise than the one before it. */
  'at.numbering': (c: NumberingChange, current: string, esc: Esc): string => {
    const was = c.formerNumber !== undefined
      ? `article ${esc(c.number)} here was article ${esc(c.formerNumber)} of ${esc(c.previous.id)}`
      : `article ${esc(c.number)} here is new in ${esc(current)}`;
    const now = c.numberNow !== undefined
      ? `article ${esc(c.number)} of ${esc(c.previous.id)} is article ${esc(c.numberNow)} here`
      : `article ${esc(c.number)} of ${esc(c.previous.id)} has no counterpart here`;
    return `Numbering changed with ${esc(current)}: ${was}; ${now}.`;
  },

  // `attribution`.
  'attribution.title': (constitution: string, lang: string, from: string, to: string) =>
    `${constitution} (${lang}): acts behind the changes ${from} → ${to}`,
  'attribution.period': (from: string, to: string) => `acts counted: dated after ${from} and not after ${to}`,
  'attribution.summary': (changed: number, credited: number, unexplained: number, unchangedNamed: number) =>
    `${changed} articles changed; ${credited} credited to an act, `
    + `${unexplained} changed without a footnote naming one, ${unchangedNamed} unchanged although a footnote names one`,
  'attribution.noAct': ' — no footnote names an act of this period',
  'attribution.noChange': ' — but the text did not change',

  // `history` and `blame` as text (the TUI's history view shares these).
  'history.title': (article: string, constitution: string, lang: string, versions: number) =>
    `${article} of ${constitution} (${lang}) through ${versions} versions`,
  'history.numbered': (numbers: string) => `numbered ${numbers}`,
  'history.first': 'first text in the store',
  'history.renumbered': (from: string, to: string, reworded: boolean) => `renumbered ${from} → ${to}${reworded ? ', reworded' : ', wording unchanged'}`,
  'history.by': (acts: string) => `by ${acts}`,
  'history.noAct': 'no act named in the footnotes',
  'blame.title': (article: string, constitution: string, version: string, lang: string) =>
    `${article} of ${constitution} at ${version} (${lang}): the version each point's wording first appeared in`,
  'blame.article': (number: string) => `(art. ${number})`,
  'blame.noAct': 'no amending act named',
  'blame.versions': 'Versions:',
};

/** A catalog: every message of the English one, in another language. */
export type Messages = typeof en;
