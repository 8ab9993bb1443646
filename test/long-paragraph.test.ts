// Long paragraphs stay near-linear. Intl.Segmenter is handed bounded pieces cut
// where word breaking always breaks, which must give exactly the tokens of the
// whole string: checked on every bundled article (Russian and Kazakh) with a cut
// at every possible place, and on random text full of marks that join across
// spaces (combining accents, ZWJ, emoji, NBSP). A 1 MB paragraph is then
// tokenized and diffed; the alignment's work is counted, not timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { openStore } from '../src/store/index.js';
import { SEGMENT_CHUNK, tokenize, type Token } from '../src/diff/tokenize.js';
import { wordDiff } from '../src/diff/word-diff.js';
import { alignSequences, WINDOW } from '../src/diff/windowed.js';
import type { Lang } from '../src/types.js';

/** Every article text of every bundled version and language: each paragraph, and each article as one string. */
function bundledTexts(): { where: string; lang: Lang; text: string }[] {
  const store = openStore();
  const out: { where: string; lang: Lang; text: string }[] = [];
  for (const c of store.constitutions()) {
    for (const v of c.versions) {
      for (const lang of v.languages) {
        for (const a of store.readVersion(c.id, v.id, lang)) {
          const blocks = [...a.blocks, ...a.pending.flatMap((p) => p.blocks)].map((b) => b.text);
          const notes = [...a.footnotes, ...a.notes].map((n) => n.text);
          out.push({ where: `${v.id}/${lang}/${a.number}`, lang, text: [...blocks, ...notes].join('\n\n') });
        }
      }
    }
  }
  return out;
}

const shape = (tokens: Token[]) => tokens.map((t) => `${t.kind}:${t.start}:${t.text}`);

test('cut into pieces at every safe place, every bundled article gives the tokens of the whole text', () => {
  const texts = bundledTexts();
  assert.ok(texts.some((t) => t.lang === 'kaz') && texts.some((t) => t.lang === 'rus'));
  assert.ok(texts.length > 800, `${texts.length} articles`);
  for (const { where, lang, text } of texts) {
    const whole = shape(tokenize(text, lang, Infinity));
    assert.deepEqual(shape(tokenize(text, lang, 1)), whole, where); // a cut at every safe place
    assert.deepEqual(shape(tokenize(text, lang, 300)), whole, where);
    assert.deepEqual(shape(tokenize(text, lang)), whole, where);
  }
});

test('random text with marks that join across spaces: pieces give the tokens of the whole', () => {
  const parts = ['Республика', 'қазақ', 'Iнженер', 'abc', '2022', '3-1', ' ', '  ', '\u00a0', '\n', '.', ',', '«', '»', '…', '-', '’', "'",
    '\u0301', '\u0306', '\u200d', '\u200b', '\u2060', '👍', '👍🏽', '🇰🇿', 'ё', 'ї', '\u0483', '҂', 'Ω', 'ß', 'ﬁ', '٣', 'ไทย', '中文', 'ǅ', '\t', '_'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 80 }), fc.constantFrom<Lang>('rus', 'kaz'), (pieces, lang) => {
    const text = pieces.join('');
    assert.deepEqual(shape(tokenize(text, lang, 1)), shape(tokenize(text, lang, Infinity)), JSON.stringify(text));
  }), { numRuns: 3000 });
});

/** About `size` characters of one paragraph: the bundled 2022 text run together, repeated. */
function paragraph(size: number): string {
  const store = openStore();
  const text = store.readVersion('kz', '2022-06-08', 'rus').flatMap((a) => a.blocks.map((b) => b.text)).join(' ');
  let out = '';
  while (out.length < size) out += `${text} `;
  return out.slice(0, size);
}

/** The same paragraph with every 7th "Республик…" changed and a sentence inserted every ~50,000 characters. */
function edited(text: string): string {
  let n = 0;
  return text.replace(/Республик/gu, (m) => (++n % 7 === 0 ? 'Государств' : m))
    .replace(/\. (?=[А-Я])/gu, (m, at: number) => (at % 50_000 < 60 ? '. Вставленное предложение о новом порядке. ' : m));
}

