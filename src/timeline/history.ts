// The life of one article across every stored version. Consecutive versions are
// compared with the engine (alignVersions, diffSlot), and the article is followed through
// the engine's pairing: by number while numbers hold, by content when a new text
// renumbers everything (2026: the state language moves from 7 to 9).
import type { Article, ArticleDiff, ArticleHistory, ArticleHistoryStep, Lang, VersionInfo } from '../types.js';
import { NotFoundError } from './errors.js';
import { alignVersions, diffArticle, diffSlot, type ArticleSlot } from '../diff/index.js';
import { attributeArticle, isNewText } from './attribution.js';

/** One version's articles in one language. */
export interface VersionText {
  version: VersionInfo;
  articles: Article[];
}

/** The comparison of two consecutive versions, as far as it has been needed. */
interface Step {
  from: VersionInfo;
  to: VersionInfo;
  /** The new version is a new text, not an amendment (attribution.ts). */
  newText: boolean;
  slots: ArticleSlot[];
  /** Article diffs made so far, by slot. */
  diffs: Map<number, ArticleDiff>;
}

/**
 * Consecutive versions and the comparisons between them, computed lazily and
 * cached. Following one article needs the pairing of all articles (a renumbering
 * is found by content) but the word diff of that article only, so a step aligns
 * the two versions once and diffs articles one at a time, when asked.
 */
export class Timeline {
  private readonly steps = new Map<number, Step>();

  /** `texts` oldest first, all in `lang`. */
  constructor(readonly constitution: string, readonly lang: Lang, readonly texts: VersionText[]) {
    if (!texts.length) throw new NotFoundError(`no version of ${constitution} has a "${lang}" text`);
  }

  indexOf(versionId: string): number {
    return this.texts.findIndex((t) => t.version.id === versionId);
  }

  /** The comparison of version i-1 with version i. */
  step(i: number): Step {
    let step = this.steps.get(i);
    if (!step) {
      const from = this.texts[i - 1];
      const to = this.texts[i];
      step = {
        from: from.version, to: to.version, newText: isNewText(to.articles, to.version),
        slots: alignVersions(from.articles, to.articles), diffs: new Map(),
      };
      this.steps.set(i, step);
    }
    return step;
  }

  /** The diff of the slot of step i that `side` of it holds article `number` in. */
  private find(i: number, side: 'oldIndex' | 'newIndex', number: string): ArticleDiff | undefined {
    const step = this.step(i);
    const articles = this.texts[side === 'oldIndex' ? i - 1 : i].articles;
    const at = step.slots.findIndex((s) => s[side] !== undefined && articles[s[side]].number === number);
    if (at < 0) return undefined;
    let diff = step.diffs.get(at);
    if (!diff) {
      diff = diffSlot(this.texts[i - 1].articles, this.texts[i].articles, step.slots[at], this.lang, false).diff;
      step.diffs.set(at, diff);
    }
    return diff;
  }

  /** The article diff of pair (i-1, i) whose new side is article `number` of version i. */
  intoVersion(i: number, number: string): ArticleDiff | undefined {
    return this.find(i, 'newIndex', number);
  }

  /** The article diff of pair (i-1, i) whose old side is article `number` of version i-1. */
  outOfVersion(i: number, number: string): ArticleDiff | undefined {
    return this.find(i, 'oldIndex', number);
  }

  historyStep(i: number, d: ArticleDiff): ArticleHistoryStep {
    const { from, to, newText } = this.step(i);
    return {
      version: this.texts[i].version,
      ...(d.new ? { number: d.new.number } : {}),
      diff: d,
      changed: d.status !== 'unchanged',
      acts: attributeArticle(d, from, to, newText).acts,
    };
  }
}

/**
 * Every version of article `number`, oldest first. The number is read in
 * `anchor` (default: the first version that has it) and the article is followed
 * backwards and forwards from there. The first step is `added`; a step whose
 * article is gone is `repealed` and ends the history.
 */
export function articleHistory(timeline: Timeline, number: string, anchor?: string): ArticleHistory {
  const { texts } = timeline;
  let at: number;
  if (anchor !== undefined) {
    at = timeline.indexOf(anchor);
    if (at < 0) throw new NotFoundError(`version ${anchor} has no "${timeline.lang}" text`);
    if (!texts[at].articles.some((a) => a.number === number)) {
      throw new NotFoundError(`article ${number} is not in version ${anchor}`);
    }
  } else {
    at = texts.findIndex((t) => t.articles.some((a) => a.number === number));
    if (at < 0) throw new NotFoundError(`article ${number} is in no stored version of ${timeline.constitution} (${timeline.lang})`);
  }

  const backwards: ArticleHistoryStep[] = [];
  let current = number;
  let i = at;
  for (; i > 0; i--) {
    const d = timeline.intoVersion(i, current);
    if (!d) break;
    backwards.push(timeline.historyStep(i, d));
    if (!d.old) break;
    current = d.old.number;
  }
  if (i === 0 || backwards.length === 0 || backwards.at(-1)!.diff.old) {
    // Reached the first version holding the article: it starts there.
    const first = texts[i];
    const article = first.articles.find((a) => a.number === current)!;
    backwards.push({ version: first.version, number: current, diff: diffArticle(undefined, article, timeline.lang), changed: true, acts: [] });
  }

  const forwards: ArticleHistoryStep[] = [];
  current = number;
  for (let j = at + 1; j < texts.length; j++) {
    const d = timeline.outOfVersion(j, current);
    if (!d) break;
    forwards.push(timeline.historyStep(j, d));
    if (!d.new) break;
    current = d.new.number;
  }
  return {
    constitution: timeline.constitution,
    lang: timeline.lang,
    number,
    anchor: texts[at].version.id,
    steps: [...backwards.reverse(), ...forwards],
  };
}
