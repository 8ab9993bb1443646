// Bottom row: the open prompt, a transient message, or the key help.
import { Text } from 'ink';
import type { Prompt } from '../state.js';
import { truncateToWidth } from '../wrap.js';

// Most needed first: narrow terminals cut the end.
export const KEY_HELP = 'q quit · ? help · j/k move · Tab pane · s split · c changed · / search · g jump · v versions';

export function Footer({ prompt, matches, message, width }: {
  prompt: Prompt | null; matches: number; message: string | null; width: number;
}) {
  if (prompt) {
    const head = prompt.kind === 'search' ? '/' : 'Article: ';
    const tail = prompt.kind === 'search' ? `  (${matches} match${matches === 1 ? '' : 'es'}) Enter apply · Esc cancel` : '  Enter go · Esc cancel';
    // Keep the end of a long query visible next to the cursor.
    const room = Math.max(1, width - head.length - 1 - tail.length);
    const text = prompt.text.length > room ? prompt.text.slice(-room) : prompt.text;
    return <Text wrap="truncate-end">{truncateToWidth(`${head}${text}▏${tail}`, width)}</Text>;
  }
  if (message) return <Text color="yellow" wrap="truncate-end">{truncateToWidth(message, width)}</Text>;
  return <Text dimColor wrap="truncate-end">{truncateToWidth(KEY_HELP, width)}</Text>;
}