test('a 1 MB paragraph: the segmenter only ever sees bounded pieces, and the diff rebuilds both texts with the edits found', { timeout: 300_000 }, () => {
  const a = paragraph(1_000_000);
  const b = edited(a);
  const sizes: number[] = [];
  const segment = Intl.Segmenter.prototype.segment;
  Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
    sizes.push(input.length);
    return segment.call(this, input);
  };
  let tokens: Token[];
  let ops: ReturnType<typeof wordDiff>;
  try {
    tokens = tokenize(a, 'rus');
    ops = wordDiff(a, b, 'rus');
  } finally {
    Intl.Segmenter.prototype.segment = segment;
  }
  assert.equal(tokens.map((t) => t.text).join(''), a);
  assert.ok(Math.max(...sizes) < SEGMENT_CHUNK + 100, `largest piece ${Math.max(...sizes)}`);
  assert.equal(ops.filter((o) => o.type !== 'insert').map((o) => o.text).join(''), a);
  assert.equal(ops.filter((o) => o.type !== 'delete').map((o) => o.text).join(''), b);
  // Aligned word by word, not given up on as one whole replacement.
  const inserted = ops.filter((o) => o.type === 'insert');
  const changedWords = (a.match(/Республик/gu)?.length ?? 0) / 7;
  assert.ok(inserted.length > changedWords * 0.9, `${inserted.length} insertions for about ${changedWords} changed words`);
  assert.ok(inserted.every((o) => o.text.length < 200), 'every insertion is a word or the inserted sentence');
  assert.ok(inserted.some((o) => o.text.includes('Вставленное предложение о новом порядке.')));
});

test('aligning long token sequences: the comparisons grow linearly with the length', () => {
  // Token streams with an edit every ~20 tokens (the case that is quadratic in one piece).
  const stream = (n: number, seed: number) => Array.from({ length: n }, (_, i) => (i % 20 === seed % 20 ? `x${i}` : `w${i % 977}`));
  const comparisons = (n: number): number => {
    let count = 0;
    const runs = alignSequences(stream(n, 0), stream(n, 7), {
      comparator: (x, y) => { count++; return x === y; }, maxEditLength: Infinity, timeout: Infinity,
    });
    assert.ok(runs, 'aligned');
    assert.equal(runs.filter((r) => !r.added).reduce((s, r) => s + r.count, 0), n);
    return count;
  };
  const small = comparisons(WINDOW * 8);
  const large = comparisons(WINDOW * 64);
  assert.ok(large / small < 8 * 1.5, `8× the tokens took ${(large / small).toFixed(1)}× the comparisons`);
  // Short sequences are aligned whole, as before.
  assert.equal(alignSequences(['a', 'b'], ['a', 'c'], { comparator: (x, y) => x === y, maxEditLength: 10, timeout: 100 })!.length, 3);
});

test('a long paragraph with every third word changed is still aligned word by word, window by window', { timeout: 300_000 }, () => {
  const a = paragraph(200_000);
  let n = 0;
  const b = a.replace(/[А-Яа-яё]+/gu, (m) => (++n % 3 === 0 ? `${m}х` : m));
  const ops = wordDiff(a, b, 'rus', { timeout: Infinity });
  assert.equal(ops.filter((o) => o.type !== 'insert').map((o) => o.text).join(''), a);
  assert.equal(ops.filter((o) => o.type !== 'delete').map((o) => o.text).join(''), b);
  const inserted = ops.filter((o) => o.type === 'insert');
  assert.ok(inserted.length > (n / 3) * 0.5, `${inserted.length} insertions for ${Math.floor(n / 3)} changed words`);
  assert.ok(inserted.every((o) => o.text.length < 500), 'no insertion swallows a large part of the paragraph');
});
