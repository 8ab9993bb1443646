// Every wording the reports and the TUI share, in one catalog keyed by message
// id (English), so that text, Markdown, HTML and the TUI say the same thing the
// same way and a catalog in another language can replace this one whole: a
// catalog is an object of the same type (Messages), strings or functions of
// already formatted values. Constitution text passed in is escaped by the
// caller's `esc` (Markdown escaping, HTML cleaning, terminal stripping).
//
// What pending wording changes is said in four forms because the reports use it
// in four places: a line of the text report (`pending.brief`), a clause of the
// `at` view (`pending.change`), the Markdown lead-in to the quoted wording
// (`pending.willRead`) and the HTML/TUI caption (`pending.does`). They share
// their parts (point nouns, label lists, `of point N`); their words differ, and
// the text, Markdown and HTML outputs must stay byte for byte what they were.
import type {
  ActRef, AttributedAct, ChangeStatus, DiffSummary, Lang, NumberingChange, PendingTarget, PendingWording, VersionDiff, VersionInfo,
} from '../types.js';
import { oneLine } from './format.js';

type Esc = (text: string) => string;

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

/** The English catalog. */
export const en = {
  'status.unchanged': 'unchanged',
  'status.amended': 'amended',
  'status.added': 'added',
  'status.repealed': 'repealed',
  'status.renumbered': 'renumbered',
  'status.moved': 'moved',
  /** `renumbered and amended`: a status whose wording changed as well. */
  'status.andAmended': (status: string) => `${status} and amended`,
  /** `71 renumbered (67 of them also amended)`. */
  'summary.statusCount': (count: number, status: string, alsoAmended: number) =>
    `${count} ${status}${alsoAmended ? ` (${alsoAmended} of them also amended)` : ''}`,
  'summary.adopted': (articles: string[], changed: number, total: number) =>
    `${articles.length} ${plural(articles.length, 'article', 'articles')} (${articles.join(', ')}) also carr${plural(articles.length, 'ies', 'y')} wording adopted `
    + `but taking effect later; with it applied (--as-adopted), ${changed} of ${total} articles are changed.`,
  'report.noChanges': 'No changes.',
  'sections.title': 'Section headings',
  'sections.status.renamed': 'renamed',
  'sections.status.renumbered': 'renumbered',
  'sections.status.added': 'new section',
  'sections.status.repealed': 'section removed',
  'sections.footnote': 'footnote',
  'sections.note': 'note',
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
  'report.noneShownChanged': 'None of the articles shown changed.',
  /** The Word report (`--format docx`): its title, the two versions, how its revisions read. */
  'docx.title': (constitution: string, from: string, to: string) => `Constitution ${constitution}: changes from ${from} to ${to}`,
  'docx.version': (side: 'from' | 'to', v: Pick<VersionInfo, 'id' | 'label' | 'effective' | 'act'>) =>
    `${side === 'from' ? 'From' : 'To'}: ${v.id}, ${v.label}; in force from ${v.effective}; ${v.act}.`,
  'docx.language': (language: string) => `Language: ${language}.`,
  'docx.words': (s: Pick<DiffSummary, 'changed' | 'total' | 'wordsAdded' | 'wordsRemoved'>, ratio: string) =>
    `${s.changed} of ${s.total} articles changed; ${s.wordsAdded} words added, ${s.wordsRemoved} removed (change ratio ${ratio}).`,
  'docx.revisions': (act: string, date: string) =>
    `Every change is a tracked revision by "${act}", dated ${date}: Word and LibreOffice list them under Review, to accept or reject one by one.`,
  'docx.changedArticles': 'Changed articles',
  'docx.noChangedArticles': 'No article changed.',
  'docx.formerly': (number: string) => `formerly ${number === 'preamble' ? 'the preamble' : `article ${number}`}`,
  'docx.section': (section: string) => `Section: ${section}`,
  'docx.acts': (acts: string[]) => `Amending acts: ${acts.join(', ')}`,
  'docx.wordingUnchanged': 'Wording unchanged.',
  /** `Pending from 2023-01-01 (act): point 2. will read:`. */
  'docx.pending': (when: string, act: string, what: string, quoted: boolean) => `Pending ${when} (${act}): ${what}${quoted ? ':' : '.'}`,
  'article.title': (number: string) => (number === 'preamble' ? 'Preamble' : `Article ${number}`),
  'article.titleInline': (number: string) => (number === 'preamble' ? 'the preamble' : `article ${number}`),
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
  /** When pending wording takes effect: `from 2023-01-01`, `once <event>`. */
  'pending.when': (p: Pick<PendingWording, 'effective' | 'condition'>, esc: Esc) =>
    (p.effective ? `from ${esc(p.effective)}` : `once ${esc(p.condition ?? 'a later event')}`),
  /** The text report's line: `new wording of point 2.`. */
  'pending.brief': (t: PendingTarget, esc: Esc): string => {
    switch (t.kind) {
      case 'article': return 'new wording of the article';
      case 'point': return `new wording of ${nounOf(t.label)} ${esc(t.label)}`;
      case 'add': return `new ${nounOf(t.labels[0] ?? '', t.labels.length > 1)} ${t.labels.map(esc).join(', ')}`;
      case 'add-paragraph': return `new paragraph in ${nounOf(t.label)} ${esc(t.label)}`;
      case 'repeal': return `repeal of ${nounOf(t.label)} ${esc(t.label)}`;
    }
  },
  /** The `at` view: `new first paragraph of point 1. of point 2.`. */
  'pending.change': (t: PendingTarget, esc: Esc): string => {
    switch (t.kind) {
      case 'article': return 'new wording of the article';
      case 'point': return `${t.lead ? 'new first paragraph' : 'new wording'} of ${pointName(t.label, esc, t.parent)}`;
      case 'add': return `new ${t.labels.length > 1 ? 'points' : 'point'} ${t.labels.map(esc).join(', ')}`;
      case 'add-paragraph': return `new paragraph in point ${esc(t.label)}`;
      case 'repeal': return `repeal of point ${esc(t.label)}`;
    }
  },
  /** Markdown, before the quoted wording: `point 2. will read`. */
  'pending.willRead': (t: PendingTarget, esc: Esc): string => {
    const of = 'parent' in t && t.parent ? ` of point ${esc(t.parent)}` : '';
    switch (t.kind) {
      case 'article': return 'the article will read';
      case 'point': return t.lead ? `the opening paragraph of ${pointName(t.label, esc)}${of} will read` : `${pointName(t.label, esc)}${of} will read`;
      case 'add': {
        const where = t.after ? ` after ${pointName(t.after, esc)}` : '';
        return `${nounOf(t.labels[0] ?? '', t.labels.length > 1)} ${t.labels.map(esc).join(', ')} will be added${of}${where}`;
      }
      case 'add-paragraph': return `a paragraph will be added to ${pointName(t.label, esc)}`;
      case 'repeal': return `${pointName(t.label, esc)}${of} will be repealed`;
    }
  },
  /** HTML and TUI caption: `replaces point 2.`. */
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
};

