// Text that goes into the report: constitution wording is kept as is, except for
// terminal control sequences and other control characters, which have no place
// in a document (and could smuggle escapes into a terminal when the HTML is cat'ed).

// CSI (`ESC [ … m`), OSC (`ESC ] … BEL` / `ESC ] … ESC \`) and two-byte ESC sequences.
const ESCAPE_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]?/g;
// Remaining C0 controls except tab and newline, DEL, and C1 controls.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Removes terminal escape sequences and control characters; everything else is kept verbatim. */
export function cleanText(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, '');
}

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
