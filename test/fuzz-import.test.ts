// Fuzzing the importer: thousands of malformed exports generated in process
// (see fixtures/fuzz-inputs.ts). Each must import, or fail with a DataError or
// UsageError whose message is one line naming the file; none may take long.
// What imports is also written to a store, which must store it or refuse it
// with a DataError (never store something that reads back differently).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importExport } from '../src/import/index.js';
import { compareArticleNumbers, openStore } from '../src/store/index.js';
import { writeVersion } from '../src/store/write.js';
import { isUserFacingError } from '../src/errors.js';
import { checkFailure } from './fixtures/fuzz-check.js';
import { giantLine, mutate, Rng, type Input } from './fixtures/fuzz-inputs.js';
import { bigExport } from './fixtures/fuzz-synthetic.js';
import { INDEX, tempDir } from './helpers/exports.js';
import { oneLineError, runCli } from './helpers/cli.js';

const RUNS = 6000;
const GIANT = 8;
const SINGLE = `---\nsource: https://example.test/rus\n---\n\n# Конституция\n\nМы, народ Казахстана.\n\n## Раздел I. Общие положения\n\n<a id="st1"></a>\n\n### Статья 1\n\n1. Республика Казахстан.\n\n   1) первый;\n\n   2) второй.\n\n> *Сноска. Статья 1 с изменениями, внесенными Законом РК от 10.03.2017 № 51-VI.*\n\n<a id="st2"></a>\n\n### Статья 2\n\n> *Примечание. В пункт 1 Законом РК от 08.06.2022 предусмотрено изменение (вводится в действие с 01.01.2023):*\n\n1. Новая редакция.\n\n1. Старая редакция.\n\n2. Второй пункт.\n\n### Статья 2-1\n\nТекст статьи.\n`;
const KAZ = `# Қ\n\n## I бөлім\n\n<a id="st1"></a>\n\n### 1-бап\n\n1. Қазақстан Республикасы әділ мемлекет.\n\n> *Ескерту. 1-бапқа өзгеріс енгізілді - ҚР 21.05.2007 № 254-III.*\n`;
const PARTED = bigExport(4, 9);

/** The export of one fuzz case: which file is mutated, and the files around it. */
function exportFiles(rng: Rng, mutated: (base: string) => Input): Record<string, Input> {
  switch (rng.int(4)) {
    case 0: return { 'rus.md': mutated(SINGLE) };
    case 1: return { 'rus.md': SINGLE, 'kaz.md': mutated(KAZ) };
    case 2: return { ...PARTED, 'rus/sec001.md': mutated(PARTED['rus/sec001.md']) };
    default: return { ...PARTED, 'rus.md': mutated(rng.chance(0.5) ? PARTED['rus.md'] : INDEX()) };
  }
}

test(`importer: ${RUNS + GIANT} malformed exports, only one-line DataError/UsageError naming the file (a hang fails by the timeout; times go to stderr)`, { timeout: 120_000 }, () => {
  const rng = new Rng(20220605);
  const work = tempDir('constdiff-fuzz-');
  const store = join(work, 'store');
  const outcomes = { imported: 0, stored: 0, refused: 0, failed: 0 };
  const slowest = { ms: 0, what: '' };
  const started = performance.now();
  for (let run = 0; run < RUNS + GIANT; run++) {
    const files = exportFiles(rng, run < RUNS ? (b) => mutate(rng, b) : (b) => giantLine(rng, b));
    const dir = join(work, `e${run % 2}`);
    rmSync(dir, { recursive: true, force: true });
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const t = performance.now();
    try {
      const result = importExport(dir, { constitution: 'kz', version: '2000-01-01' });
      outcomes.imported++;
      if (run % 3 === 0) {
        try {
          writeVersion(store, { id: 'kz', title: 'K' }, result.content, { force: true });
          // What was stored reads back exactly as imported.
          const back = openStore(store).readVersion('kz', '2000-01-01', 'rus');
          assert.deepEqual(back, [...result.content.articles.rus!].sort((a, b) => compareArticleNumbers(a.number, b.number)));
          outcomes.stored++;
        } catch (error) {
          if (!isUserFacingError(error)) throw error;
          checkFailure(error, null, `run ${run} (store)`);
          outcomes.refused++;
        }
      }
    } catch (error) {
      checkFailure(error, dir, `run ${run}`);
      outcomes.failed++;
    }
    const ms = performance.now() - t;
    if (ms > slowest.ms) Object.assign(slowest, { ms, what: `run ${run}` });
  }
  const total = performance.now() - started;
  process.stderr.write(`fuzz-import: ${JSON.stringify(outcomes)}, slowest ${slowest.what} ${slowest.ms.toFixed(0)} ms, total ${(total / 1000).toFixed(1)} s\n`);
  assert.ok(outcomes.imported > RUNS / 10 && outcomes.failed > RUNS / 10, 'the inputs exercise both success and failure');
  rmSync(work, { recursive: true, force: true });
});

test('the CLI on the worst inputs: one line on stderr, exit 1, no stack trace', { timeout: 120_000 }, () => {
  const cases: [string, Input, RegExp][] = [
    ['5000 nested quotes', `# К\n\n### Статья 1\n\n${'>'.repeat(5000)} текст\n`, /rus\.md:5: nested too deeply/u],
    ['1000 nested lists', `# К\n\n### Статья 1\n\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 3)}1. x`).join('\n')}\n`, /rus\.md:\d+: nested too deeply/u],
    ['1 MB of emphasis marks', `# К\n\n### Статья 1\n\n${'**_* '.repeat(200_000)}\n`, /rus\.md:5: more than 2000 Markdown marks/u],
    ['1 MB of backslashes (minutes in remark)', `# К\n\n### Статья 1\n\n${'\\'.repeat(1_000_000)}\n`, /rus\.md:5: more than 2000 Markdown marks/u],
    ['200,000 lines', `# К\n\n### Статья 1\n\n${'-\n'.repeat(200_000)}`, /rus\.md:20001: more than 20000 lines/u],
    ['frontmatter YAML that only warns, and no article', '---\n&source: x\n---\n', /rus\.md: no article found/u],
    ['UTF-16 with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# К\n\n### Статья 1\n\nТекст.\n', 'utf16le')]), /rus\.md:1: is not valid UTF-8/u],
    ['binary junk', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /rus\.md:\d+: is not valid UTF-8/u],
    ['broken frontmatter', '---\nsource: [https://x\n---\n# К\n', /rus\.md:2: broken frontmatter/u],
    ['unclosed frontmatter, so no article at all', '---\nsource: https://x\n', /rus\.md: no article found/u],
    ['an article twice', '# К\n\n### Статья 1\n\nА.\n\n### Статья 1\n\nБ.\n', /rus\.md:7: article 1 appears twice/u],
  ];
  for (const [what, content, expected] of cases) {
    const dir = tempDir('constdiff-fuzz-cli-');
    writeFileSync(join(dir, 'rus.md'), content);
    const run = runCli(['--store', join(dir, 'store'), 'import', dir, '--version', '2000-01-01']);
    assert.equal(run.status, 1, `${what}: exit 1 (${run.stderr})`);
    assert.match(oneLineError(run), expected, what);
    assert.match(run.stderr, /^constdiff: /u, what);
    assert.doesNotMatch(run.stderr, /internal error|\n\s+at .+:\d+:\d+/u, what);
    assert.equal(run.stdout, '', what);
    rmSync(dir, { recursive: true, force: true });
  }
});
