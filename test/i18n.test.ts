// The interface in the readers' language: English, Russian and Kazakh catalogs
// with the same keys, chosen by --ui or the locale, used by the text and
// Markdown reports and the timeline views; JSON stays as it is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGS, messages, uiFromEnv, UI_LANGS, useUi } from '../src/report/messages.js';
import { en } from '../src/report/catalogs/en.js';
import type { PendingTarget } from '../src/types.js';
import { oneLineError, runCli } from './helpers/cli.js';

const same = (s: string) => s;

test('every catalog has exactly the English keys, each of the same kind', () => {
  const keys = Object.keys(en).sort();
  for (const lang of UI_LANGS) {
    const catalog = CATALOGS[lang] as Record<string, unknown>;
    const own = Object.keys(catalog).sort();
    assert.deepEqual(own.filter((k) => !keys.includes(k)), [], `${lang} has keys English does not`);
    assert.deepEqual(keys.filter((k) => !own.includes(k)), [], `${lang} lacks keys`);
    for (const key of keys) {
      assert.equal(typeof catalog[key], typeof (en as Record<string, unknown>)[key], `${lang}: ${key}`);
      if (typeof catalog[key] === 'string') assert.notEqual(catalog[key], '', `${lang}: ${key} is empty`);
    }
  }
});

test('the Russian and Kazakh catalogs are translated: every wording has Cyrillic letters', () => {
  const skip = new Set(['ui.tag']);
  for (const lang of ['ru', 'kk'] as const) {
    for (const [key, value] of Object.entries(CATALOGS[lang])) {
      if (typeof value === 'string' && !skip.has(key)) assert.match(value, /\p{Script=Cyrillic}/u, `${lang}: ${key}`);
    }
  }
  // Functions too, on sample values.
  assert.equal(CATALOGS.ru['article.title']('6'), 'Статья 6');
  assert.equal(CATALOGS.kk['article.title']('6'), '6-бап');
  assert.equal(CATALOGS.ru['article.title']('preamble'), 'Преамбула');
  assert.equal(CATALOGS.kk['article.title']('preamble'), 'Кіріспе');
});

test('the language comes from LC_ALL, then LC_MESSAGES, then LANG; C, POSIX and others are English', () => {
  assert.equal(uiFromEnv({ LANG: 'ru_RU.UTF-8' }), 'ru');
  assert.equal(uiFromEnv({ LANG: 'kk_KZ' }), 'kk');
  assert.equal(uiFromEnv({ LANG: 'kk_KZ.UTF-8' }), 'kk');
  assert.equal(uiFromEnv({ LANG: 'ru' }), 'ru');
  assert.equal(uiFromEnv({ LANG: 'C' }), 'en');
  assert.equal(uiFromEnv({ LANG: 'POSIX' }), 'en');
  assert.equal(uiFromEnv({ LANG: 'C.UTF-8' }), 'en');
  assert.equal(uiFromEnv({ LANG: 'de_DE.UTF-8' }), 'en');
  assert.equal(uiFromEnv({}), 'en');
  assert.equal(uiFromEnv({ LC_ALL: 'C', LANG: 'ru_RU.UTF-8' }), 'en');
  assert.equal(uiFromEnv({ LC_ALL: 'kk_KZ.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8', LANG: 'C' }), 'kk');
  assert.equal(uiFromEnv({ LC_MESSAGES: 'ru_RU.UTF-8', LANG: 'C' }), 'ru');
  // An empty variable counts as unset.
  assert.equal(uiFromEnv({ LC_ALL: '', LANG: 'ru_RU.UTF-8' }), 'ru');
  // `russian` is not a language code: no guessing.
  assert.equal(uiFromEnv({ LANG: 'russian' }), 'en');
});

test('plurals follow each language: статья / статьи / статей, one Kazakh form', () => {
  const ru = CATALOGS.ru['summary.adopted'];
  assert.match(ru(['44'], 1, 21), /^1 статья \(44\) также содержит .* изменено 1 из 21 статьи\.$/u);
  assert.match(ru(['44', '51'], 3, 98), /^2 статьи \(44, 51\) также содержат .* изменено 3 из 98 статей\.$/u);
  assert.match(ru(['1', '2', '3', '4', '5'], 5, 102), /^5 статей /u);
  assert.match(CATALOGS.ru['history.title']('Статья 7', 'kz', 'rus', 3), /3 версии$/u);
  assert.match(CATALOGS.ru['history.title']('Статья 7', 'kz', 'rus', 9), /9 версий$/u);
  assert.match(CATALOGS.kk['summary.adopted'](['44', '51'], 3, 98), /^2 бапта .* 98 баптың 3 бабы өзгереді\.$/u);
});

