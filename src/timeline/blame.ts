// Where each point of an article comes from: walking back through the versions
// with the engine's block alignment (BlockDiff oldIndex/newIndex), a block keeps
// its origin as long as its wording is unchanged (formatting aside; a new label
// with the same wording counts as the same wording). It first appeared in the
// oldest version reached that way.
import type { ArticleBlame, BlameBlock } from '../types.js';
import { NotFoundError } from './errors.js';
import { attributeArticle } from './attribution.js';
import type { Timeline } from './history.js';

export function articleBlame(timeline: Timeline, versionId: string, number: string): ArticleBlame {
  const at = timeline.indexOf(versionId);
  if (at < 0) throw new NotFoundError(`version ${versionId} has no "${timeline.lang}" text`);
  const article = timeline.texts[at].articles.find((a) => a.number === number);
  if (!article) throw new NotFoundError(`article ${number} is not in version ${versionId}`);

  // Per block: where it is in the version being looked at, and the oldest version reached.
  const tracks = article.blocks.map((b, index) => ({
    index, alive: true, at: index, since: at, sinceNumber: number, sinceLabel: b.label,
  }));
  let current = number;
  for (let i = at; i > 0 && tracks.some((t) => t.alive); i--) {
    const d = timeline.intoVersion(i, current);
    if (!d?.old) break;
    for (const t of tracks) {
      if (!t.alive) continue;
      const b = d.blocks.find((x) => x.newIndex === t.at);
      if (!b || b.oldIndex === undefined || b.textChanged) {
        t.alive = false;
        continue;
      }
      t.at = b.oldIndex;
      t.since = i - 1;
      t.sinceNumber = d.old.number;
      t.sinceLabel = b.oldLabel;
    }
    current = d.old.number;
  }

  const actsOf = (i: number, num: string) => {
    if (i === 0) return [];
    const d = timeline.intoVersion(i, num);
    if (!d) return [];
    const { from, to, newText } = timeline.step(i);
    return attributeArticle(d, from, to, newText).acts;
  };
  const blocks: BlameBlock[] = tracks.map((t) => {
    const b = article.blocks[t.index];
    return {
      index: t.index, label: b.label, level: b.level, text: b.text,
      since: timeline.texts[t.since].version,
      sinceNumber: t.sinceNumber,
      sinceLabel: t.sinceLabel,
      acts: actsOf(t.since, t.sinceNumber),
    };
  });
  return { constitution: timeline.constitution, lang: timeline.lang, version: timeline.texts[at].version, number, blocks };
}
