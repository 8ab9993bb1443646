// Top two rows: the compared versions and the summary counts.
import { Text } from 'ink';
import type { VersionDiff } from '../../types.js';
import { SUMMARY_ORDER } from '../../report/format.js';
import { statusCountText } from '../../report/messages.js';
import { sanitizeForTerminal } from '../sanitize.js';
import { truncateToWidth } from '../segments.js';

/** `6/7 changed · 3 amended · 1 added · …` with zero counts left out. */
export function summaryText(diff: VersionDiff): string {
  const { summary } = diff;
  const parts = [`${summary.changed}/${summary.total} changed`];
  for (const status of SUMMARY_ORDER) {
    if (status !== 'unchanged' && summary.articles[status]) parts.push(statusCountText(summary, status));
  }
  parts.push(`+${summary.wordsAdded} -${summary.wordsRemoved} words`);
  return parts.join(' · ');
}

/** `kz rus  2019-03-23 (…) → 2022-06-08 (…)`; `rus+kaz` while both languages are shown. */
export function versionsText(diff: VersionDiff, secondLang?: string): string {
  const side = (v: VersionDiff['from']) => `${v.id}${v.label ? ` (${v.label})` : ''}`;
  const langs = secondLang ? `${diff.lang}+${secondLang}` : diff.lang;
  return sanitizeForTerminal(`${diff.constitution} ${langs}  ${side(diff.from)} → ${side(diff.to)}`);
}

export function Header({ diff, width, secondLang }: { diff: VersionDiff; width: number; secondLang?: string }) {
  return (
    <>
      <Text bold wrap="truncate-end">{truncateToWidth(versionsText(diff, secondLang), width)}</Text>
      <Text wrap="truncate-end">{truncateToWidth(summaryText(diff), width)}</Text>
    </>
  );
}
