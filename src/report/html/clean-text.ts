// Text that goes into the report: constitution wording is kept as is, except for
// terminal control sequences and other control characters, which have no place
// in a document (and could smuggle escapes into a terminal when the HTML is cat'ed).

import { stripControls } from '../format.js';

/** Removes terminal escape sequences and control characters; everything else is kept verbatim. */
export const cleanText = stripControls;

/** Only plain web links become `href`s; anything else (`javascript:`, `data:`) is shown as text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
