// Reuse between comparisons that share article objects. `constdiff diff` compares
// the old version with the new one twice: as in force, and with the new version's
// pending wording applied (for the "as adopted" figures). The two new versions
// share every article that has no pending wording, and the engine never mutates
// an article, so the same two article objects always give the same diff and the
// same pairing features. A memo is made per command, never kept across runs.
import type { Article, ArticleDiff } from '../types.js';
import type { Pairable } from './assign.js';
import type { Built } from './classify.js';

export class DiffMemo {
  private readonly built = new WeakMap<Article, WeakMap<Article, Map<string, Built<ArticleDiff>>>>();
  private readonly pairables = new WeakMap<Article, Pairable>();

  /** The diff of `old` → `neu` under `key` (language, options, pairing), made once. */
  articleDiff(old: Article, neu: Article, key: string, make: () => Built<ArticleDiff>): Built<ArticleDiff> {
    let byNew = this.built.get(old);
    if (!byNew) this.built.set(old, (byNew = new WeakMap()));
    let byKey = byNew.get(neu);
    if (!byKey) byNew.set(neu, (byKey = new Map()));
    let built = byKey.get(key);
    if (!built) byKey.set(key, (built = make()));
    return built;
  }

  pairable(article: Article, make: () => Pairable): Pairable {
    let p = this.pairables.get(article);
    if (!p) this.pairables.set(article, (p = make()));
    return p;
  }
}
