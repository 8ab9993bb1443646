// Types that cross module boundaries: store -> diff -> report/tui -> cli.
// Everything else stays private to the module that owns it.

/** Languages the store knows. `rus` exists for every version, `kaz` for some. */
export type Lang = 'rus' | 'kaz';
export const LANGS: readonly Lang[] = ['rus', 'kaz'];
/** BCP 47 tag of each language: for `Intl` (word segmentation) and HTML `lang` attributes. */
export const LANG_TAG: Readonly<Record<Lang, string>> = { rus: 'ru', kaz: 'kk' };

/** One version of a constitution, as listed in `constitution/<id>/manifest.yaml`. */
export interface VersionInfo {
  /** The version date, also its folder name: `2019-03-23`. */
  id: string;
  /** Date this text took effect (in force from). */
  effective: string;
  /** Human label, e.g. "before the 2022 referendum". */
  label: string;
  /** Extra names accepted on the command line, e.g. `before-referendum`. */
  aliases: string[];
  /** The act that produced this version, e.g. "Закон РК от 08.06.2022". */
  act: string;
  languages: Lang[];
  /** Source URL per language. */
  sources: Partial<Record<Lang, string>>;
}

export interface ConstitutionInfo {
  /** Folder name under `constitution/`, e.g. `kz`. */
  id: string;
  title: string;
  /** Oldest first. */
  versions: VersionInfo[];
}

/**
 * One block of article text: a point (`1.`, `3-1.`), a subpoint (`1)`, `10-1)`)
 * or an unnumbered paragraph. The label is kept apart from the text; the text
 * is the exact constitutional wording with whitespace inside a line preserved.
 */
export interface Block {
  /** `1.`, `3-1.`, `2)`, `10-1)` exactly as written (with its `.`/`)`), or null. */
  label: string | null;
  /** 0 = point or top paragraph, 1 = subpoint or paragraph nested in a point. */
  level: number;
  text: string;
}

/** An amending act named in a footnote. */
export interface ActRef {
  /** ISO date of the act, e.g. `2022-06-08`. */
  date: string;
  /** Registration number such as `254-III`, when the footnote gives one. */
  number?: string;
}

/** `Сноска.` (rus) / `Ескерту.` (kaz): which acts amended an article. Not constitutional text. */
export interface Footnote {
  text: string;
  acts: ActRef[];
}

/** `Примечание.` / `Ескертпе.`: court rulings, transitional remarks. Not constitutional text. */
export interface Note {
  text: string;
}

/**
 * Which part of the article a pending wording changes. Labels are written as in
 * the text (`1.`, `5-1.`, `2)`); `parent` is the point a subpoint belongs to.
 */
export type PendingTarget =
  | { kind: 'article' }
  /** Replaces the point (with its subpoints and paragraphs), or with `lead` only its first paragraph. */
  | { kind: 'point'; label: string; parent?: string; lead?: boolean }
  /** Adds new points or subpoints (labels as they will read), after `after` or at the end. */
  | { kind: 'add'; labels: string[]; after?: string; parent?: string }
  /** Adds a paragraph (part) at the end of the point. */
  | { kind: 'add-paragraph'; label: string }
  /** Repeals the point; carries no blocks. */
  | { kind: 'repeal'; label: string; parent?: string };

/** Wording adopted by an act but taking effect later, carried in the export as a note. */
export interface PendingWording {
  /** ISO date the wording takes effect; null when it depends on an event (see `condition`). */
  effective: string | null;
  /** The event the wording waits for, when not a date (e.g. the next Mazhilis elections). */
  condition?: string;
  /** The adopting act as named in the note, e.g. "Закон РК от 08.06.2022". */
  act: string;
  actDate?: string;
  /** The note announcing it, verbatim. */
  note: string;
  target: PendingTarget;
  blocks: Block[];
}

