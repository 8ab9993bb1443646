// Word-level pieces of the diff engine: tokenizer, normalization, word ops, similarity.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newSide, oldSide, similarity, tokenize, wordDiff } from '../src/diff/index.js';
import { isRepealedText, normalizeText, sectionKey } from '../src/diff/normalize.js';
import { wordDiffDetailed } from '../src/diff/word-diff.js';

const DEATH_OLD = 'Никто не вправе произвольно лишать человека жизни. Смертная казнь устанавливается законом как '
  + 'исключительная мера наказания за террористические преступления, сопряженные с гибелью людей, а также за особо '
  + 'тяжкие преступления, совершенные в военное время, с предоставлением приговоренному права ходатайствовать о помиловании.';
const DEATH_NEW = 'Никто не вправе произвольно лишать человека жизни. Смертная казнь запрещается.';

describe('tokenize', () => {
  it('keeps Kazakh letters inside words and makes punctuation its own token', () => {
    const toks = tokenize('Қазақстан Республикасының әділ сот ҚР-ның 3-1. «заңы»;', 'kaz');
    assert.deepEqual(toks.filter((t) => t.kind === 'word').map((t) => t.text),
      ['Қазақстан', 'Республикасының', 'әділ', 'сот', 'ҚР', 'ның', '3', '1', 'заңы']);
    assert.deepEqual(toks.filter((t) => t.kind === 'punct').map((t) => t.text), ['-', '-', '.', '«', '»', ';']);
  });

  it('keeps a Latin i inside a Kazakh word in that word', () => {
    const words = tokenize('мемлекеттiк билiгiн', 'kaz').filter((t) => t.kind === 'word').map((t) => t.text);
    assert.deepEqual(words, ['мемлекеттiк', 'билiгiн']);
  });

  it('covers the text exactly, whitespace runs included', () => {
    const text = ' Статья  1 .\nКаждый…  имеет (право) ';
    const toks = tokenize(text, 'rus');
    assert.equal(toks.map((t) => t.text).join(''), text);
    for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(toks.some((t) => t.kind === 'space' && t.text === '  '));
  });
});

describe('normalize', () => {
  it('treats spacing around punctuation and double spaces as formatting', () => {
    assert.equal(normalizeText('установлен  законом .'), normalizeText('установлен законом.'));
    assert.equal(normalizeText('( защитника )'), normalizeText('(защитника)'));
    assert.notEqual(normalizeText('законом.'), normalizeText('законом;'));
  });

  it('maps Latin look-alikes inside Cyrillic words, not in Latin words', () => {
    assert.equal(normalizeText('билiгiн ІІІ'), normalizeText('билігін III'));
    assert.equal(normalizeText('Cтатья'), normalizeText('Статья')); // Latin C
    assert.equal(normalizeText('COVID'), 'COVID');
    assert.notEqual(normalizeText('билігін'), normalizeText('билиги'));
  });

  it('keys sections by their number', () => {
    assert.equal(sectionKey('Раздел IХ. Заключительные и переходные положения'), 'IX'); // Cyrillic Х
    assert.equal(sectionKey('Раздел IX Заключительные и переходные положения'), 'IX');
    assert.equal(sectionKey('IX бөлім'), 'IX');
    assert.equal(sectionKey('Раздел I.'), sectionKey('Раздел I. Общие положения'));
    assert.notEqual(sectionKey('Раздел II'), sectionKey('Раздел III'));
    assert.equal(sectionKey(null), '');
  });

  it('recognizes repealed stubs', () => {
    assert.ok(isRepealedText('Исключена.'));
    assert.ok(isRepealedText('исключена'));
    assert.ok(isRepealedText('Алып тасталды.'));
    assert.ok(!isRepealedText('Исключена возможность'));
  });
});

