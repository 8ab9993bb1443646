// Cheap content similarity for pairing articles and blocks.
//
// Measure: Dice coefficient 2|A∩B| / (|A|+|B|) over the SETS of word bigrams of
// the normalized, lower-cased text (word unigrams for texts under 3 words).
// Bigrams keep unrelated texts low (function words alone rarely repeat as pairs)
// while a text with a few words changed keeps most of its pairs. No word diff is
// run for pairing, so matching n articles costs O(total words) plus set lookups.
import { comparableText } from './normalize.js';
import { wordsOf } from './tokenize.js';

export type Features = Set<string>;

export function features(text: string): Features {
  const words = wordsOf(comparableText(text));
  const out = new Set<string>();
  if (words.length < 3) {
    for (const w of words) out.add(w);
    return out;
  }
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
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
