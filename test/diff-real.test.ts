// The diff engine on the bundled store (constitution/kz). Expected values were
// checked by reading the source exports, not copied from the engine's output.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffVersions } from '../src/diff/index.js';
import { openStore } from '../src/store/index.js';
import type { ArticleDiff, BlockDiff, Lang, VersionDiff } from '../src/types.js';
import { assertRoundTrip } from './fixtures/diff-articles.js';

const store = openStore();
const kz = store.constitution('kz');
const version = (id: string) => {
  const v = kz.versions.find((x) => x.id === id);
  assert.ok(v, `version ${id} is bundled`);
  return v;
};

function diff(from: string, to: string, lang: Lang, exact = false): VersionDiff {
  return diffVersions({
    constitution: 'kz', lang, from: version(from), to: version(to),
    oldArticles: store.readVersion('kz', from, lang), newArticles: store.readVersion('kz', to, lang),
  }, { exact });
}

const article = (vd: VersionDiff, n: string): ArticleDiff => {
  const a = vd.articles.find((x) => x.number === n);
  assert.ok(a, `article ${n} is in the diff`);
  return a;
};
const block = (a: ArticleDiff, label: string): BlockDiff => {
  const b = a.blocks.find((x) => x.newLabel === label);
  assert.ok(b, `article ${a.number} has block ${label}`);
  return b;
};
const inserted = (b: BlockDiff) => b.ops.filter((o) => o.type === 'insert').map((o) => o.text.trim());
const deleted = (b: BlockDiff) => b.ops.filter((o) => o.type === 'delete').map((o) => o.text.trim());
const numbers = (vd: VersionDiff, status: string) => vd.articles.filter((a) => a.status === status).map((a) => a.number);

// Articles whose in-force wording the Law of 08.06.2022 changed at once.
const AMENDED_2022 = ['6', '15', '23', '24', '42', '43', '44', '46', '52', '53', '55', '56', '57', '58', '71', '82', '83',
  '87', '88', '91'];

