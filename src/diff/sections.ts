// Section headings of two versions compared: paired by their numeral (sectionKey:
// "Раздел VI." and "VI бөлім" alike), the titles word-diffed like article text, so a
// heading renamed by an amendment (section VI, Конституционный Совет -> Суд in 2022)
// is reported with the footnote that says which act did it.
import type { Lang, Section, SectionDiff } from '../types.js';
import { normalizeText, sectionKey } from './normalize.js';
import { wordDiffDetailed } from './word-diff.js';

export function diffSections(olds: Section[], news: Section[], lang: Lang, exact: boolean): SectionDiff[] {
  const oldByKey = new Map(olds.map((s) => [sectionKey(s.title), s]));
  const newKeys = new Set(news.map((s) => sectionKey(s.title)));
  const out: SectionDiff[] = [];
  for (const neu of news) {
    const old = oldByKey.get(sectionKey(neu.title));
    if (!old) {
      out.push({ status: 'added', oldTitle: null, newTitle: neu.title, ops: [{ type: 'insert', text: neu.title }], footnotes: neu.footnotes, notes: neu.notes });
      continue;
    }
    const same = exact ? old.title === neu.title : normalizeText(old.title) === normalizeText(neu.title);
    const ops = wordDiffDetailed(old.title, neu.title, lang);
    out.push({
      status: same ? 'unchanged' : 'renamed', oldTitle: old.title, newTitle: neu.title,
      ops: exact ? ops.map(({ type, text }) => ({ type, text })) : ops, footnotes: neu.footnotes, notes: neu.notes,
    });
  }
  for (const old of olds) {
    if (newKeys.has(sectionKey(old.title))) continue;
    out.push({ status: 'repealed', oldTitle: old.title, newTitle: null, ops: [{ type: 'delete', text: old.title }], footnotes: old.footnotes, notes: old.notes });
  }
  return out;
}