/** One article (or the preamble, number `preamble`) of one version in one language. */
export interface Article {
  constitution: string;
  version: string;
  lang: Lang;
  /** `44`, `83-1`, or `preamble`. */
  number: string;
  /** Section heading, e.g. "Раздел III. Президент"; null for the preamble. */
  section: string | null;
  /** True when the article is kept only as "исключена" (repealed) with no text. */
  repealed: boolean;
  footnotes: Footnote[];
  notes: Note[];
  pending: PendingWording[];
  blocks: Block[];
}

/** A section heading of a version (`sections.<lang>.yaml`), with the annotations that belong to the section. */
export interface Section {
  title: string;
  /** First article of the section. */
  firstArticle: string | null;
  footnotes: Footnote[];
  notes: Note[];
}

// ---------------------------------------------------------------- diff model

export type ChangeStatus = 'unchanged' | 'amended' | 'added' | 'repealed' | 'renumbered' | 'moved';
export const CHANGE_STATUSES: readonly ChangeStatus[] = [
  'unchanged', 'amended', 'added', 'repealed', 'renumbered', 'moved',
];

/** A word-level edit. `equal`+`delete` rebuild the old text; `equal`+`insert` the new. */
export interface WordOp {
  type: 'equal' | 'insert' | 'delete';
  text: string;
  /**
   * Set on a delete/insert that differs only in formatting (spacing, quote or dash
   * style, a look-alike letter) when the comparison is not `exact`: reports show
   * the new text there as unchanged. The text is exact either way.
   */
  format?: boolean;
}

export interface ChangeCounts {
  wordsAdded: number;
  wordsRemoved: number;
  /** (wordsAdded + wordsRemoved) / (words in old + words in new), 0..1. */
  changeRatio: number;
}

export interface BlockDiff {
  /** Label in the old / new text (null when unlabelled or absent on that side). */
  oldLabel: string | null;
  newLabel: string | null;
  /** Index of the block in the old / new article's `blocks`, absent on the side it is missing from. */
  oldIndex?: number;
  newIndex?: number;
  level: number;
  /** unchanged | amended | added | repealed | renumbered (label changed, wording kept or amended). */
  status: ChangeStatus;
  /** Wording changed (meaningful for renumbered). */
  textChanged: boolean;
  /** Differs only in formatting (spacing, look-alike letters); reported as unchanged unless `exact`. */
  formatOnly: boolean;
  /** Exact word ops over the block text (label excluded). */
  ops: WordOp[];
  counts: ChangeCounts;
}

export interface ArticleDiff {
  /** Number in the new version, or the old number when repealed. */
  number: string;
  /** Old number when it differs (renumbered) or the article is only in the old version. */
  previousNumber?: string;
  status: ChangeStatus;
  /** Wording changed (meaningful for renumbered / moved). */
  textChanged: boolean;
  formatOnly: boolean;
  /** How the article was paired: same number, or content similarity. */
  matchedBy: 'number' | 'similarity' | 'none';
  /** Similarity of old and new text in 0..1 (1 when identical, 0 when one side is missing). */
  similarity: number;
  old?: Article;
  new?: Article;
  blocks: BlockDiff[];
  counts: ChangeCounts & { blocks: Record<ChangeStatus, number> };
}

/**
 * A section heading compared across two versions, paired with the section that holds
 * most of its articles (by its numeral, "Раздел VI", when articles do not tell).
 * `renumbered`: only the numeral changed; `renamed`: the title's wording changed
 * (formatting aside unless `exact`), the numeral perhaps too.
 */
export interface SectionDiff {
  status: 'unchanged' | 'renamed' | 'renumbered' | 'added' | 'repealed';
  oldTitle: string | null;
  newTitle: string | null;
  /** Word ops over the titles (equal+delete: old, equal+insert: new). */
  ops: WordOp[];
  /** Footnotes and notes of the newer side (the older one when the section is gone). */
  footnotes: Footnote[];
  notes: Note[];
}

export interface DiffOptions {
  /** Report whitespace/formatting-only differences as amendments. */
  exact: boolean;
  /**
   * The new side is the version "as adopted": every pending wording it carries
   * (dated or waiting for an event) applied, so the report shows all the act changed.
   * Set by the CLI (`diff --as-adopted`); the engine itself does not read it.
   */
  asAdopted?: boolean;
}

