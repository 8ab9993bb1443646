// Loading versions from the store for the engine and the timeline: the one
// place the CLI turns version names into a VersionDiff (diff, report, tui,
// attribution) or a Timeline (history, blame, tui).
import type { Lang, VersionDiff, VersionInfo } from '../types.js';
import { checkLang } from '../store/names.js';
import type { Store } from '../store/index.js';
import { UsageError } from '../errors.js';
import { DiffMemo, diffSections, diffVersions, type DiffInput } from '../diff/index.js';
import { applyPendingAll, Timeline, type BilingualText } from '../timeline/index.js';
import { cachedComparison } from './diff-cache.js';

export interface CompareRequest {
  constitution: string;
  from: string;
  to: string;
  lang: Lang;
  exact?: boolean;
  /** Apply all pending wording of the new version (see DiffOptions.asAdopted). */
  asAdopted?: boolean;
}

export function compareVersions(store: Store, req: CompareRequest): VersionDiff {
  const from = store.version(req.constitution, req.from);
  const to = store.version(req.constitution, req.to);
  if (from.id === to.id) throw new UsageError(`"${req.from}" and "${req.to}" are the same version (${from.id}); name two different versions`);
  const oldArticles = store.readVersion(req.constitution, from.id, req.lang);
  const newArticles = store.readVersion(req.constitution, to.id, req.lang);
  const input = { constitution: req.constitution, lang: req.lang, from, to, oldArticles, newArticles };
  const request = { exact: req.exact === true, asAdopted: req.asAdopted === true };
  return cachedComparison(store, { ...input, request }, () => compareUncached(store, req, input));
}

function compareUncached(store: Store, req: CompareRequest, input: DiffInput): VersionDiff {
  const { from, to, newArticles } = input;
  const options = { exact: req.exact === true };
  // Section headings, when both versions have them; a broken sections file is an error, not silence.
  // Sections follow the articles of the comparison in force (see diffSections).
  const oldSections = store.readSections(req.constitution, from.id, req.lang);
  const newSections = store.readSections(req.constitution, to.id, req.lang);
  const withSections = (diff: VersionDiff): VersionDiff => {
    if (!oldSections.length || !newSections.length) return diff;
    const by = { oldOrder: input.oldArticles.map((a) => a.number), newOrder: newArticles.map((a) => a.number), articles: diff.articles };
    return { ...diff, sections: diffSections(oldSections, newSections, req.lang, options.exact, by) };
  };
  const adopted = () => ({ ...input, newArticles: applyPendingAll(newArticles, { includeConditional: true }) });
  if (req.asAdopted === true) {
    return withSections(diffVersions({ ...adopted(), to: { ...to, label: `${to.label}, as adopted (pending wording applied)` } }, { ...options, asAdopted: true }));
  }
  // The second comparison differs only in the articles with pending wording: it reuses the rest.
  const memo = new DiffMemo();
  const diff = diffVersions(input, options, memo);
  // Wording adopted but not yet in force: say what the act changes in all, too.
  const pendingArticles = newArticles.filter((a) => a.pending.length).map((a) => a.number);
  if (pendingArticles.length) diff.adopted = { pendingArticles, summary: diffVersions(adopted(), options, memo).summary };
  return withSections(diff);
}

/** `--parallel <lang>`: the same comparison in a second language, for the HTML report. */
export function parallelDiff(store: Store, req: CompareRequest, parallel: string | undefined, format: string): VersionDiff | undefined {
  if (parallel === undefined) return undefined;
  const lang = checkLang(parallel);
  if (format !== 'html') throw new UsageError('--parallel works with --format html');
  if (lang === req.lang) throw new UsageError(`--parallel ${lang} is the report's own language; name the other one`);
  return compareVersions(store, { ...req, lang });
}

/** Every stored version that has a text in `lang`, oldest first, ready to be compared. */
export function loadTimeline(store: Store, constitution: string, lang: Lang): Timeline {
  const info = store.constitution(constitution);
  const texts = info.versions
    .filter((v) => v.languages.includes(lang))
    .map((version) => ({ version, articles: store.readVersion(info.id, version.id, lang) }));
  return new Timeline(info.id, lang, texts);
}

/** The given versions with every text each has (Russian and Kazakh), oldest first. */
export function loadBilingual(store: Store, constitution: string, versions: readonly VersionInfo[]): BilingualText[] {
  return versions.map((version) => ({
    version,
    texts: Object.fromEntries(version.languages.map((lang) => [lang, store.readVersion(constitution, version.id, lang)])),
  }));
}
