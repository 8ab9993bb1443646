// `--format json`: a stable, documented report for scripts. The shape is
// described by schema/diff.schema.json and mapped field by field from the
// internal VersionDiff, so internal refactors do not change what scripts see.
// Bump JSON_SCHEMA_VERSION on any breaking change to this shape.
import type {
  ArticleDiff, BlockDiff, ChangeCounts, ChangeStatus, DiffSummary, PendingTarget, PendingWording, VersionDiff, VersionInfo,
} from '../types.js';
import { CHANGE_STATUSES } from '../types.js';
import { articleActs, previousNumberOf } from './format.js';

export const JSON_SCHEMA_VERSION = 1;

export type JsonStatus = ChangeStatus;

export interface JsonVersion {
  id: string;
  effective: string;
  label: string;
  act: string;
}

export interface JsonCounts {
  wordsAdded: number;
  wordsRemoved: number;
  changeRatio: number;
}

export interface JsonWordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface JsonPoint {
  oldLabel: string | null;
  newLabel: string | null;
  level: number;
  status: JsonStatus;
  textChanged: boolean;
  formatOnly: boolean;
  counts: JsonCounts;
  ops: JsonWordOp[];
}

/** Which part of the article a pending wording changes; see the schema's `target`. */
export interface JsonPendingTarget {
  kind: 'article' | 'point' | 'add' | 'add-paragraph' | 'repeal';
  label?: string;
  labels?: string[];
  after?: string;
  parent?: string;
  lead?: boolean;
}

export interface JsonPending {
  effective: string | null;
  condition?: string;
  act: string;
  actDate?: string;
  note: string;
  target: JsonPendingTarget;
  points: { label: string | null; level: number; text: string }[];
}

export interface JsonArticle {
  number: string;
  previousNumber?: string;
  status: JsonStatus;
  textChanged: boolean;
  formatOnly: boolean;
  matchedBy: 'number' | 'similarity' | 'none';
  similarity: number;
  section: string | null;
  previousSection?: string | null;
  counts: JsonCounts & { points: Record<JsonStatus, number> };
  acts: { date: string; number?: string }[];
  notes: string[];
  pending: JsonPending[];
  points: JsonPoint[];
}

export type JsonSummary = JsonCounts & {
  articles: Record<JsonStatus, number>;
  alsoAmended: { renumbered: number; moved: number };
  changed: number;
  total: number;
};

export interface JsonReport {
  schemaVersion: number;
  constitution: string;
  lang: string;
  from: JsonVersion;
  to: JsonVersion;
  options: { exact: boolean; asAdopted: boolean };
  summary: JsonSummary;
  adopted?: { pendingArticles: string[]; summary: JsonSummary };
  articles: JsonArticle[];
}

/** Ratios are rounded to 4 decimals so the output is stable and readable. */
function ratio(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 10_000) / 10_000 : 0;
}

export function counts(c: ChangeCounts): JsonCounts {
  return { wordsAdded: c.wordsAdded, wordsRemoved: c.wordsRemoved, changeRatio: ratio(c.changeRatio) };
}

function summary(s: DiffSummary): JsonSummary {
  return { articles: statusCounts(s.articles), alsoAmended: { ...s.alsoAmended }, changed: s.changed, total: s.total, ...counts(s) };
}

function statusCounts(source: Record<ChangeStatus, number>): Record<JsonStatus, number> {
  return Object.fromEntries(CHANGE_STATUSES.map((status) => [status, source[status] ?? 0])) as Record<JsonStatus, number>;
}

export function version(v: VersionInfo): JsonVersion {
  return { id: v.id, effective: v.effective, label: v.label, act: v.act };
}

function point(b: BlockDiff): JsonPoint {
  return {
    oldLabel: b.oldLabel,
    newLabel: b.newLabel,
    level: b.level,
    status: b.status,
    textChanged: b.textChanged,
    formatOnly: b.formatOnly,
    counts: counts(b.counts),
    ops: b.ops.map((o) => ({ op: o.type, text: o.text })),
  };
}