describe('wordDiff', () => {
  it('shows the abolition of the death penalty as one deletion and one insertion', () => {
    const ops = wordDiff(DEATH_OLD, DEATH_NEW, 'rus');
    assert.deepEqual(ops, [
      { type: 'equal', text: 'Никто не вправе произвольно лишать человека жизни. Смертная казнь ' },
      { type: 'delete', text: DEATH_OLD.slice(DEATH_OLD.indexOf('устанавливается'), -1) },
      { type: 'insert', text: 'запрещается' },
      { type: 'equal', text: '.' },
    ]);
  });

  it('keeps exact whitespace on both sides', () => {
    const a = 'установлен  законом . Да';
    const bb = 'установлен законом. Нет';
    const ops = wordDiff(a, bb, 'rus');
    assert.equal(oldSide(ops), a);
    assert.equal(newSide(ops), bb);
    assert.deepEqual(ops.filter((o) => o.type === 'insert'), [{ type: 'insert', text: 'Нет' }]);
  });

  it('marks whitespace and look-alike letter edits as formatting', () => {
    const ops = wordDiffDetailed('мемлекеттiк  билiгiн .', 'мемлекеттік билігін.', 'kaz');
    const edits = ops.filter((o) => o.type !== 'equal');
    assert.ok(edits.length > 0);
    assert.ok(edits.every((o) => o.format), JSON.stringify(ops));
    const real = wordDiffDetailed('мемлекеттiк билiгiн', 'мемлекеттік билік', 'kaz').filter((o) => o.type !== 'equal' && !o.format);
    assert.deepEqual(real.map((o) => o.text), ['билiгiн', 'билік']);
  });

  it('marks "<*>" note marks as formatting', () => {
    const ops = wordDiffDetailed('о помиловании. <*>', 'о помиловании.', 'rus');
    assert.deepEqual(ops, [{ type: 'equal', text: 'о помиловании.' }, { type: 'delete', text: ' <*>', format: true }]);
    assert.equal(normalizeText('текст. <*>'), normalizeText('текст.'));
  });

  it('handles empty sides', () => {
    assert.deepEqual(wordDiff('', 'Новый текст.', 'rus'), [{ type: 'insert', text: 'Новый текст.' }]);
    assert.deepEqual(wordDiff('Старый текст.', '', 'rus'), [{ type: 'delete', text: 'Старый текст.' }]);
    assert.deepEqual(wordDiff('', '', 'rus'), []);
  });

  it('inserts a word in place', () => {
    assert.deepEqual(wordDiff('выборы в Парламент;', 'выборы в Мажилис Парламента;', 'rus'), [
      { type: 'equal', text: 'выборы в ' },
      { type: 'delete', text: 'Парламент' },
      { type: 'insert', text: 'Мажилис Парламента' },
      { type: 'equal', text: ';' },
    ]);
    assert.deepEqual(wordDiff('Президент назначает выборы.', 'Президент Республики назначает выборы.', 'rus'), [
      { type: 'equal', text: 'Президент ' },
      { type: 'insert', text: 'Республики ' },
      { type: 'equal', text: 'назначает выборы.' },
    ]);
  });

  it('falls back to a whole-text replacement when the edit is too long to align', () => {
    const a = 'один два три четыре пять шесть семь восемь';
    const bb = 'раз два три пять шесть семь девять десять';
    assert.deepEqual(wordDiff(a, bb, 'rus', { maxEditLength: 2 }), [
      { type: 'delete', text: a }, { type: 'insert', text: bb },
    ]);
    const normal = wordDiff(a, bb, 'rus');
    assert.ok(normal.some((o) => o.type === 'equal'));
  });
});

describe('similarity', () => {
  it('is 1 for equal text, high for a small edit, low for unrelated text', () => {
    const text = 'Государственным языком Республики Казахстан является казахский язык.';
    assert.equal(similarity(text, text), 1);
    assert.equal(similarity(text, 'Государственным  языком Республики Казахстан является казахский язык .'), 1);
    assert.ok(similarity(DEATH_OLD, DEATH_OLD.replace('военное', 'мирное')) > 0.85);
    assert.ok(similarity(text, 'Каждый имеет право на жизнь, личную свободу и неприкосновенность жилища.') < 0.1);
  });
});

describe('countWords', () => {
  it('counts the words wordsOf finds, on any text (surrogate pairs and lone surrogates included)', async () => {
    const fc = (await import('fast-check')).default;
    const { countWords, wordsOf } = await import('../src/diff/tokenize.js');
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('а', 'ә', 'Қ', 'і', '1', ' ', '-', '.', '\u0301', '😀', '𝐀', '\ud800', '\udc00'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 });
    fc.assert(fc.property(text, (t) => countWords(t) === wordsOf(t).length), { numRuns: 3000 });
    assert.equal(countWords('Қазақстан Республикасының 3-1. «заңы» 😀 𝐀𝐁'), 6);
  });
});
