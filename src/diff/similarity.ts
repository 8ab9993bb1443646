// Cheap content similarity for pairing articles and blocks.
//
// Measure: Dice coefficient 2|A∩B| / (|A|+|B|) over the SETS of word bigrams of
// the normalized, lower-cased text (word unigrams for texts under 3 words).
// Bigrams keep unrelated texts low (function words alone rarely repeat as pairs)
// while a text with a few words changed keeps most of its pairs. No word diff is
// run for pairing, so matching n articles costs O(total words) plus set lookups.
import { isPlainCode, normalizeChars } from './normalize.js';
import { scanWords } from './tokenize.js';

/**
 * Hashed features (32-bit FNV-1a of words, combined for bigrams), kept to 31 bits
 * (`>> 1`): numbers are cheaper than strings, and 31-bit integers are V8's small
 * integers, which Maps and Sets hash without allocating.
 */
export type Features = Set<number>;

function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function features(text: string): Features {
  const lower = text.toLowerCase();
  const hashes: number[] = [];
  scanWords(lower, (start, end) => {
    // Most words need no normalizing: hashed in place, without a copy (same hash as hashWord).
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      const c = lower.charCodeAt(i);
      if (!isPlainCode(c)) {
        hashes.push(hashWord(normalizeChars(lower.slice(start, end))));
        return;
      }
      h = Math.imul(h ^ c, 0x01000193);
    }
    hashes.push(h >>> 0);
  });
  const out: Features = new Set();
  if (hashes.length < 3) {
    for (const h of hashes) out.add(h >> 1);
    return out;
  }
  for (let i = 1; i < hashes.length; i++) out.add((Math.imul(hashes[i - 1], 0x9e3779b1) ^ hashes[i]) >> 1);
  return out;
}

export function dice(a: Features, b: Features): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const f of small) if (large.has(f)) common++;
  return (2 * common) / (a.size + b.size);
}

/** Similarity of two texts in 0..1 (1 for texts equal up to formatting). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return dice(features(a), features(b));
}