/** A catalog: every message of the English one, in another language. */
export type Messages = typeof en;

/** The catalog in use. */
export const messages: Messages = en;

/** Human wording of each status, as used in headings and summaries. */
export const STATUS_LABEL: Readonly<Record<ChangeStatus, string>> = {
  unchanged: messages['status.unchanged'],
  amended: messages['status.amended'],
  added: messages['status.added'],
  repealed: messages['status.repealed'],
  renumbered: messages['status.renumbered'],
  moved: messages['status.moved'],
};

/** Names of the text languages, for the interface. */
export const LANGUAGE_NAME: Readonly<Record<Lang, string>> = { rus: messages['lang.rus'], kaz: messages['lang.kaz'] };

/**
 * An article's status in words: `renumbered and amended` / `moved and amended` when
 * its wording changed as well, so no report reads a reworded article as merely moved.
 */
export function articleStatusLabel(article: { status: ChangeStatus; textChanged: boolean }): string {
  const { status } = article;
  return (status === 'renumbered' || status === 'moved') && article.textChanged
    ? messages['status.andAmended'](STATUS_LABEL[status]) : STATUS_LABEL[status];
}

/** Of the articles counted under `status`, how many also had their wording changed (renumbered / moved only). */
export function alsoAmendedCount(summary: DiffSummary, status: ChangeStatus): number {
  return status === 'renumbered' || status === 'moved' ? summary.alsoAmended?.[status] ?? 0 : 0;
}

/** `71 renumbered (67 of them also amended)`, `3 amended`: one status of a summary in words. */
export function statusCountText(summary: DiffSummary, status: ChangeStatus): string {
  return messages['summary.statusCount'](summary.articles[status] ?? 0, STATUS_LABEL[status], alsoAmendedCount(summary, status));
}

/**
 * The second figure every report states when the newer version carries wording
 * adopted but taking effect later: what the act changes once it is all in force.
 */
export function adoptedSentence(diff: VersionDiff): string | undefined {
  const a = diff.adopted;
  return a && messages['summary.adopted'](a.pendingArticles, a.summary.changed, a.summary.total);
}

/** What a report says when it shows no article: nothing changed, or nothing among the articles asked for. */
export function nothingShown(diff: VersionDiff): string {
  return diff.summary.changed ? messages['report.noneShownChanged'] : messages['report.noChanges'];
}

/** `Article 44`, `Article 83-1`, `Preamble` (a hand-made store's number could hold control sequences: dropped). */
export const articleTitle = (number: string): string => messages['article.title'](oneLine(number));
/** The same in running text: `article 71-1`, `the preamble`. */
export const articleTitleInline = (number: string): string => messages['article.titleInline'](oneLine(number));
/** `subpoint` for labels like `2)`, `point` for `1.`; plural when asked. */
export const pointNoun = messages['point.noun'];
/** `2022-06-08 № 254-III`, or just the date when the act has no number. */
export const formatAct = messages['act.short'];

/** Where an attributed act's credit was read: `footnote`, … (text views), `named in a footnote`, … (HTML). */
export function actSourceWord(source: AttributedAct['source'], form: 'short' | 'long'): string {
  return messages[form === 'short' ? `actSource.short.${source}` as const : `actSource.${source}` as const];
}