describe('2019-03-23 → 2022-06-08 (the referendum)', () => {
  const vd = diff('2019-03-23', '2022-06-08', 'rus');

  it('changes exactly the articles amended in force, adds 83-1 and 99', () => {
    assert.deepEqual(numbers(vd, 'amended'), AMENDED_2022);
    assert.deepEqual(numbers(vd, 'added'), ['83-1', '99']);
    assert.equal(vd.summary.articles.repealed, 0);
    assert.equal(vd.summary.articles.renumbered, 0);
    assert.equal(vd.summary.articles.moved, 0);
    assert.equal(vd.summary.changed, 22);
    assert.equal(vd.articles[0].number, 'preamble');
  });

  it('agrees with the footnotes that name the act of 08.06.2022', () => {
    const news = store.readVersion('kz', '2022-06-08', 'rus');
    const olds = store.readVersion('kz', '2019-03-23', 'rus');
    const footnoted = news.filter((a) => a.footnotes.some((f) => f.acts.some((x) => x.date === '2022-06-08'))).map((a) => a.number);
    const changed = vd.articles.filter((a) => a.status !== 'unchanged').map((a) => a.number);
    assert.deepEqual(changed.filter((n) => !footnoted.includes(n)), [], 'every changed article names the act');
    // Articles 50 and 51 name the act too, but their new wording applies only from the
    // elections of the 8th Mazhilis: it is carried as a pending wording, and the text in
    // force on 08.06.2022 is the old one.
    const mismatch = footnoted.filter((n) => !changed.includes(n));
    assert.deepEqual(mismatch, ['50', '51']);
    for (const n of mismatch) {
      const neu = news.find((a) => a.number === n)!;
      const old = olds.find((a) => a.number === n)!;
      assert.ok(neu.pending.length > 0, `article ${n} carries its new wording as pending`);
      assert.deepEqual(neu.blocks, old.blocks, `article ${n}: in-force text unchanged`);
    }
  });

  it('shows the abolition of the death penalty (article 15)', () => {
    const a = article(vd, '15');
    assert.equal(block(a, '1.').status, 'unchanged');
    const p2 = block(a, '2.');
    assert.equal(p2.status, 'amended');
    assert.deepEqual(inserted(p2), ['запрещается']);
    assert.equal(deleted(p2).length, 1);
    assert.match(deleted(p2)[0], /^устанавливается законом как исключительная мера наказания за террористические преступления/);
    assert.match(deleted(p2)[0], /ходатайствовать о помиловании$/);
    assert.equal(p2.ops[0].text, 'Никто не вправе произвольно лишать человека жизни. Смертная казнь ');
  });

  it('shows the new presidential powers word by word (article 44)', () => {
    const a = article(vd, '44');
    assert.deepEqual(a.blocks.filter((x) => x.status !== 'unchanged').map((x) => x.newLabel), ['3)', '4)', '7)', '19)']);
    assert.equal(a.counts.blocks.unchanged, 19);
    assert.deepEqual(deleted(block(a, '3)')),
      ['отменяет либо приостанавливает полностью или частично действие актов акимов областей, городов республиканского значения и столицы;']);
    assert.deepEqual(inserted(block(a, '3)')), []);
    assert.deepEqual(inserted(block(a, '4)')), ['Конституционного Суда, Председателя', 'Председателя Высшего Судебного Совета,']);
    assert.deepEqual(deleted(block(a, '4)')), []);
    assert.deepEqual(deleted(block(a, '7)')), ['Счетного комитета по контролю за исполнением республиканского бюджета']);
    assert.deepEqual(inserted(block(a, '7)')), ['Высшей аудиторской палаты']);
    assert.deepEqual(deleted(block(a, '19)')), ['секретаря']);
    assert.deepEqual(inserted(block(a, '19)')), ['советника']);
  });

  it('renames the Constitutional Council to the Court in article 71, still article 71', () => {
    const a = article(vd, '71');
    assert.equal(a.matchedBy, 'number');
    assert.equal(a.status, 'amended');
    const p6 = block(a, '6.');
    assert.deepEqual(deleted(p6), ['Совета']);
    assert.deepEqual(inserted(p6), ['Суда']);
  });

  it('finds the same articles changed in the Kazakh text', () => {
    const kaz = diff('2019-03-23', '2022-06-08', 'kaz');
    assert.deepEqual(numbers(kaz, 'amended'), AMENDED_2022);
    assert.deepEqual(numbers(kaz, 'added'), ['83-1', '99']);
    assert.equal(kaz.summary.changed, 22);
  });
});

describe('formatting differences between exports', () => {
  it('does not report "выборы , а также" vs "выборы, а также" unless exact', () => {
    const vd = diff('2007-05-21', '2019-03-23', 'rus');
    const a = article(vd, '3');
    assert.equal(a.status, 'unchanged');
    assert.equal(a.formatOnly, true);
    const p2 = block(a, '2.');
    assert.deepEqual(p2.ops.filter((o) => o.type !== 'equal'), [{ type: 'delete', text: ' ', format: true }]);
    assert.equal(article(diff('2007-05-21', '2019-03-23', 'rus', true), '3').status, 'amended');
  });

  it('does not report the "<*>" note marks of the 2007 export as amendments', () => {
    // 2007: "...ходатайствовать о помиловании. <*>"; 2019: "...о помиловании."
    const a = article(diff('2007-05-21', '2019-03-23', 'rus'), '15');
    assert.equal(a.status, 'unchanged');
    assert.equal(a.formatOnly, true);
    assert.deepEqual(block(a, '2.').ops.filter((o) => o.type !== 'equal'), [{ type: 'delete', text: ' <*>', format: true }]);
  });

  it('does not report the preamble laid out line by line vs as one paragraph', () => {
    const a = article(diff('2007-05-21', '2019-03-23', 'rus'), 'preamble');
    assert.equal(a.status, 'unchanged');
    assert.equal(a.formatOnly, true);
    assert.equal(a.counts.wordsAdded + a.counts.wordsRemoved, 0);
  });
});

