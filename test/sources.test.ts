// The raw exports kept in sources/kazakhstan-law-codes and the store built from
// them: provenance, the store as the sources import, two exports of one version,
// Russian against Kazakh, exact texts of every version and language (checked by hand
// against the exports), and the attribution review of every consecutive pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importExport } from '../src/import/index.js';
import { openStore } from '../src/store/index.js';
import type { Article, Lang } from '../src/types.js';
import { ROOT, runCli } from './helpers/cli.js';

const SOURCES = join(ROOT, 'sources/kazakhstan-law-codes');
const store = openStore();
const VERSIONS = store.constitution('kz').versions;
/** The export each version is imported from (scripts/import-kz.sh). */
const FOLDER: Record<string, string> = {
  '1995-08-29': '1995-08-29-ed0cfa3', '1998-10-06': '1998-10-06-09c7c80', '2007-05-21': '2007-05-21-115e0c9',
  '2011-02-02': '2011-02-02-bd68f66', '2019-03-23': '2019-03-23-6364f3e', '2022-06-08': '2022-06-08-6cc0694',
  '2022-09-17': '2022-09-17-726804f', '2023-01-01': '2023-01-01-1f893cb', '2026-03-15': '2026-03-15-014c45e',
};
const exportDir = (folder: string) => join(SOURCES, folder, '00-constitution');
const text = (a: Article) => a.blocks.map((b) => (b.label ? `${b.label} ` : '') + b.text).join('\n');
const article = (v: string, n: string, lang: Lang) => store.readArticle('kz', v, n, lang);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('every source file is listed in provenance.tsv with its length and sha256, and every listed file is there', () => {
  const [head, ...rows] = readFileSync(join(SOURCES, 'provenance.tsv'), 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
  assert.deepEqual(head, ['folder', 'repository', 'commit', 'path', 'copied_on', 'chars', 'sha256', 'copied_how', 'verification']);
  const listed = new Set<string>();
  for (const [folder, repository, commit, path, copiedOn, chars, sha256, how, verification] of rows) {
    const file = join(SOURCES, folder, path);
    const bytes = readFileSync(file);
    assert.equal(repository, 'kazakhstan-law/codes');
    assert.match(commit, /^[0-9a-f]{40}$/u);
    assert.ok(folder.endsWith(`-${commit.slice(0, 7)}`), `${folder} names its commit`);
    assert.match(copiedOn, /^\d{4}-\d{2}-\d{2}$/u);
    assert.equal([...bytes.toString('utf8')].length, Number(chars), `${folder}/${path}: length`);
    assert.equal(createHash('sha256').update(bytes).digest('hex'), sha256, `${folder}/${path}: sha256`);
    assert.ok(how && verification);
    listed.add(relative(SOURCES, file));
  }
  const present = filesUnder(SOURCES).map((f) => relative(SOURCES, f)).filter((f) => f.includes('/00-constitution/'));
  assert.deepEqual(present.sort(), [...listed].sort());
});

test('the store is what the sources import to: every version, every language', () => {
  assert.deepEqual(VERSIONS.map((v) => v.id), Object.keys(FOLDER));
  for (const v of VERSIONS) {
    const { content } = importExport(exportDir(FOLDER[v.id]), { constitution: 'kz', version: v.id });
    assert.deepEqual(Object.keys(content.articles), v.languages, v.id);
    for (const lang of v.languages) assert.deepEqual(content.articles[lang], store.readVersion('kz', v.id, lang), `${v.id} ${lang}`);
  }
});

test('two exports of one version import to the same wording in both languages (2007, 2026)', () => {
  const same = (a: string, b: string, version: string) => {
    const x = importExport(a, { constitution: 'kz', version }).content;
    const y = importExport(b, { constitution: 'kz', version }).content;
    assert.deepEqual(Object.keys(y.articles), ['rus', 'kaz']);
    for (const lang of ['rus', 'kaz'] as const) assert.deepEqual(y.articles[lang], x.articles[lang], `${version} ${lang}`);
  };
  same(exportDir('2007-05-21-115e0c9'), exportDir('2007-05-21-ab42a52'), '2007-05-21');
  same(exportDir('2026-03-15-014c45e'), exportDir('2026-03-15-472b653'), '2026-03-15');
});

test('Russian and Kazakh text of every version: the same articles, repealed alike, the same points', () => {
  for (const v of VERSIONS.filter((x) => x.languages.includes('kaz'))) {
    const rus = store.readVersion('kz', v.id, 'rus');
    const kaz = store.readVersion('kz', v.id, 'kaz');
    assert.deepEqual(kaz.map((a) => a.number), rus.map((a) => a.number), v.id);
    for (const [i, r] of rus.entries()) {
      const k = kaz[i];
      assert.equal(k.repealed, r.repealed, `${v.id} ${r.number}`);
      assert.deepEqual(k.blocks.map((b) => b.label).filter(Boolean), r.blocks.map((b) => b.label).filter(Boolean), `${v.id} ${r.number}`);
    }
  }
});

test('exact texts of every version and language, as the exports write them', () => {
  // 1995: five-year term (read_file ed0cfa3 rus/sec001.md)
  assert.equal(text(article('1995-08-29', '41', 'rus')).split('\n')[0], '1. Президент Республики Казахстан избирается в соответствии с конституционным законом совершеннолетними гражданами Республики на основе всеобщего, равного и прямого избирательного права при тайном голосовании сроком на пять лет.');
  // 1998: the export's own "Суды" (read_file 09c7c80 rus.md at 88150)
  assert.equal(text(article('1998-10-06', '98', 'rus')).split('\n')[1], '2. Суды Верховного Суда и Высшего Арбитражного Суда, местных судов Республики Казахстан сохраняют свои полномочия до формирования судов, предусмотренных Конституцией. Вакантные должности судей замещаются в порядке, установленном Конституцией.');
  assert.equal(text(article('1998-10-06', '1', 'kaz')).split('\n')[0], '1. Қазақстан Республикасы өзiн демократиялық, зайырлы, құқықтық және әлеуметтiк мемлекет ретiнде орнықтырады, оның ең қымбат қазынасы - адам және адамның өмiрi, құқықтары мен бостандықтары.');
  // 2007: article 84 repealed, the notice as its footnote; the Kazakh "рәміздері" the 2007 law brought
  const a84 = article('2007-05-21', '84', 'rus');
  assert.equal(a84.repealed, true);
  assert.equal(a84.footnotes[0].text, 'Статья 84 исключена Законом РК от 21 мая 2007 г. N 254 (вводится в действие со дня его официального опубликования).');
  assert.equal(text(article('2007-05-21', '9', 'kaz')), 'Қазақстан Республикасының мемлекеттiк рәміздері - Туы, Елтаңбасы және Гимнi бар. Олардың сипаттамасы және ресми пайдаланылу тәртiбi конституциялық заңмен белгiленедi.');
  // 2011: point 3-1 of article 41, added by the Law of 2 February 2011
  assert.equal(text(article('2011-02-02', '41', 'rus')).split('\n')[3], '3-1. Внеочередные президентские выборы назначаются решением Президента Республики и проводятся в порядке и сроки, установленные конституционным законом.');
  assert.equal(text(article('2011-02-02', '41', 'kaz')).split('\n')[3], '3-1. Президенттің кезектен тыс сайлауы Республика Президентінің шешімімен тағайындалады және конституциялық заңда белгіленген тәртіп пен мерзімде өткізіледі.');
  assert.equal(article('2011-02-02', '84', 'rus').repealed, true);
  // 2022-09-17 and 2023: the seven-year term; article 49 of the Kazakh text keeps the
  // export's Cyrillic і then Latin i in "билігiн" (read_file 726804f kaz/sec001.md)
  for (const v of ['2022-09-17', '2023-01-01']) {
    assert.match(text(article(v, '41', 'rus')), /при тайном голосовании сроком на семь лет\./u);
    const a49 = text(article(v, '49', 'kaz')).split('\n')[0];
    assert.equal(a49, '1. Парламент – Қазақстан Республикасының заң шығару бил\u0456г\u0069н жүзеге асыратын Республиканың ең жоғары өк\u0069лд\u0069 органы.');
  }
  // 2023 Kazakh: a ruling quoted as text is a note, not wording
  const k25 = article('2023-01-01', '25', 'kaz');
  assert.equal(text(k25).split('\n')[0], '1. Тұрғын үйге қол сұғылмайды. Соттың шешімінсіз тұрғын үйден айыруға жол берілмейді. Тұрғын үйге басып кіруге, оны тексеруге және тінтуге заңмен белгіленген реттер мен тәртіп бойынша ғана жол беріледі.');
  assert.ok(k25.notes.some((n) => /41-НҚ нормативтік қаулысына сәйкес\.$/u.test(n.text)));
  // 2026 Kazakh, the state language now in article 9
  assert.equal(text(article('2026-03-15', '9', 'kaz')).split('\n')[0], '1. Қазақстан Республикасының мемлекеттік тілі – қазақ тілі.');
});

test('the attribution review accounts for every change no act explains, and names no flag that is gone', () => {
  type Entry = { from: string; to: string; lang: Lang; flag: string; articles: string[]; kind: string; reason: string; checked: string };
  const review = parseYaml(readFileSync(join(ROOT, 'docs/attribution-review.yaml'), 'utf8')) as Entry[];
  const reviewed = new Set(review.filter((e) => e.flag !== 'none').flatMap((e) => e.articles.map((n) => `${e.from} ${e.to} ${e.lang} ${n} ${e.flag}`)));
  for (const e of review) assert.ok(e.kind && e.reason && e.checked, `${e.from} ${e.lang} ${e.articles.join(',')}`);
  const flagged = new Set<string>();
  for (const [i, to] of VERSIONS.entries()) {
    const from = VERSIONS[i - 1];
    if (!from) continue;
    for (const lang of to.languages.filter((l) => from.languages.includes(l))) {
      const run = runCli(['attribution', from.id, to.id, '--lang', lang, '--format', 'json']);
      assert.equal(run.status, 0, run.stderr);
      for (const a of JSON.parse(run.stdout).articles as { number: string; flag?: string }[]) {
        if (a.flag) flagged.add(`${from.id} ${to.id} ${lang} ${a.number} ${a.flag}`);
      }
    }
  }
  assert.deepEqual([...flagged].filter((f) => !reviewed.has(f)), [], 'flags without a review entry');
  assert.deepEqual([...reviewed].filter((f) => !flagged.has(f)), [], 'review entries whose flag is gone');
});
