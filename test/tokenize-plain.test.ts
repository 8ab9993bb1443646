// The plain-text word breaker of tokenize.ts (segmentPlain) against Intl.Segmenter:
// the same tokens for every block text of every bundled version in both languages,
// and for random strings made mostly of the characters it handles itself, with
// the joining marks (. ' : , ;) between letters and digits in every combination.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { openStore } from '../src/store/index.js';
import { SEGMENT_CHUNK, tokenize } from '../src/diff/tokenize.js';
import type { Lang } from '../src/types.js';

const viaSegmenter = (text: string, lang: Lang) => tokenize(text, lang, SEGMENT_CHUNK, false);

test('plain word breaking gives the tokens Intl.Segmenter gives, on every bundled text', () => {
  const store = openStore();
  let texts = 0;
  for (const v of store.constitution('kz').versions) {
    for (const lang of v.languages) {
      for (const a of store.readVersion('kz', v.id, lang)) {
        for (const b of a.blocks) {
          assert.deepEqual(tokenize(b.text, lang), viaSegmenter(b.text, lang), `${v.id} ${lang} article ${a.number}: ${b.text.slice(0, 80)}`);
          texts++;
        }
      }
    }
  }
  assert.ok(texts > 5000, `${texts} texts`);
});

test('plain word breaking gives the tokens Intl.Segmenter gives, on random strings', () => {
  // Letters, digits, spaces, every mark the plain breaker handles, and a few it does not
  // (Latin schwa, a combining accent, NNBSP, soft hyphen, underscore), so both paths run.
  const plain = [...'абвяёЁӘәҚқіІһҺүҮabzXYZ0159 \n\t\u00a0.\',:;!?()[]«»"-–—/%§№*+=<>&#@$^~|{}'];
  const other = ['ə', '\u0301', '\u202f', '\u00ad', '_', '\u0483', '\u0482', '\ufeff'];
  const plainText = fc.array(fc.constantFrom(...plain), { maxLength: 60 }).map((c) => c.join(''));
  const mixed = fc.array(fc.constantFrom(...plain, ...other), { maxLength: 60 }).map((c) => c.join(''));
  fc.assert(fc.property(fc.oneof({ weight: 4, arbitrary: plainText }, { weight: 1, arbitrary: mixed }), fc.constantFrom<Lang>('rus', 'kaz'), (t, lang) => {
    assert.deepEqual(tokenize(t, lang), viaSegmenter(t, lang));
  }), { numRuns: 20000 });
});