describe('2023-01-01 → 2026-03-15 (the new Constitution)', () => {
  const vd = diff('2023-01-01', '2026-03-15', 'rus');

  it('follows the state language from article 7 to 9 and citizenship from 10 to 13', () => {
    const lang = article(vd, '9');
    assert.equal(lang.status, 'renumbered');
    assert.equal(lang.previousNumber, '7');
    assert.equal(lang.matchedBy, 'similarity');
    assert.equal(lang.textChanged, true);
    // "государственным является казахский язык" -> "Государственный язык ... – казахский язык".
    assert.match(lang.old!.blocks[0].text, /государственным является казахский язык/);
    assert.match(lang.new!.blocks[0].text, /^Государственный язык Республики Казахстан – казахский язык\.$/);
    const cit = article(vd, '13');
    assert.equal(cit.status, 'renumbered');
    assert.equal(cit.previousNumber, '10');
    assert.match(cit.new!.blocks[0].text, /^Гражданство Республики Казахстан приобретается и прекращается/);
  });

  it('reports unrelated articles under the same number as repealed and added, not amended', () => {
    // Old 19 (nationality, native language) and new 19 (presumption of innocence).
    const entries = vd.articles.filter((a) => a.number === '19' || a.previousNumber === '19');
    assert.ok(entries.some((a) => a.status === 'added' && a.number === '19' && !a.old));
    assert.ok(!entries.some((a) => a.status === 'amended'));
  });
});

describe('round trip on the bundled store', () => {
  const ids = kz.versions.map((v) => v.id);
  it('rebuilds every version from every other (rus)', () => {
    for (const from of ids) {
      for (const to of ids) {
        if (from === to) continue;
        const vd = diff(from, to, 'rus');
        assertRoundTrip(store.readVersion('kz', from, 'rus'), store.readVersion('kz', to, 'rus'), vd);
      }
    }
  });

  it('rebuilds consecutive versions with exact on', () => {
    for (let i = 0; i + 1 < ids.length; i++) {
      const vd = diff(ids[i], ids[i + 1], 'rus', true);
      assert.equal(vd.options.exact, true);
      assertRoundTrip(store.readVersion('kz', ids[i], 'rus'), store.readVersion('kz', ids[i + 1], 'rus'), vd);
    }
  });

  it('rebuilds the Kazakh texts both ways', () => {
    for (const [from, to] of [['2019-03-23', '2022-06-08'], ['2022-06-08', '2019-03-23']]) {
      const vd = diff(from, to, 'kaz');
      assertRoundTrip(store.readVersion('kz', from, 'kaz'), store.readVersion('kz', to, 'kaz'), vd);
    }
  });

  it('finds nothing changed between a version and itself', () => {
    for (const id of ids) {
      const vd = diff(id, id, 'rus', true);
      assert.equal(vd.summary.changed, 0, id);
    }
  });
});

describe('a memo shared by two comparisons', () => {
  it('gives the same result as comparing without it (in force, then with pending wording applied)', async () => {
    const { DiffMemo } = await import('../src/diff/index.js');
    const { applyPendingAll } = await import('../src/timeline/index.js');
    const input = {
      constitution: 'kz', lang: 'rus' as const, from: version('2019-03-23'), to: version('2022-06-08'),
      oldArticles: store.readVersion('kz', '2019-03-23', 'rus'), newArticles: store.readVersion('kz', '2022-06-08', 'rus'),
    };
    const adopted = { ...input, newArticles: applyPendingAll(input.newArticles, { includeConditional: true }) };
    const memo = new DiffMemo();
    const inForce = diffVersions(input, {}, memo);
    const asAdopted = diffVersions(adopted, {}, memo);
    assert.deepEqual(inForce, diffVersions(input));
    assert.deepEqual(asAdopted, diffVersions(adopted));
    assert.equal(asAdopted.summary.changed, 33);
    // Articles without pending wording are the same objects in both results: reused, not recomputed.
    assert.equal(asAdopted.articles.find((a) => a.number === '15'), inForce.articles.find((a) => a.number === '15'));
    assert.notEqual(asAdopted.articles.find((a) => a.number === '44'), inForce.articles.find((a) => a.number === '44'));
  });
});