export interface DiffSummary extends ChangeCounts {
  articles: Record<ChangeStatus, number>;
  /**
   * Renumbered and moved articles whose wording also changed ("renumbered and
   * amended"): counted once under their status in `articles`, and here too.
   */
  alsoAmended: { renumbered: number; moved: number };
  /** Articles with any change (everything but unchanged). */
  changed: number;
  total: number;
}

export interface VersionDiff {
  constitution: string;
  lang: Lang;
  from: VersionInfo;
  to: VersionInfo;
  options: DiffOptions;
  summary: DiffSummary;
  /** In reading order of the new version, repealed articles at their old place. */
  articles: ArticleDiff[];
  /**
   * Set when the newer version carries wording adopted but taking effect later (and
   * the comparison is not already `asAdopted`): the articles that carry it, and the
   * summary of the same comparison with that wording applied.
   */
  adopted?: { pendingArticles: string[]; summary: DiffSummary };
  /**
   * Set when the articles were asked for by number (`--article`) and not limited to
   * changed ones: the text and Markdown reports, which otherwise leave unchanged
   * articles out, then say of each asked article that did not change that it is unchanged.
   */
  showUnchanged?: boolean;
  /** The section headings of both versions compared, when both have them (`sections.<lang>.yaml`). */
  sections?: SectionDiff[];
}

/** Output formats of `constdiff diff`. */
export type ReportFormat = 'json' | 'md' | 'text' | 'patch' | 'html';

// ---------------------------------------------------------------- timeline
// Versions over time: the text in force on a date, which act changed what,
// the life of one article, and where each point's wording comes from.

/** A pending wording together with the article that carries it. */
export interface ArticlePending {
  article: string;
  pending: PendingWording;
}

/** `constdiff at`: the version in force on a date and the pending wording applied to it. */
export interface InForce {
  constitution: string;
  date: string;
  lang: Lang;
  /** The latest version whose `effective` is not after `date`. */
  version: VersionInfo;
  /** Pending wording of that version in force by `date` (applied to the text). */
  applied: ArticlePending[];
  /** Pending wording not yet in force on `date` (a later date, or an event). */
  waiting: ArticlePending[];
}

/**
 * `at <date> <article>` when the version in force numbers articles differently from
 * the one before it (the 2026 Constitution): the same number now names another
 * provision. Found by pairing the two versions' articles by content.
 */
export interface NumberingChange {
  /** The version before the one in force. */
  previous: VersionInfo;
  /** The number asked for. */
  number: string;
  /** This article's number in `previous`; absent when it is new. */
  formerNumber?: string;
  /** What became of `previous`'s article with this number: its number now; absent when it is gone. */
  numberNow?: string;
}

/** An act credited with a change between two versions, and where that was read. */
export interface AttributedAct extends ActRef {
  /**
   * `footnote`: the new text's footnotes name it; `pending`: the old text carried
   * its wording as pending, due by the new version's date; `version`: the new
   * version is a newly adopted text (no footnote names an earlier act), so its own
   * act (dated with the version id) made every change.
   */
  source: 'footnote' | 'pending' | 'version';
}

/**
 * Which act changed one article between two versions. `flag` marks what the
 * exports leave unexplained: `change-without-act` (the text changed but no
 * footnote names an act of the period), `act-without-change` (a footnote names
 * an act of the period but the text did not change).
 */
export interface ArticleAttribution {
  number: string;
  previousNumber?: string;
  status: ChangeStatus;
  acts: AttributedAct[];
  flag?: 'change-without-act' | 'act-without-change';
}

/** `constdiff attribution`: acts per changed article between two versions. */
export interface VersionAttribution {
  constitution: string;
  lang: Lang;
  from: VersionInfo;
  to: VersionInfo;
  /** Changed articles, and unchanged ones a footnote says an act of the period amended. */
  articles: ArticleAttribution[];
}

