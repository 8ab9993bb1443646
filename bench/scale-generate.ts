// A synthetic constitution at any scale for `bench/scale.ts`: `scale` × 100
// articles (3 points, 2 subpoints each) in sections of 50, and 50 versions, each
// made from the one before by edits like real amendments: a word changed in a
// point, a new `N-1.` point inserted, an article's points renumbered after one
// is deleted, an article repealed, a new `N-1` article added. Unchanged articles
// are shared between versions, so 50 versions of 10,000 articles fit in memory.
//
// Words are drawn from the bundled constitution's own vocabulary, each as often
// as it occurs there (2022-06-08, Russian), so the synthetic text has the real
// mix of frequent and rare words. The `tiny` vocabulary (25 words) is the worst
// case for pairing by content: every text then shares most of its word pairs
// with every other (docs/engine.md, limits).
import type { Article, Block, VersionInfo } from '../src/types.js';
import { deriveLevels } from '../src/labels.js';
import { openStore } from '../src/store/index.js';
import { wordsOf } from '../src/diff/tokenize.js';

const TINY = ['Республика', 'Казахстан', 'государство', 'закон', 'право', 'гражданин', 'Парламент', 'Мажилис', 'Сенат',
  'Президент', 'суд', 'и', 'в', 'на', 'с', 'не', 'мемлекет', 'құқық', 'әділ', 'ғылым', 'қоғам', 'өмір', 'ұлт', 'үкімет', 'іс'];

export type Vocabulary = 'corpus' | 'tiny';

/** Words to draw from, each repeated as often as it should be drawn. */
function vocabulary(kind: Vocabulary): string[] {
  if (kind === 'tiny') return TINY;
  const store = openStore();
  return store.readVersion('kz', '2022-06-08', 'rus').flatMap((a) => a.blocks.flatMap((b) => wordsOf(b.text)));
}

/**
 * Mulberry32, a small 32-bit generator with good statistical quality. (A plain
 * linear congruential generator puts consecutive draws on a few lines, so word
 * pairs, which pairing by content counts, would repeat far more than in text.)
 */
class Rng {
  constructor(private x: number) {}
  next(max: number): number {
    this.x = (this.x + 0x6d2b79f5) | 0;
    let t = Math.imul(this.x ^ (this.x >>> 15), 1 | this.x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  }
}

function sentence(rng: Rng, words: string[], length = 14): string {
  return `${Array.from({ length }, () => words[rng.next(words.length)]).join(' ')}.`;
}

export interface Generated {
  versions: { version: VersionInfo; articles: Article[] }[];
  /** Number of edits made between consecutive versions. */
  editsPerVersion: number;
}

export function versionInfo(i: number): VersionInfo {
  const id = `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
  return { id, effective: id, label: `version ${i + 1}`, aliases: [], act: `Закон ${i + 1}`, languages: ['rus'], sources: {} };
}

export function generate(scale: number, versionCount = 50, kind: Vocabulary = 'corpus'): Generated {
  const rng = new Rng(scale * 7919 + 1);
  const words = vocabulary(kind);
  const count = scale * 100;
  const first: Article[] = [];
  for (let n = 1; n <= count; n++) {
    const blocks: Block[] = [];
    for (let p = 1; p <= 3; p++) {
      blocks.push({ label: `${p}.`, level: 0, text: sentence(rng, words) });
      if (p === 2) blocks.push({ label: '1)', level: 1, text: sentence(rng, words, 8) }, { label: '2)', level: 1, text: sentence(rng, words, 8) });
    }
    first.push({
      constitution: 'kz', version: '', lang: 'rus', number: String(n), section: `Раздел ${Math.ceil(n / 50)}. Часть`,
      repealed: false, footnotes: [], notes: [], pending: [], blocks,
    });
  }
  // About 2% of the articles change in each version, as in a busy year of amendments.
  const editsPerVersion = Math.max(2, Math.round(count / 50));
  const versions = [{ version: versionInfo(0), articles: first }];
  for (let v = 1; v < versionCount; v++) {
    const articles = [...versions[v - 1].articles];
    for (let e = 0; e < editsPerVersion; e++) {
      const i = rng.next(articles.length);
      const a = articles[i];
      if (a.repealed) continue;
      const kind = rng.next(10);
      const blocks = a.blocks.map((b) => ({ ...b }));
      if (kind < 5) { // amend a word
        const b = blocks[rng.next(blocks.length)];
        const text = b.text.split(' ');
        text[rng.next(text.length)] = words[rng.next(words.length)]!;
        b.text = text.join(' ');
      } else if (kind < 7) { // insert a point N-1.
        const at = blocks.findIndex((b) => b.label === '1.');
        blocks.splice(at + 1, 0, { label: `1-${v}.`, level: 0, text: sentence(rng, words) });
      } else if (kind < 8) { // delete point 1 and renumber the rest
        const rest = blocks.filter((b) => b.label !== '1.');
        for (const b of rest) if (b.level === 0 && b.label) b.label = b.label.replace(/^(\d+)/u, (n) => String(Math.max(1, Number(n) - 1)));
        blocks.splice(0, blocks.length, ...rest);
      } else if (kind < 9) { // repeal
        articles[i] = { ...a, repealed: true, blocks: [] };
        continue;
      } else { // add an article N-v after this one
        if (articles.some((x) => x.number === `${a.number.split('-')[0]}-${v}`)) continue;
        articles.splice(i + 1, 0, { ...a, number: `${a.number.split('-')[0]}-${v}`, blocks: [{ label: null, level: 0, text: sentence(rng, words, 20) }] });
        continue;
      }
      // Levels follow the labels, as the store derives them.
      if (blocks.length) articles[i] = { ...a, blocks: deriveLevels(blocks) };
    }
    versions.push({ version: versionInfo(v), articles });
  }
  return { versions, editsPerVersion };
}

/** The articles as stored for one version (frontmatter names the version). */
export function stamped(articles: Article[], version: string): Article[] {
  return articles.map((a) => ({ ...a, version }));
}
