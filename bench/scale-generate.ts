// A synthetic constitution at any scale for `bench/scale.ts`: `scale` × 100
// articles (3 points, 2 subpoints each) in sections of 50, and 50 versions, each
// made from the one before by edits like real amendments: a word changed in a
// point, a new `N-1.` point inserted, an article's points renumbered after one
// is deleted, an article repealed, a new `N-1` article added. Unchanged articles
// are shared between versions, so 50 versions of 10,000 articles fit in memory.
import type { Article, Block, VersionInfo } from '../src/types.js';
import { deriveLevels } from '../src/store/labels.js';

const WORDS = ['Республика', 'Казахстан', 'государство', 'закон', 'право', 'гражданин', 'Парламент', 'Мажилис', 'Сенат',
  'Президент', 'суд', 'и', 'в', 'на', 'с', 'не', 'мемлекет', 'құқық', 'әділ', 'ғылым', 'қоғам', 'өмір', 'ұлт', 'үкімет', 'іс'];

class Lcg {
  constructor(private x: number) {}
  next(max: number): number {
    this.x = (this.x * 1103515245 + 12345) % 2147483648;
    // The high bits: the low bits of this generator repeat with a short period.
    return Math.floor((this.x / 2147483648) * max);
  }
}

function sentence(rng: Lcg, length = 14): string {
  const words = Array.from({ length }, () => WORDS[rng.next(WORDS.length)]!);
  return `${words.join(' ')}.`;
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

export function generate(scale: number, versionCount = 50): Generated {
  const rng = new Lcg(scale * 7919 + 1);
  const count = scale * 100;
  const first: Article[] = [];
  for (let n = 1; n <= count; n++) {
    const blocks: Block[] = [];
    for (let p = 1; p <= 3; p++) {
      blocks.push({ label: `${p}.`, level: 0, text: sentence(rng) });
      if (p === 2) blocks.push({ label: '1)', level: 1, text: sentence(rng, 8) }, { label: '2)', level: 1, text: sentence(rng, 8) });
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
    const articles = [...versions[v - 1]!.articles];
    for (let e = 0; e < editsPerVersion; e++) {
      const i = rng.next(articles.length);
      const a = articles[i]!;
      if (a.repealed) continue;
      const kind = rng.next(10);
      const blocks = a.blocks.map((b) => ({ ...b }));
      if (kind < 5) { // amend a word
        const b = blocks[rng.next(blocks.length)]!;
        const words = b.text.split(' ');
        words[rng.next(words.length)] = WORDS[rng.next(WORDS.length)]!;
        b.text = words.join(' ');
      } else if (kind < 7) { // insert a point N-1.
        const at = blocks.findIndex((b) => b.label === '1.');
        blocks.splice(at + 1, 0, { label: `1-${v}.`, level: 0, text: sentence(rng) });
      } else if (kind < 8) { // delete point 1 and renumber the rest
        const rest = blocks.filter((b) => b.label !== '1.');
        for (const b of rest) if (b.level === 0 && b.label) b.label = b.label.replace(/^(\d+)/u, (n) => String(Math.max(1, Number(n) - 1)));
        blocks.splice(0, blocks.length, ...rest);
      } else if (kind < 9) { // repeal
        articles[i] = { ...a, repealed: true, blocks: [] };
        continue;
      } else { // add an article N-v after this one
        if (articles.some((x) => x.number === `${a.number.split('-')[0]}-${v}`)) continue;
        articles.splice(i + 1, 0, { ...a, number: `${a.number.split('-')[0]}-${v}`, blocks: [{ label: null, level: 0, text: sentence(rng, 20) }] });
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
