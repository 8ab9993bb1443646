// The Russian and the Kazakh text held against each other. Both are official and
// meant to say the same, so they should have the same articles and points in
// every version, and every step should change the same articles and points in
// both. Each language is compared with the engine on its own (formatting aside,
// as in every report), then the two results are laid side by side by article
// number and point position. Disagreements are reported, never smoothed over.
import type {
  Article, ArticleDiff, Block, BlockDiff, ChangeStatus, Lang, LanguageCheck, LanguageStepArticle, LanguageStepCheck,
  LanguageVersionCheck, PointKey, VersionDiff, VersionInfo,
} from '../types.js';
import { diffVersions } from '../diff/index.js';

/** One version's articles in each language it has. */
export interface BilingualText {
  version: VersionInfo;
  texts: Partial<Record<Lang, Article[]>>;
}

/** The comparison of two versions in one language, when the caller already has it (e.g. with section headings). */
export type StepDiffs = (from: VersionInfo, to: VersionInfo, lang: Lang) => VersionDiff | undefined;

/** The two languages, in the order every result lists them (d1/a1: Russian, d2/a2: Kazakh). */
const PAIR: readonly ['rus', 'kaz'] = ['rus', 'kaz'];

/**
 * The key of each block: its label (a subpoint's prefixed with its point's), or
 * for an unlabelled paragraph its place among the unlabelled ones of its point.
 */
export function pointKeys(blocks: readonly Block[]): PointKey[] {
  let point = '';
  let paragraphs = 0;
  let nested = 0;
  return blocks.map((b) => {
    if (b.level === 0) {
      nested = 0;
      if (b.label) {
        point = b.label;
        return b.label;
      }
      point = `¶${++paragraphs}`;
      return point;
    }
    const own = b.label ?? `¶${++nested}`;
    return point ? `${point} ${own}` : own;
  });
}

function pointsOnly(a: readonly Block[], b: readonly Block[]): [PointKey[], PointKey[]] {
  const ka = pointKeys(a);
  const kb = pointKeys(b);
  const sa = new Set(ka);
  const sb = new Set(kb);
  return [ka.filter((k) => !sb.has(k)), kb.filter((k) => !sa.has(k))];
}

/** The two texts of one version by structure. */
export function checkVersionLanguages(text: BilingualText): LanguageVersionCheck {
  const [l1, l2] = PAIR;
  const empty = { articlesOnly: { rus: [], kaz: [] }, repealedDiffers: [], points: [] };
  const a1 = text.texts[l1];
  const a2 = text.texts[l2];
  if (!a1 || !a2) return { version: text.version, compared: false, missing: a1 ? l2 : l1, ...empty };
  const by2 = new Map(a2.map((a) => [a.number, a]));
  const by1 = new Map(a1.map((a) => [a.number, a]));
  const check: LanguageVersionCheck = {
    version: text.version, compared: true,
    articlesOnly: { rus: a1.filter((a) => !by2.has(a.number)).map((a) => a.number), kaz: a2.filter((a) => !by1.has(a.number)).map((a) => a.number) },
    repealedDiffers: [], points: [],
  };
  for (const a of a1) {
    const b = by2.get(a.number);
    if (!b) continue;
    if (a.repealed !== b.repealed) check.repealedDiffers.push(a.number);
    const [o1, o2] = pointsOnly(a.blocks, b.blocks);
    if (o1.length || o2.length) check.points.push({ article: a.number, only: { rus: o1, kaz: o2 } });
  }
  return check;
}

/**
 * An article's place in a step, the same in both languages (both texts share one
 * numbering): its number in the newer version, or its old number when it is gone.
 * Not the pairing: where the engine paired old articles by content (2026), each
 * language may pair them otherwise, and that is a finding of its own.
 */
const articleKey = (a: ArticleDiff): string => (a.new ? `new ${a.new.number}` : `old ${a.old?.number ?? a.number}`);

/** Status of each point of an article diff, by point key (new side's key, or the old side's for a repealed point). */
function pointStatuses(d: ArticleDiff): Map<PointKey, ChangeStatus> {
  const newKeys = pointKeys(d.new?.blocks ?? []);
  const oldKeys = pointKeys(d.old?.blocks ?? []);
  const out = new Map<PointKey, ChangeStatus>();
  d.blocks.forEach((b: BlockDiff) => {
    const key = b.newIndex !== undefined ? newKeys[b.newIndex] : b.oldIndex !== undefined ? oldKeys[b.oldIndex] : undefined;
    if (key !== undefined) out.set(key, b.status);
  });
  return out;
}

