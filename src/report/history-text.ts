// Plain-text views of versions over time: the text in force on a date
// (`at`), acts behind a comparison (`attribution`), the life of one article
// (`history`) and the origin of each point (`blame`). Word changes use the same
// `[-removed-]` / `{+added+}` markers as the text report; color is optional.
// Constitution text is stripped of control characters before it is printed.
import { Chalk } from 'chalk';
import type {
  Article, ArticleBlame, ArticleHistory, ArticlePending, AttributedAct, BlockDiff, InForce, NumberingChange, PendingWording,
  VersionAttribution, VersionInfo,
} from '../types.js';
import { formatArticle } from './article-text.js';
import { changedBlocksInContext, oneLine, shownOps, STATUS_SYMBOL } from './format.js';
import { actSourceWord, articleTitle, messages, STATUS_LABEL } from './messages.js';
import { labelSpans, opSpans } from './text.js';

export interface HistoryTextOptions {
  color?: boolean;
}

/** What a pending wording does: `replaces point 2.`, `adds point 4. at the end`, … */
const describePending = (p: PendingWording): string => messages['pending.does'](p.target, oneLine);
const when = (p: PendingWording): string => messages['pending.when'](p, oneLine);

function pendingLine(x: ArticlePending): string {
  return `  ${articleTitle(oneLine(x.article))}: ${describePending(x.pending)} (${when(x.pending)}, ${oneLine(x.pending.act)})`;
}

function versionLine(v: VersionInfo): string {
  return messages['at.version'](oneLine(v.id), oneLine(v.label), oneLine(v.effective), oneLine(v.act));
}

/** `constdiff at <date>`: the version in force and the pending wording applied or still waiting. */
export function formatAt(x: InForce): string {
  const lines = [
    messages['at.title'](oneLine(x.constitution), x.lang, x.date, versionLine(x.version)),
    '',
    x.applied.length ? messages['at.applied'](x.date, x.applied.length) : messages['at.noneApplied'](x.date),
    ...x.applied.map(pendingLine),
  ];
  if (x.waiting.length) lines.push('', messages['at.waiting'](x.date, x.waiting.length), ...x.waiting.map(pendingLine));
  return lines.join('\n');
}

/** `constdiff at <date> <article>`: the article as in force on the date. */
export function formatAtArticle(x: InForce, article: Article, numbering?: NumberingChange): string {
  const head = [messages['at.inForce'](x.date, versionLine(x.version))];
  if (numbering) head.push(messages['at.numbering'](numbering, x.version.id, oneLine));
  if (x.applied.length) {
    head.push(messages['at.appliedList'](x.applied.map((a) => `${describePending(a.pending)} (${when(a.pending)})`).join('; ')));
  }
  return `${head.join('\n')}\n\n${formatArticle(article, x.version)}`;
}

/** `2022-06-08 № 254-III (footnote)`. */
export function formatAttributedAct(a: AttributedAct): string {
  const source = actSourceWord(a.source, 'short');
  return `${oneLine(a.date)}${a.number ? ` № ${oneLine(a.number)}` : ''} (${source})`;
}

/** `constdiff attribution`: the acts behind each changed article, mismatches marked with `!`. */
export function formatAttribution(x: VersionAttribution): string {
  const changed = x.articles.filter((a) => a.status !== 'unchanged');
  const unexplained = x.articles.filter((a) => a.flag === 'change-without-act');
  const unchangedNamed = x.articles.filter((a) => a.flag === 'act-without-change');
  const lines = [
    messages['attribution.title'](oneLine(x.constitution), x.lang, oneLine(x.from.id), oneLine(x.to.id)),
    `  ${messages['attribution.period'](oneLine(x.from.effective), oneLine(x.to.effective))}`,
    messages['attribution.summary'](changed.length, changed.length - unexplained.length, unexplained.length, unchangedNamed.length),
    '',
  ];
  for (const a of x.articles) {
    const mark = a.flag ? '!' : STATUS_SYMBOL[a.status];
    const former = a.previousNumber !== undefined && a.previousNumber !== a.number ? ` (${messages['article.formerly'](oneLine(a.previousNumber))})` : '';
    const acts = a.acts.length ? `: ${a.acts.map(formatAttributedAct).join(', ')}` : '';
    const flag = a.flag === 'change-without-act' ? messages['attribution.noAct']
      : a.flag === 'act-without-change' ? messages['attribution.noChange'] : '';
    lines.push(`${mark} ${articleTitle(oneLine(a.number))}${former} ${STATUS_LABEL[a.status]}${acts}${flag}`);
  }
  return lines.join('\n');
}

