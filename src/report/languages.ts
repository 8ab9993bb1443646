// The bilingual check (`constdiff check-languages`, and its page in the site):
// the wordings, the plain-text view and the JSON contract
// (schema/check-languages.schema.json). The comparison itself is the timeline's
// (timeline/languages.ts); this only says what it found.
import type {
  ChangeStatus, Lang, LanguageCheck, LanguageStepArticle, LanguageStepCheck, LanguageVersionCheck,
} from '../types.js';
import { oneLine } from './format.js';
import { version } from './json.js';
import { articleTitle, messages, STATUS_LABEL } from './messages.js';

export const LANGUAGE_CHECK_SCHEMA_VERSION = 1;

type Esc = (text: string) => string;

const statusWord = (s: ChangeStatus | null): string => (s === null ? messages['check.absent'] : STATUS_LABEL[s]);

/** What a flag says about an article of a step, e.g. `changed in Kazakh only (amended)`. */
export function flagText(a: LanguageStepArticle, esc: Esc = oneLine): string {
  const m = messages;
  const both = m['check.both'](statusWord(a.status.rus), statusWord(a.status.kaz));
  switch (a.flag) {
    case 'rus-only': return m['check.onlyChanged']('rus', statusWord(a.status.rus));
    case 'kaz-only': return m['check.onlyChanged']('kaz', statusWord(a.status.kaz));
    case 'pairing-differs': {
      const pairedWith = (lang: Lang) => (a.paired?.[lang] == null ? m['check.noOlder'] : m['check.oldArticle'](esc(a.paired[lang])));
      return m['check.pairedDifferently'](pairedWith('rus'), pairedWith('kaz'), both);
    }
    case 'status-differs': return m['check.changedDifferently'](both);
    case 'points-differ': return m['check.pointsDiffer'](statusWord(a.status.rus));
    default: return m['check.alike'](statusWord(a.status.rus));
  }
}

/** `point 2.: Russian unchanged, Kazakh amended`. */
export function pointText(p: LanguageStepArticle['points'][number], esc: Esc = oneLine): string {
  return `${esc(p.point)}: ${messages['check.both'](statusWord(p.status.rus), statusWord(p.status.kaz))}`;
}

/** The structural findings of one version, one line each (none when the texts agree). */
export function versionFindings(v: LanguageVersionCheck, esc: Esc = oneLine): string[] {
  const out: string[] = [];
  for (const lang of ['rus', 'kaz'] as const) {
    if (v.articlesOnly[lang].length) out.push(messages['check.articlesOnly'](lang, v.articlesOnly[lang].map(esc).join(', ')));
  }
  if (v.repealedDiffers.length) out.push(messages['check.repealedDiffers'](v.repealedDiffers.map(esc).join(', ')));
  for (const p of v.points) {
    const parts = (['rus', 'kaz'] as const).filter((l) => p.only[l].length)
      .map((l) => messages['check.onlyIn'](l, p.only[l].map(esc).join(', ')));
    out.push(messages['check.points'](articleTitle(esc(p.article)), parts.join('; ')));
  }
  return out;
}

export const flagged = (s: LanguageStepCheck): LanguageStepArticle[] => s.articles.filter((a) => a.flag !== undefined);

/** How a version's two texts compare, in a few words. */
export function versionState(v: LanguageVersionCheck): string {
  const m = messages;
  const findings = versionFindings(v);
  return !v.compared ? m['check.noLangText'](v.missing ?? 'kaz') : findings.length ? m['check.differences'](findings.length) : m['check.same'];
}

/** ` (formerly 7)` when the article had another number before the step. */
export const formerly = (a: LanguageStepArticle, esc: Esc = oneLine): string =>
  (a.previousNumber !== undefined && a.previousNumber !== a.number ? ` (${messages['article.formerly'](esc(a.previousNumber))})` : '');

/** One line about a step: how many articles changed in each text, how many differ. */
export function stepSummary(s: LanguageStepCheck): string {
  const m = messages;
  if (!s.compared) return m['check.notCompared'](s.missing ? m['check.noText'](oneLine(s.missing.version), s.missing.lang) : m['check.textMissing']);
  return m['check.step'](s.changed.rus, s.changed.kaz, flagged(s).length);
}

/** `constdiff check-languages` as text. */
export function formatLanguageCheck(c: LanguageCheck): string {
  const first = c.versions[0]?.version.id ?? '';
  const last = c.versions.at(-1)?.version.id ?? '';
  const m = messages;
  const lines = [m['check.title'](oneLine(c.constitution), oneLine(first), oneLine(last)), '', m['check.versions']];
  for (const v of c.versions) lines.push(`  ${oneLine(v.version.id)}: ${versionState(v)}`, ...versionFindings(v).map((f) => `    ${f}`));
  lines.push('', m['check.steps']);
  for (const s of c.steps) {
    lines.push(`  ${oneLine(s.from.id)} → ${oneLine(s.to.id)}: ${stepSummary(s)}`);
    for (const a of flagged(s)) {
      lines.push(`    ! ${articleTitle(oneLine(a.number))}${formerly(a)}: ${flagText(a)}`);
      for (const p of a.points) lines.push(`        ${pointText(p)}`);
    }
  }
  const compared = c.steps.filter((s) => s.compared);
  const apart = compared.filter((s) => flagged(s).length);
  const versionsApart = c.versions.filter((v) => versionFindings(v).length);
  lines.push('', m['check.total'](compared.length, c.steps.length, apart.length, apart.reduce((n, s) => n + flagged(s).length, 0),
    versionsApart.length, c.versions.filter((v) => v.compared).length));
  return lines.join('\n');
}

/** `constdiff check-languages --json` (schema/check-languages.schema.json). */
export function languageCheckJson(c: LanguageCheck): string {
  return JSON.stringify({
    schemaVersion: LANGUAGE_CHECK_SCHEMA_VERSION,
    constitution: c.constitution,
    versions: c.versions.map((v) => ({
      version: version(v.version),
      compared: v.compared,
      ...(v.missing ? { missing: v.missing } : {}),
      articlesOnly: { rus: v.articlesOnly.rus, kaz: v.articlesOnly.kaz },
      repealedDiffers: v.repealedDiffers,
      points: v.points.map((p) => ({ article: p.article, only: { rus: p.only.rus, kaz: p.only.kaz } })),
    })),
    steps: c.steps.map((s) => ({
      from: version(s.from),
      to: version(s.to),
      compared: s.compared,
      ...(s.missing ? { missing: { version: s.missing.version, lang: s.missing.lang } } : {}),
      changed: { rus: s.changed.rus, kaz: s.changed.kaz },
      articles: s.articles.map((a) => ({
        number: a.number,
        ...(a.previousNumber !== undefined ? { previousNumber: a.previousNumber } : {}),
        status: { rus: a.status.rus, kaz: a.status.kaz },
        ...(a.flag ? { flag: a.flag } : {}),
        ...(a.paired ? { paired: { rus: a.paired.rus, kaz: a.paired.kaz } } : {}),
        points: a.points.map((p) => ({ point: p.point, status: { rus: p.status.rus, kaz: p.status.kaz } })),
      })),
    })),
  }, null, 2);
}
