// One step of an article's history seen as a tiny comparison (the previous
// version against this one, holding just this article), so the report's
// redline and side-by-side views render it unchanged.
import type { ArticleDiff, ArticleHistory, ArticleHistoryStep, ChangeStatus, VersionDiff } from '../../types.js';
import { CHANGE_STATUSES } from '../../types.js';
import { slug } from './anchors.js';
import type { ReportContext } from './context.js';
import { HTML_LANG } from './labels.js';

/** Fragment id of a step: `v-2022-06-08`. */
export function stepId(step: ArticleHistoryStep): string {
  return `v-${slug(step.version.id)}`;
}

function oneArticleDiff(history: ArticleHistory, index: number): VersionDiff {
  const step = history.steps[index]!;
  const d: ArticleDiff = step.diff;
  const articles = Object.fromEntries(CHANGE_STATUSES.map((s) => [s, s === d.status ? 1 : 0])) as Record<ChangeStatus, number>;
  return {
    constitution: history.constitution,
    lang: history.lang,
    // The first step has no predecessor: it is compared with nothing, in its own version.
    from: history.steps[index - 1]?.version ?? step.version,
    to: step.version,
    options: { exact: false },
    summary: {
      wordsAdded: d.counts.wordsAdded, wordsRemoved: d.counts.wordsRemoved, changeRatio: d.counts.changeRatio,
      articles, changed: d.status === 'unchanged' ? 0 : 1, total: 1,
      alsoAmended: {
        renumbered: d.status === 'renumbered' && d.textChanged ? 1 : 0, moved: d.status === 'moved' && d.textChanged ? 1 : 0,
      },
    },
    articles: [d],
  };
}

export function stepContext(history: ArticleHistory, index: number): ReportContext {
  const diff = oneArticleDiff(history, index);
  const id = stepId(history.steps[index]!);
  return { diff, lang: history.lang, textLang: HTML_LANG[history.lang] ?? history.lang, idOf: () => id };
}
