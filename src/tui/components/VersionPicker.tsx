// `v`: choose the "from" version, then the "to" version, from the store's list.
import { Box, Text } from 'ink';
import type { VersionInfo } from '../../types.js';
import { sanitizeForTerminal } from '../sanitize.js';
import { truncateToWidth } from '../segments.js';
import { listWindowStart } from './ListPane.js';

export function VersionPicker({ versions, step, cursor, fromId, width, rows }: {
  versions: VersionInfo[]; step: 'from' | 'to'; cursor: number; fromId?: string; width: number; rows: number;
}) {
  const inner = width - 4;
  const title = step === 'from'
    ? 'Compare FROM which version? (↑/↓, Enter; Esc cancel)'
    : `Compare ${fromId} TO which version? (↑/↓, Enter; Esc cancel)`;
  const listRows = Math.max(1, rows - 2);
  const start = listWindowStart(cursor, versions.length, listRows);
  return (
    <Box width={width} height={rows + 2} flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1}>
      <Text bold wrap="truncate-end">{truncateToWidth(title, inner)}</Text>
      <Text> </Text>
      {versions.slice(start, start + listRows).map((version, i) => {
        const index = start + i;
        const text = sanitizeForTerminal(`${index === cursor ? '>' : ' '} ${version.id}  ${version.label}${version.id === fromId ? '  (from)' : ''}`);
        return <Text key={version.id} inverse={index === cursor} wrap="truncate-end">{truncateToWidth(text, inner)}</Text>;
      })}
    </Box>
  );
}
