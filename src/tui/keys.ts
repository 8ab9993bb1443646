// Key presses as the App handles them: one at a time. ink hands a chunk of
// plain characters that arrived in one read (keys typed faster than a frame, a
// paste, or `jjj` written at once) to the input handler as one string; split it
// back into single keys so that none is lost.
import type { Key } from 'ink';

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
  home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
  backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The key one character of a plain chunk stands for, as ink reports it when it comes alone. */
function keyOf(char: string): [string, Key] {
  if (char === '\r' || char === '\n' || char === '\r\n') return ['\r', { ...NO_KEY, return: true }];
  if (char === '\t') return ['', { ...NO_KEY, tab: true }];
  if (char === '\u007f' || char === '\b') return ['', { ...NO_KEY, backspace: true }];
  const code = char.codePointAt(0) ?? 0;
  // Ctrl-A … Ctrl-Z arrive as 0x01 … 0x1a; ink reports them as the letter with ctrl.
  if (char.length === 1 && code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [char, { ...NO_KEY, shift: /^[A-Z]$/.test(char) }];
}

const SPECIAL: Array<keyof Key> = [
  'upArrow', 'downArrow', 'leftArrow', 'rightArrow', 'pageDown', 'pageUp', 'home', 'end',
  'return', 'escape', 'ctrl', 'tab', 'backspace', 'delete', 'meta',
];

/** The single key presses in one input event: the event itself unless it is several plain characters. */
export function splitKeys(input: string, key: Key): Array<[string, Key]> {
  if (SPECIAL.some((name) => key[name])) return [[input, key]];
  const chars = [...segmenter.segment(input)].map((s) => s.segment);
  if (chars.length <= 1) return [[input, key]];
  return chars.map(keyOf);
}