/** One version in the life of one article. */
export interface ArticleHistoryStep {
  version: VersionInfo;
  /** The article's number in this version; absent once it is gone (status `repealed`). */
  number?: string;
  /**
   * The change from the previous step (the engine's ArticleDiff: `added` for the
   * first step, `repealed` when the article is gone, `renumbered` when followed by content).
   */
  diff: ArticleDiff;
  /** Whether anything but formatting changed since the previous step (true for the first). */
  changed: boolean;
  /** Acts credited with the change (see ArticleAttribution). */
  acts: AttributedAct[];
}

/** `constdiff history`: every stored version of one article, oldest first. */
export interface ArticleHistory {
  constitution: string;
  lang: Lang;
  /** The number asked for, as read in `anchor`. */
  number: string;
  /** The version the number was read in; the article is followed backwards and forwards from it. */
  anchor: string;
  steps: ArticleHistoryStep[];
}

/** One block of an article with the version its current wording first appeared in. */
export interface BlameBlock {
  /** Index in the article's `blocks`. */
  index: number;
  label: string | null;
  level: number;
  text: string;
  /** The oldest version in which this block already read the same (up to formatting). */
  since: VersionInfo;
  /** The article's number and the block's label in that version. */
  sinceNumber: string;
  sinceLabel: string | null;
  /** Acts credited with the article's change in `since` (empty for the first version). */
  acts: AttributedAct[];
}

/** `constdiff blame`: where each point of one article at one version comes from. */
export interface ArticleBlame {
  constitution: string;
  lang: Lang;
  version: VersionInfo;
  number: string;
  blocks: BlameBlock[];
}

// ---------------------------------------------------------------- languages
// The Russian and the Kazakh text compared with each other: what each version
// holds, and what each step changed, article by article and point by point.

/** Where a point sits in its article: `3.`, `3. 2)` (a subpoint of 3.), `¶2` (the second unlabelled paragraph). */
export type PointKey = string;

/** The two texts of one version compared by structure: articles and points one text has and the other lacks. */
export interface LanguageVersionCheck {
  version: VersionInfo;
  /** False when the version has no text in one of the languages (`missing` names it). */
  compared: boolean;
  missing?: Lang;
  /** Article numbers only one text has. */
  articlesOnly: Record<Lang, string[]>;
  /** Articles repealed in one text and not in the other. */
  repealedDiffers: string[];
  /** Articles whose points differ: the points only one text has. */
  points: { article: string; only: Record<Lang, PointKey[]> }[];
}

/** One article of a step, changed in at least one language. */
export interface LanguageStepArticle {
  /** Number in the newer version (the old one when repealed). */
  number: string;
  previousNumber?: string;
  /** What the step did to the article in each text; null when that text does not have it. */
  status: Record<Lang, ChangeStatus | null>;
  /**
   * Set when the two texts disagree: `rus-only` / `kaz-only` (only one text changed),
   * `pairing-differs` (the engine paired this article with a different older article
   * in each text, see `paired`), `status-differs` (both changed, but not alike),
   * `points-differ` (the same status, but different points changed).
   */
  flag?: 'rus-only' | 'kaz-only' | 'pairing-differs' | 'status-differs' | 'points-differ';
  /** With `pairing-differs`: the older article each text's comparison paired it with (null: none, it is new). */
  paired?: Record<Lang, string | null>;
  /** Points whose change differs between the texts (changed in one only, or not alike). */
  points: { point: PointKey; status: Record<Lang, ChangeStatus | null> }[];
}

/** One step (a version and the one before it) compared across the languages. */
export interface LanguageStepCheck {
  from: VersionInfo;
  to: VersionInfo;
  /** False when one version has no text in one of the languages (`missing` says which). */
  compared: boolean;
  missing?: { version: string; lang: Lang };
  /** Articles changed in each text (as the change report counts them). */
  changed: Record<Lang, number>;
  /** Every article changed in at least one text, in the newer version's reading order. */
  articles: LanguageStepArticle[];
}

/** `constdiff check-languages`: the Russian and Kazakh texts compared, version by version and step by step. */
export interface LanguageCheck {
  constitution: string;
  versions: LanguageVersionCheck[];
  steps: LanguageStepCheck[];
}
