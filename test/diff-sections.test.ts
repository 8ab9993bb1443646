// Section headings across versions: paired by name, then by the articles they
// hold, then by numeral. Expected pairs read off the stored sections files
// (constitution/kz/<version>/sections.<lang>.yaml) and the 2026 text, where a
// new section VI (Қазақстан Халық Кеңесі) and X (amending the Constitution) push
// the Constitutional Court from VI to VII and the final provisions from IX to XI.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareVersions } from '../src/cli/compare.js';
import { diffSections } from '../src/diff/index.js';
import { openStore } from '../src/store/index.js';
import type { ArticleDiff, Lang, Section, SectionDiff } from '../src/types.js';

const store = openStore();
const sections = (from: string, to: string, lang: Lang): SectionDiff[] => {
  const diff = compareVersions(store, { constitution: 'kz', from, to, lang });
  assert.ok(diff.sections, 'both versions have section headings');
  return diff.sections;
};
const numeral = (title: string | null) => title === null ? null : /\b([IVXІ]+)\b/u.exec(title.replace(/І/gu, 'I'))?.[1] ?? null;
const summary = (list: SectionDiff[]) => list.map((s) => `${numeral(s.oldTitle) ?? '-'}>${numeral(s.newTitle) ?? '-'} ${s.status}`);

describe('section headings', () => {
  for (const lang of ['rus', 'kaz'] as const) {
    it(`2023 -> 2026 (${lang}): sections follow their content, not their numeral`, () => {
      assert.deepEqual(summary(sections('2023-01-01', '2026-03-15', lang)), [
        'I>I renamed', 'II>II renamed', 'III>III unchanged', 'IV>IV renamed', 'V>V unchanged',
        '->VI added', 'VI>VII renumbered', 'VII>VIII renamed', 'VIII>IX renumbered', '->X added', 'IX>XI renumbered',
      ]);
    });
  }

  it('2019 -> 2022: section VI renamed in place (Конституционный Совет -> Суд)', () => {
    const vi = sections('2019-03-23', '2022-06-08', 'rus').find((s) => numeral(s.newTitle) === 'VI');
    assert.equal(vi?.status, 'renamed');
    assert.match(vi.oldTitle ?? '', /Совет/u);
    assert.match(vi.newTitle ?? '', /Суд/u);
  });

  it('without article ranges, headings pair by numeral; a numeral changed alone is renumbered', () => {
    const s = (title: string, firstArticle: string | null = null): Section => ({ title, firstArticle, footnotes: [], notes: [] });
    const out = diffSections([s('Раздел I. Общие'), s('Раздел II. Суд')], [s('Раздел I. Основы'), s('Раздел II. Народ'), s('Раздел III. Суд')], 'rus', false);
    assert.deepEqual(summary(out), ['I>I renamed', '->II added', 'II>III renumbered']);
  });

  it('articles decide between headings of different names', () => {
    const s = (title: string, firstArticle: string): Section => ({ title, firstArticle, footnotes: [], notes: [] });
    const art = (o: string | null, n: string | null) => ({ old: o ? { number: o } : undefined, new: n ? { number: n } : undefined }) as unknown as ArticleDiff;
    // Old II (articles 3-4) went to new III (5-6); new II (3-4) is new.
    const out = diffSections([s('Раздел I. A', '1'), s('Раздел II. B', '3')], [s('Раздел I. A', '1'), s('Раздел II. C', '3'), s('Раздел III. D', '5')], 'rus', false,
      { oldOrder: ['1', '2', '3', '4'], newOrder: ['1', '2', '3', '4', '5', '6'], articles: [art('1', '1'), art('2', '2'), art('3', '5'), art('4', '6'), art(null, '3'), art(null, '4')] });
    assert.deepEqual(summary(out), ['I>I unchanged', '->II added', 'II>III renamed']);
  });
});