// Wording of pending changes in the vocabulary of the footnotes themselves:
// «Пункт 5 … изложить в новой редакции», «Статью 72 … дополнить пунктами 3, 4 и 5»,
// «Пункт 5-1 … исключить»; «5-тармақты жаңа редакцияда жазу», «72-бапты 3, 4 және
// 5-тармақтармен толықтыру», «5-1-тармақты алып тастау», «1-тармақтың бірінші абзацын».
const PENDING: [PendingTarget, string, string][] = [
  [{ kind: 'article' }, 'излагает статью в новой редакции', 'бапты жаңа редакцияда жазады'],
  [{ kind: 'point', label: '5.' }, 'излагает в новой редакции пункт 5', '5-тармақты жаңа редакцияда жазады'],
  [{ kind: 'point', label: '1.', lead: true }, 'излагает в новой редакции первый абзац пункта 1', '1-тармақтың бірінші абзацын жаңа редакцияда жазады'],
  [{ kind: 'point', label: '2)', parent: '1.' }, 'излагает в новой редакции подпункт 2) пункта 1', '1-тармақтың 2) тармақшасын жаңа редакцияда жазады'],
  [{ kind: 'add', labels: ['3.', '4.', '5.'] }, 'дополняет статью пунктами 3, 4 и 5', 'бапты 3, 4 және 5-тармақтармен толықтырады'],
  [{ kind: 'add', labels: ['1-1)', '1-2)'], after: '1)' }, 'дополняет статью подпунктами 1-1) и 1-2) после подпункта 1)',
    'бапты 1) тармақшадан кейін 1-1) және 1-2) тармақшалармен толықтырады'],
  [{ kind: 'add-paragraph', label: '3.' }, 'дополняет пункт 3 новой частью в конце', '3-тармақты соңына жаңа абзацпен толықтырады'],
  [{ kind: 'repeal', label: '5-1.' }, 'исключает пункт 5-1', '5-1-тармақты алып тастайды'],
];

test('what pending wording does, in Russian and Kazakh legal wording', () => {
  for (const [target, ru, kk] of PENDING) {
    assert.equal(CATALOGS.ru['pending.does'](target, same), ru);
    assert.equal(CATALOGS.kk['pending.does'](target, same), kk);
  }
});

test('useUi switches every shared wording at once, and back', () => {
  useUi('kk');
  try {
    assert.equal(messages['status.repealed'], 'алынып тасталды');
  } finally {
    useUi('en');
  }
  assert.equal(messages['status.repealed'], 'repealed');
});

const PAIR = ['diff', '2019-03-23', '2022-06-08', '--article', '44', '83-1'];

test('--ui ru / kk: the text report in Russian and Kazakh', () => {
  const ru = runCli([...PAIR, '--ui', 'ru']);
  assert.equal(ru.status, 0, ru.stderr);
  assert.match(ru.stdout, /^~ Статья 44 изменена · Раздел III\. Президент$/mu);
  assert.match(ru.stdout, /^\+ Статья 83-1 добавлена/mu);
  assert.match(ru.stdout, /^Изменено 22 из 102 статей — изменено: 20, добавлено: 2; добавлено слов: \d+, удалено: \d+ \(\d+,\d\u00a0%\)$/mu);
  assert.match(ru.stdout, /отложенная редакция с 2023-01-01 \(Закон РК от 08\.06\.2022\): излагает в новой редакции подпункт 2\)/u);
  assert.doesNotMatch(ru.stdout, /\b(Article|amended|added|pending|acts)\b/u);
  const kk = runCli([...PAIR, '--ui', 'kk']);
  assert.equal(kk.status, 0, kk.stderr);
  assert.match(kk.stdout, /^~ 44-бап өзгертілді · Раздел III\. Президент$/mu);
  assert.match(kk.stdout, /^\+ 83-1-бап қосылды/mu);
  assert.match(kk.stdout, /^102 баптың 22 бабы өзгертілді/mu);
  assert.match(kk.stdout, /2\) тармақшаны жаңа редакцияда жазады/u);
  assert.doesNotMatch(kk.stdout, /\b(Article|amended|added|pending|acts)\b/u);
});

