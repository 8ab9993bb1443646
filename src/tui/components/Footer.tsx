// Bottom row: the open prompt, a transient message, or the key help.
import { Text } from 'ink';
import type { Prompt } from '../state.js';
import { truncateToWidth } from '../segments.js';

// Most needed first: narrow terminals cut the end.
export const KEY_HELP = 'q quit · ? help · j/k move · Tab pane · s split · c changed · / search · g jump · v versions';

/** Which optional keys the App offers (each needs an injected loader). */
export interface OptionalKeys {
  history?: boolean;
  parallel?: boolean;
}

/** The key help with the optional keys that are available, after the pane keys. */
export function keyHelp(keys: OptionalKeys = {}): string {
  const extra = [keys.history ? 'h history' : '', keys.parallel ? 'l languages' : ''].filter(Boolean);
  return extra.length ? KEY_HELP.replace(' · s split', ` · ${extra.join(' · ')} · s split`) : KEY_HELP;
}

export const HISTORY_HELP = 'Esc/h back · ↑/↓ j/k PgUp/PgDn scroll · Home/End';

export function Footer({ prompt, matches, message, width, help = KEY_HELP }: {
  prompt: Prompt | null; matches: number; message: string | null; width: number; help?: string;
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
  return <Text dimColor wrap="truncate-end">{truncateToWidth(help, width)}</Text>;
}
