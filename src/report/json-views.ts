// `--format json` / `--json` of every command but diff: history, at, blame,
// attribution, show and versions. Each is mapped field by field, never by
// stringifying internal objects, in the diff report's vocabulary (`points`,
// `op`, versions as id/effective/label/act), and described by its own schema
// in schema/ (`<command>.schema.json`, which borrows definitions from
// diff.schema.json). Raise a contract's schemaVersion on any breaking change.
import type {
  ActRef, Article, ArticleBlame, ArticleHistory, ArticlePending, AttributedAct, ConstitutionInfo, InForce, NumberingChange,
  VersionAttribution, VersionInfo,
} from '../types.js';
import { article as diffArticle, pending, version, type JsonPending } from './json.js';

export const VIEW_SCHEMA_VERSION = 1;

export interface JsonAct {
  date: string;
  number?: string;
}

/** An act credited with a change, and where that was read (see the schemas' `attributedAct`). */
export interface JsonAttributedAct extends JsonAct {
  source: AttributedAct['source'];
}

/** One stored article as it reads, with its notes (show, at). */
export interface JsonStoredArticle {
  number: string;
  section: string | null;
  repealed: boolean;
  points: { label: string | null; level: number; text: string }[];
  footnotes: { text: string; acts: JsonAct[] }[];
  notes: string[];
  pending: JsonPending[];
}

function act(a: ActRef): JsonAct {
  return a.number === undefined ? { date: a.date } : { date: a.date, number: a.number };
}

function attributedAct(a: AttributedAct): JsonAttributedAct {
  return { ...act(a), source: a.source };
}

function storedArticle(a: Article): JsonStoredArticle {
  return {
    number: a.number,
    section: a.section,
    repealed: a.repealed,
    points: a.blocks.map((b) => ({ label: b.label, level: b.level, text: b.text })),
    footnotes: a.footnotes.map((f) => ({ text: f.text, acts: f.acts.map(act) })),
    notes: a.notes.map((n) => n.text),
    pending: a.pending.map(pending),
  };
}

const json = (value: object): string => JSON.stringify(value, null, 2);

/** `history --format json` (schema/history.schema.json). */
export function historyJson(h: ArticleHistory): string {
  return json({
    schemaVersion: VIEW_SCHEMA_VERSION,
    constitution: h.constitution,
    lang: h.lang,
    number: h.number,
    anchor: h.anchor,
    steps: h.steps.map((s) => ({
      version: version(s.version),
      ...(s.number !== undefined ? { number: s.number } : {}),
      changed: s.changed,
      acts: s.acts.map(attributedAct),
      change: diffArticle(s.diff),
    })),
  });
}

function pendingOf(x: ArticlePending) {
  return { article: x.article, pending: pending(x.pending) };
}

/** `at --format json` (schema/at.schema.json); with `article`, that article as in force on the date. */
export function atJson(x: InForce, article?: Article, numbering?: NumberingChange): string {
  return json({
    schemaVersion: VIEW_SCHEMA_VERSION,
    constitution: x.constitution,
    date: x.date,
    lang: x.lang,
    version: version(x.version),
    applied: x.applied.map(pendingOf),
    waiting: x.waiting.map(pendingOf),
    ...(article ? { article: storedArticle(article) } : {}),
    ...(numbering ? {
      numbering: {
        previous: version(numbering.previous),
        ...(numbering.formerNumber !== undefined ? { formerNumber: numbering.formerNumber } : {}),
        ...(numbering.numberNow !== undefined ? { numberNow: numbering.numberNow } : {}),
      },
    } : {}),
  });
}

/** `blame --format json` (schema/blame.schema.json). */
export function blameJson(b: ArticleBlame): string {
  return json({
    schemaVersion: VIEW_SCHEMA_VERSION,
    constitution: b.constitution,
    lang: b.lang,
    version: version(b.version),
    number: b.number,
    points: b.blocks.map((x) => ({
      index: x.index,
      label: x.label,
      level: x.level,
      text: x.text,
      since: version(x.since),
      sinceNumber: x.sinceNumber,
      sinceLabel: x.sinceLabel,
      acts: x.acts.map(attributedAct),
    })),
  });
}

/** `attribution --format json` (schema/attribution.schema.json). */
export function attributionJson(x: VersionAttribution): string {
  return json({
    schemaVersion: VIEW_SCHEMA_VERSION,
    constitution: x.constitution,
    lang: x.lang,
    from: version(x.from),
    to: version(x.to),
    articles: x.articles.map((a) => ({
      number: a.number,
      ...(a.previousNumber !== undefined ? { previousNumber: a.previousNumber } : {}),
      status: a.status,
      acts: a.acts.map(attributedAct),
      ...(a.flag !== undefined ? { flag: a.flag } : {}),
    })),
  });
}

/** `show --json` (schema/show.schema.json). */
export function showJson(constitution: string, v: VersionInfo, a: Article): string {
  return json({ schemaVersion: VIEW_SCHEMA_VERSION, constitution, version: version(v), lang: a.lang, article: storedArticle(a) });
}

/** `versions --json` (schema/versions.schema.json): `articles` counts the articles of each version, preamble aside. */
export function versionsJson(info: ConstitutionInfo, articles: (v: VersionInfo) => number): string {
  return json({
    schemaVersion: VIEW_SCHEMA_VERSION,
    constitution: info.id,
    title: info.title,
    versions: info.versions.map((v) => ({
      ...version(v),
      aliases: [...v.aliases],
      languages: [...v.languages],
      sources: { ...v.sources },
      articles: articles(v),
    })),
  });
}