function target(t: PendingTarget): JsonPendingTarget {
  // Read through a flat view so every kind (and any optional field) maps the same way.
  const flat = t as { kind: JsonPendingTarget['kind']; label?: string; labels?: string[]; after?: string; parent?: string; lead?: boolean };
  const out: JsonPendingTarget = { kind: flat.kind };
  if (flat.label !== undefined) out.label = flat.label;
  if (flat.labels !== undefined) out.labels = [...flat.labels];
  if (flat.after !== undefined) out.after = flat.after;
  if (flat.parent !== undefined) out.parent = flat.parent;
  if (flat.lead !== undefined) out.lead = flat.lead;
  return out;
}

export function pending(p: PendingWording): JsonPending {
  const out: JsonPending = {
    effective: p.effective,
    act: p.act,
    note: p.note,
    target: target(p.target),
    points: p.blocks.map((b) => ({ label: b.label, level: b.level, text: b.text })),
  };
  if (p.actDate !== undefined) out.actDate = p.actDate;
  const { condition } = p as { condition?: string };
  if (condition !== undefined) out.condition = condition;
  return out;
}

export function article(a: ArticleDiff): JsonArticle {
  const current = a.new ?? a.old;
  const out: JsonArticle = {
    number: a.number,
    status: a.status,
    textChanged: a.textChanged,
    formatOnly: a.formatOnly,
    matchedBy: a.matchedBy,
    similarity: ratio(a.similarity),
    section: current?.section ?? null,
    counts: { ...counts(a.counts), points: statusCounts(a.counts.blocks) },
    acts: articleActs(a).map((act) => (act.number === undefined ? { date: act.date } : { date: act.date, number: act.number })),
    notes: (current?.notes ?? []).map((n) => n.text),
    // Pending wordings of the newer text; a repealed article has none that still apply.
    pending: (a.new?.pending ?? []).map(pending),
    points: a.blocks.map(point),
  };
  const previous = previousNumberOf(a);
  if (previous !== undefined) out.previousNumber = previous;
  if (a.old && a.new && a.old.section !== a.new.section) out.previousSection = a.old.section;
  return out;
}

/** The report as a plain object matching schema/diff.schema.json. */
export function toJsonReport(diff: VersionDiff): JsonReport {
  return report(diff, diff.articles.map(article));
}

/** The report with the given articles (the keys in the order the JSON text shows them). */
function report(diff: VersionDiff, articles: JsonArticle[]): JsonReport {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    constitution: diff.constitution,
    lang: diff.lang,
    from: version(diff.from),
    to: version(diff.to),
    options: { exact: diff.options.exact, asAdopted: Boolean(diff.options.asAdopted) },
    summary: summary(diff.summary),
    articles,
    ...(diff.adopted ? {
      adopted: { pendingArticles: diff.adopted.pendingArticles, summary: summary(diff.adopted.summary) },
    } : {}),
  };
}

/** Where the top-level `articles` array sits in the report's JSON text (JSON strings hold no raw line break). */
const ARTICLES_KEY = '\n  "articles": []';
/** An article stringified as the one element of that array, between these two, is indented as in the whole report. */
const ELEMENT_BEFORE = '{\n  "articles": [';
const ELEMENT_AFTER = '\n  ]\n}';

/**
 * `--format json` as pieces of text that, written one after another, make exactly
 * renderJson's text: the report around the articles, then each article mapped and
 * stringified on its own, so memory never holds the whole report.
 */
export function* renderJsonChunks(diff: VersionDiff): Generator<string> {
  const outline = `${JSON.stringify(report(diff, []), null, 2)}\n`;
  const at = outline.indexOf(ARTICLES_KEY);
  if (at < 0 || outline.includes(ARTICLES_KEY, at + 1)) throw new Error('JSON report: the articles key must occur exactly once');
  const open = at + ARTICLES_KEY.length - 1; // just after '['
  yield outline.slice(0, open);
  let first = true;
  for (const a of diff.articles) {
    const alone = JSON.stringify({ articles: [article(a)] }, null, 2);
    yield `${first ? '' : ','}${alone.slice(ELEMENT_BEFORE.length, -ELEMENT_AFTER.length)}`;
    first = false;
  }
  yield `${diff.articles.length ? '\n  ' : ''}${outline.slice(open)}`;
}

/** `--format json`: the report as pretty-printed JSON text ending in a newline. */
export function renderJson(diff: VersionDiff): string {
  return [...renderJsonChunks(diff)].join('');
}