const changed = (s: ChangeStatus | null | undefined): boolean => s != null && s !== 'unchanged';

function compareArticle(d1: ArticleDiff | undefined, d2: ArticleDiff | undefined): LanguageStepArticle {
  const [l1, l2] = PAIR;
  const ref = (d1 ?? d2)!;
  const s1 = d1?.status ?? null;
  const s2 = d2?.status ?? null;
  const points: LanguageStepArticle['points'] = [];
  const p1 = d1 ? pointStatuses(d1) : new Map<PointKey, ChangeStatus>();
  const p2 = d2 ? pointStatuses(d2) : new Map<PointKey, ChangeStatus>();
  for (const key of new Set([...p1.keys(), ...p2.keys()])) {
    const a = p1.get(key) ?? null;
    const b = p2.get(key) ?? null;
    if ((changed(a) || changed(b)) && a !== b) points.push({ point: key, status: { rus: a, kaz: b } });
  }
  let flag: LanguageStepArticle['flag'];
  if (changed(s1) !== changed(s2)) flag = changed(s1) ? `${l1}-only` : `${l2}-only`;
  else if (d1 && d2 && d1.new && d2.new && d1.old?.number !== d2.old?.number) flag = 'pairing-differs';
  else if (s1 !== s2) flag = 'status-differs';
  else if (points.length) flag = 'points-differ';
  return {
    number: ref.number,
    ...(ref.previousNumber !== undefined ? { previousNumber: ref.previousNumber } : {}),
    ...(flag === 'pairing-differs' ? { paired: { rus: d1?.old?.number ?? null, kaz: d2?.old?.number ?? null } } : {}),
    status: { rus: s1, kaz: s2 },
    ...(flag ? { flag } : {}),
    points,
  };
}

/** One step compared across the languages, from each language's comparison of the two versions. */
export function checkStepLanguages(diffs: Record<Lang, VersionDiff>): Omit<LanguageStepCheck, 'from' | 'to' | 'compared'> {
  const [l1, l2] = PAIR;
  const by2 = new Map(diffs[l2].articles.map((a) => [articleKey(a), a]));
  const seen = new Set<string>();
  const articles: LanguageStepArticle[] = [];
  for (const d1 of diffs[l1].articles) {
    const key = articleKey(d1);
    seen.add(key);
    const d2 = by2.get(key);
    if (changed(d1.status) || changed(d2?.status) || !d2) articles.push(compareArticle(d1, d2));
  }
  for (const d2 of diffs[l2].articles) {
    if (!seen.has(articleKey(d2))) articles.push(compareArticle(undefined, d2));
  }
  return { changed: { rus: diffs.rus.summary.changed, kaz: diffs.kaz.summary.changed }, articles };
}

/**
 * Every version and every step between consecutive versions of `texts` (oldest
 * first), Russian against Kazakh. `known` supplies comparisons already made.
 */
export function checkLanguages(constitution: string, texts: readonly BilingualText[], known?: StepDiffs): LanguageCheck {
  const steps: LanguageStepCheck[] = [];
  for (let i = 1; i < texts.length; i++) {
    const from = texts[i - 1];
    const to = texts[i];
    const missing = PAIR.flatMap((lang) => [from, to].filter((t) => !t.texts[lang]).map((t) => ({ version: t.version.id, lang })));
    if (missing.length) {
      steps.push({ from: from.version, to: to.version, compared: false, missing: missing[0], changed: { rus: 0, kaz: 0 }, articles: [] });
      continue;
    }
    const diffOf = (lang: Lang): VersionDiff => known?.(from.version, to.version, lang) ?? diffVersions({
      constitution, lang, from: from.version, to: to.version, oldArticles: from.texts[lang]!, newArticles: to.texts[lang]!,
    });
    steps.push({ from: from.version, to: to.version, compared: true, ...checkStepLanguages({ rus: diffOf('rus'), kaz: diffOf('kaz') }) });
  }
  return { constitution, versions: texts.map(checkVersionLanguages), steps };
}

/** Whether the check found the two texts apart anywhere. */
export function languagesDiffer(check: LanguageCheck): boolean {
  return check.versions.some((v) => v.articlesOnly.rus.length || v.articlesOnly.kaz.length || v.repealedDiffers.length || v.points.length)
    || check.steps.some((s) => s.articles.some((a) => a.flag !== undefined));
}