// The tokenizer keeps a terminal control sequence whole (diff/tokenize.ts), so no
// op holds part of one and stripping each op (opSpans) leaves nothing behind.
function blockLine(b: BlockDiff, paint: (s: string, style: string) => string): string {
  // Labels are printed uncoloured, markers and all.
  const label = labelSpans(b).map((s) => s.text).join('');
  return `${'  '.repeat(2 + b.level)}${label ? `${label} ` : ''}${opSpans(shownOps(b.ops)).map((s) => paint(s.text, s.style)).join('')}`;
}

/** `constdiff history`: each version of the article, what changed and by which act. */
export function formatHistory(h: ArticleHistory, options: HistoryTextOptions = {}): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint = (s: string, style: string): string => style === 'del' ? chalk.red.strikethrough(s)
    : style === 'ins' ? chalk.green.underline(s)
      : style === 'delMark' ? chalk.red(s) : style === 'insMark' ? chalk.green(s) : s;
  const numbers = [...new Set(h.steps.flatMap((s) => (s.number ? [s.number] : [])))];
  const lines = [
    chalk.bold(messages['history.title'](articleTitle(oneLine(h.number)), oneLine(h.constitution), h.lang, h.steps.length))
      + (numbers.length > 1 ? ` — ${messages['history.numbered'](numbers.map(oneLine).join(' → '))}` : ''),
  ];
  for (const [i, s] of h.steps.entries()) {
    const d = s.diff;
    const number = s.number ?? d.old?.number ?? h.number;
    let what: string;
    if (i === 0) what = messages['history.first'];
    else if (d.status === 'renumbered') what = messages['history.renumbered'](oneLine(d.previousNumber ?? ''), oneLine(number), d.textChanged);
    else what = STATUS_LABEL[d.status];
    const acts = s.acts.length ? ` · ${messages['history.by'](s.acts.map(formatAttributedAct).join(', '))}`
      : (i > 0 && s.changed ? ` · ${messages['history.noAct']}` : '');
    lines.push('', `${STATUS_SYMBOL[i === 0 ? 'added' : d.status]} ${chalk.bold(oneLine(s.version.id))} ${articleTitle(oneLine(number))}: ${what}${acts}`);
    if (i === 0) {
      const a = d.new!;
      lines.push(...a.blocks.map((b) => `${'  '.repeat(2 + b.level)}${b.label ? `${oneLine(b.label)} ` : ''}${oneLine(b.text)}`));
      continue;
    }
    for (const b of changedBlocksInContext(d.blocks)) lines.push(blockLine(b, paint));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `constdiff blame`: each point prefixed with the version its wording dates
 * from (like `git blame`), then the acts credited with each of those versions.
 */
export function formatBlame(b: ArticleBlame): string {
  const lines = [messages['blame.title'](articleTitle(oneLine(b.number)), oneLine(b.constitution), oneLine(b.version.id), b.lang), ''];
  for (const x of b.blocks) {
    const origin = x.sinceNumber !== b.number ? ` ${messages['blame.article'](oneLine(x.sinceNumber))}` : '';
    lines.push(`${oneLine(x.since.id)}${origin}  ${'  '.repeat(x.level)}${x.label ? `${oneLine(x.label)} ` : ''}${oneLine(x.text)}`);
  }
  const seen = new Set<string>();
  const legend: string[] = [];
  for (const x of [...b.blocks].sort((p, q) => p.since.id.localeCompare(q.since.id))) {
    if (seen.has(x.since.id)) continue;
    seen.add(x.since.id);
    const acts = x.acts.length ? messages['history.by'](x.acts.map(formatAttributedAct).join(', ')) : messages['blame.noAct'];
    legend.push(`  ${oneLine(x.since.id)}: ${oneLine(x.since.label)}; ${acts}`);
  }
  lines.push('', messages['blame.versions'], ...legend);
  return lines.join('\n');
}
