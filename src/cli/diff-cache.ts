// A comparison of two stored versions is kept between runs, so that asking again
// (another format, the terminal UI, a report) costs reading the files, not the
// engine. The key is a digest of everything the result depends on: the bytes of
// every article file and sections file of both versions (Store.contentDigest), the
// two versions' manifest entries, the request, and the engine's own code. Any edit
// to any of them is a miss. Off with CONSTDIFF_NO_CACHE=1, like the parse cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleDiff, VersionDiff, VersionInfo } from '../types.js';
import type { Store } from '../store/index.js';
import { cached } from '../store/parse-cache.js';
import { timedOutAlignments } from '../diff/index.js';
import { packageRoot } from '../package-root.js';

/** Set by the CLI bundle (scripts/bundle.mjs): the hash of the engine's code at build time. */
declare const __ENGINE_CODE_HASH__: string | undefined;

/**
 * What the comparison depends on besides the versions' files (scripts/bundle.mjs hashes
 * the same list): the engine's code, and the lock file for the word diff library's version.
 */
export const ENGINE_SOURCES = ['src/diff', 'src/timeline', 'src/cli/compare.ts', 'src/cli/diff-cache.ts', 'src/types.ts', 'src/labels.ts', 'package-lock.json'];

let engineHash: string | undefined;

function engineCodeHash(): string {
  if (engineHash === undefined && typeof __ENGINE_CODE_HASH__ === 'string') engineHash = __ENGINE_CODE_HASH__;
  if (engineHash === undefined) {
    // Run from the sources (tsx): hash them as the bundle step does.
    const hash = createHash('sha256');
    for (const path of ENGINE_SOURCES) {
      const full = join(packageRoot(), path);
      const files = /\.(ts|json)$/u.test(path) ? [full] : readdirSync(full).sort().map((n) => join(full, n));
      for (const f of files) hash.update(f.slice(packageRoot().length)).update(readFileSync(f));
    }
    engineHash = hash.digest('hex');
  }
  return engineHash;
}

export interface CachedComparison {
  constitution: string;
  from: VersionInfo;
  to: VersionInfo;
  oldArticles: Article[];
  newArticles: Article[];
  /** Everything else the result depends on (language, options). */
  request: object;
}

/** `make()`, or the VersionDiff it made before from the same content. */
export function cachedComparison(store: Store, c: CachedComparison & { lang: VersionDiff['lang'] }, make: () => VersionDiff): VersionDiff {
  const oldDigest = store.contentDigest(c.constitution, c.from.id, c.lang);
  const newDigest = store.contentDigest(c.constitution, c.to.id, c.lang);
  if (oldDigest === undefined || newDigest === undefined) return make();
  const key = createHash('sha256').update(engineCodeHash()).update('\0')
    .update(JSON.stringify([c.constitution, c.lang, c.from, c.to, c.request, oldDigest, newDigest])).digest('hex');
  // The articles the diff points to are the ones just read: stored as references into those lists.
  const refs = new Map<Article, string>();
  c.oldArticles.forEach((a, i) => refs.set(a, `old ${i}`));
  c.newArticles.forEach((a, i) => refs.set(a, `new ${i}`));
  const toRef = (a: Article | undefined) => (a && refs.has(a) ? { $ref: refs.get(a) } : a);
  const fromRef = (a: unknown): Article | undefined => {
    const ref = (a as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== 'string') return a as Article | undefined;
    const [side, at] = ref.split(' ');
    const found = (side === 'old' ? c.oldArticles : c.newArticles)[Number(at)];
    if (!found) throw new Error('stale cache entry');
    return found;
  };
  // Typed loosely: on the way out the articles become references, on the way in back again.
  const mapArticles = (diff: VersionDiff, f: (a: Article | undefined) => unknown): VersionDiff => ({
    ...diff,
    articles: diff.articles.map((a): ArticleDiff => {
      const out: Record<string, unknown> = { ...a };
      if ('old' in a) out.old = f(a.old);
      if ('new' in a) out.new = f(a.new);
      return out as unknown as ArticleDiff;
    }),
  });
  // A word alignment that ran out of time gives a result that depends on the machine's load: not kept.
  const timeouts = timedOutAlignments();
  return cached(key, make, (diff) => mapArticles(diff, toRef), (json) => mapArticles(json as VersionDiff, fromRef),
    () => timedOutAlignments() === timeouts);
}