test('--ui ru / kk: the Markdown report, headings and tables', () => {
  const ru = runCli([...PAIR, '--format', 'md', '--ui', 'ru']);
  assert.equal(ru.status, 0, ru.stderr);
  assert.match(ru.stdout, /^# Конституция kz: изменения 2019-03-23 → 2022-06-08$/mu);
  assert.match(ru.stdout, /^## Сводка$/mu);
  assert.match(ru.stdout, /^\| Изменено \| 20 \|$/mu);
  assert.match(ru.stdout, /^### Статья 44 — изменена$/mu);
  assert.match(ru.stdout, /^> Отложенная редакция с 2023-01-01/mu);
  const kk = runCli([...PAIR, '--format', 'md', '--ui', 'kk']);
  assert.match(kk.stdout, /^### 44-бап — өзгертілді$/mu);
  assert.match(kk.stdout, /^## Қорытынды$/mu);
});

test('history, blame, at, check-languages and versions speak the interface language', () => {
  const history = runCli(['history', '44', '--ui', 'ru']);
  assert.equal(history.status, 0, history.stderr);
  assert.match(history.stdout, /^Статья 44, kz \(rus\): \d+ верси(я|и|й)/u);
  assert.match(history.stdout, /первый текст в хранилище/u);
  const blame = runCli(['blame', '2022-06-08', '44', '--ui', 'kk']);
  assert.equal(blame.status, 0, blame.stderr);
  assert.match(blame.stdout, /^44-бап, kz, 2022-06-08 нұсқасы \(rus\)/u);
  assert.match(blame.stdout, /^Нұсқалар:$/mu);
  const at = runCli(['at', '2024-06-01', '--ui', 'ru']);
  assert.equal(at.status, 0, at.stderr);
  assert.match(at.stdout, /^kz \(rus\) на 2024-06-01: версия /u);
  const check = runCli(['check-languages', '--ui', 'kk']);
  assert.equal(check.status, 0, check.stderr);
  assert.match(check.stdout, /^kz: орыс және қазақ тіліндегі мәтіндер салыстырылды, /u);
  assert.match(check.stdout, /^ {2}1995-08-29: қазақ тіліндегі мәтін жоқ$/mu);
  const versions = runCli(['versions', '--ui', 'ru']);
  assert.match(versions.stdout, /действует с 2022-06-08 +\d+ стат(ья|ьи|ей)/u);
});

test('the locale picks the language; --ui overrides it; C and POSIX are English', () => {
  const byLang = runCli(PAIR, { env: { LANG: 'ru_RU.UTF-8' } });
  assert.match(byLang.stdout, /^~ Статья 44 изменена/mu);
  const byLcAll = runCli(PAIR, { env: { LC_ALL: 'kk_KZ.UTF-8', LANG: 'ru_RU.UTF-8' } });
  assert.match(byLcAll.stdout, /^~ 44-бап өзгертілді/mu);
  const overridden = runCli([...PAIR, '--ui', 'en'], { env: { LANG: 'ru_RU.UTF-8' } });
  assert.match(overridden.stdout, /^~ Article 44 amended/mu);
  for (const locale of ['C', 'POSIX']) {
    assert.match(runCli(PAIR, { env: { LC_ALL: locale, LANG: 'ru_RU.UTF-8' } }).stdout, /^~ Article 44 amended/mu);
  }
});

test('report: the line saying what was written is in the interface language too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'constdiff-i18n-'));
  try {
    const run = runCli(['report', '--output', join(dir, 'r.html'), '--ui', 'ru']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `записан файл ${join(dir, 'r.html')}. Изменено 22 из 102 статей\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('JSON is a contract: the same whatever the interface language', () => {
  const args = [...PAIR, '--format', 'json'];
  const english = runCli([...args, '--ui', 'en']);
  assert.equal(english.status, 0, english.stderr);
  assert.equal(runCli([...args, '--ui', 'ru']).stdout, english.stdout);
  assert.equal(runCli(args, { env: { LANG: 'kk_KZ.UTF-8' } }).stdout, english.stdout);
});

test('an unknown --ui is a one-line usage error', () => {
  const run = runCli([...PAIR, '--ui', 'de']);
  assert.equal(run.status, 2);
  assert.match(oneLineError(run), /^constdiff: option '--ui <language>' argument 'de' is invalid\. Allowed choices are en, ru, kk\.$/u);
  assert.equal(run.stdout, '');
});
