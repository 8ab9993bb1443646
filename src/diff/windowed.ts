// Aligning two token sequences: jsdiff's Myers diff (`diffArrays`), and for very
// long sequences (one paragraph of many thousands of words) the same diff run
// window by window, so the work grows with the length instead of length × edits.
//
// Up to WINDOW tokens a side, the sequences are aligned whole, exactly as before
// (every bundled block is far below that: under 200 tokens). Past it, the next
// WINDOW tokens of each side are aligned; everything up to the end of the last
// run of equal tokens that ends in the first three quarters of both windows is
// kept (the alignment near a window's far edge is provisional), and the next
// windows start there. 1,000 keeps the work per window small even when every
// third word changed.
// A window with no equal run at all (a rewrite longer than a window) falls back to
// aligning the rest whole, within the usual limits.
import { diffArrays } from 'diff';

export interface Run {
  count: number;
  added: boolean;
  removed: boolean;
}

export interface AlignOptions<T> {
  comparator: (a: T, b: T) => boolean;
  maxEditLength: number;
  timeout: number;
}

/** Tokens a side aligned in one piece. */
export const WINDOW = 1000;

/** Runs of equal, removed and added tokens, or undefined when the alignment is too costly. */
export function alignSequences<T>(a: readonly T[], b: readonly T[], options: AlignOptions<T>): Run[] | undefined {
  const runs: Run[] = [];
  let i = 0;
  let k = 0;
  while (a.length - i > WINDOW || b.length - k > WINDOW) {
    const window = whole(a.slice(i, i + WINDOW), b.slice(k, k + WINDOW), options);
    const keep = window && keptPart(window);
    if (!keep) break;
    for (const run of keep.runs) append(runs, run);
    i += keep.old;
    k += keep.new;
  }
  const rest = whole(a.slice(i), b.slice(k), options);
  if (!rest) return undefined;
  for (const run of rest) append(runs, run);
  return runs;
}

let timedOut = 0;

/**
 * How many alignments so far gave up on `timeout` (a figure that depends on the
 * machine's load, unlike everything else the engine does): results computed while
 * it grew are not kept in caches.
 */
export function timedOutAlignments(): number {
  return timedOut;
}

/**
 * Aligns two sequences in one piece. The time limit applies only past two windows'
 * worth of tokens: below, `maxEditLength` alone bounds the work to a few million
 * steps, and the result must not depend on how busy the machine is (a paused
 * process used to hit the limit on ordinary paragraphs and show them replaced whole).
 */
function whole<T>(a: T[], b: T[], options: AlignOptions<T>): Run[] | undefined {
  const timed = a.length + b.length > 2 * WINDOW;
  const start = timed ? Date.now() : 0;
  const changes = diffArrays(a, b, { comparator: options.comparator, maxEditLength: options.maxEditLength, ...(timed ? { timeout: options.timeout } : {}) });
  if (!changes && timed && Date.now() - start >= options.timeout) timedOut++;
  return changes?.map((c) => ({ count: c.count ?? c.value.length, added: Boolean(c.added), removed: Boolean(c.removed) }));
}

/** The runs of a window up to the end of its last equal run inside the first three quarters (or any, if none ends there). */
function keptPart(window: Run[]): { runs: Run[]; old: number; new: number } | undefined {
  const limit = (WINDOW * 3) / 4;
  let old = 0;
  let added = 0;
  let best: { end: number; old: number; new: number } | undefined;
  window.forEach((run, index) => {
    if (!run.added) old += run.count;
    if (!run.removed) added += run.count;
    if (run.added || run.removed) return;
    if (!best || (old <= limit && added <= limit)) best = { end: index + 1, old, new: added };
  });
  return best && { runs: window.slice(0, best.end), old: best.old, new: best.new };
}

function append(runs: Run[], run: Run): void {
  const last = runs[runs.length - 1];
  if (last && last.added === run.added && last.removed === run.removed) last.count += run.count;
  else runs.push({ ...run });
}
