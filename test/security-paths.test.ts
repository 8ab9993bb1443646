// Names that become paths (constitution, version, article) can never leave the
// store: every command that takes one refuses traversal, absolute paths,
// percent-encoding, Windows separators and NUL bytes with one line and exit 2,
// and nothing is read or written outside the store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { isUserFacingError, UsageError } from '../src/errors.js';
import { oneLineError, runCli } from './helpers/cli.js';
import { makeExport, tempDir } from './helpers/exports.js';

const EVIL = ['../../etc/passwd', '../kz', '/etc/passwd', '%2e%2e%2f%2e%2e%2fetc', '..\\..\\windows', 'kz/../../x', '.', '..', '~', 'C:\\x', '2019-03-23/../../x', '2019-03-23/rus/001'];

test('show, diff, history, at, blame, attribution and report refuse every escaping name with one line and exit 2', () => {
  const commands = (name: string): string[][] => [
    ['show', name, '1'], ['show', '2019-03-23', name], ['show', '2019-03-23', '1', '--constitution', name], ['show', '2019-03-23', '1', '--lang', name],
    ['diff', name, '2022-06-08'], ['diff', '2019-03-23', name], ['diff', '2019-03-23', '2022-06-08', '--article', name],
    ['diff', '2019-03-23', '2022-06-08', '--constitution', name],
    ['history', name], ['history', '1', '--in', name], ['history', '1', '--constitution', name],
    ['at', name], ['at', '2020-01-01', name], ['at', '2020-01-01', '--constitution', name],
    ['blame', name, '1'], ['blame', '2022-06-08', name],
    ['attribution', name, '2022-06-08'],
    ['report', name, '2022-06-08', '--output', join(tempDir(), 'r.html')],
  ];
  // Each name against a few commands, rotating, so every command sees several names.
  let runs = 0;
  EVIL.forEach((name, i) => {
    const all = commands(name);
    for (let k = 0; k < 4; k++) {
      const args = all[(i * 4 + k) % all.length];
      const run = runCli(args);
      assert.equal(run.status, 2, `${args.join(' ')}: exit 2 (${run.stderr})`);
      const line = oneLineError(run);
      assert.match(line, /^constdiff: /u);
      assert.doesNotMatch(line, /ENOENT|EACCES|no such file|internal error/u, args.join(' '));
      assert.equal(run.stdout, '', args.join(' '));
      runs++;
    }
  });
  assert.ok(runs >= 40);
});

test('the store API refuses the same names (and NUL bytes) before touching the file system', () => {
  const store = openStore();
  const refusals: (() => unknown)[] = [];
  for (const name of [...EVIL, 'kz\0', '2019-03-23\0', '1\0../x']) {
    refusals.push(() => store.constitution(name), () => store.version('kz', name), () => store.readArticle('kz', '2019-03-23', name, 'rus'),
      () => store.readVersion('kz', name, 'rus'), () => store.readVersion(name, '2019-03-23', 'rus'),
      () => store.readVersion('kz', '2019-03-23', name as 'rus'));
  }
  for (const refuse of refusals) {
    assert.throws(refuse, (e: unknown) => e instanceof UsageError && !/[\0\n]/u.test(e.message));
  }
});

test('import refuses escaping --version and --constitution and writes nothing outside the store', () => {
  const dir = makeExport({ 'rus.md': '# К\n\n## Р\n\n### Статья 1\n\nТекст.\n' });
  const work = tempDir('constdiff-sec-');
  const store = join(work, 'deep', 'store');
  const cases = [
    ['--version', '../../../x'], ['--version', '/tmp/x'], ['--version', '2020-01-01/../../x'], ['--version', '%2e%2e'], ['--version', '2020-13-45'],
    ['--constitution', '../../x'], ['--constitution', '/tmp/x'], ['--constitution', '..\\x'], ['--constitution', '%2e%2e'], ['--constitution', 'KZ'],
  ];
  for (const [flag, value] of cases) {
    const args = ['--store', store, 'import', dir, '--version', '2020-01-01', '--constitution', 'kz'];
    args[args.indexOf(flag) + 1] = value!;
    const run = runCli(args);
    assert.equal(run.status, 2, `${flag} ${value}: ${run.stderr}`);
    oneLineError(run);
  }
  // Nothing was created, not even the store folder.
  assert.deepEqual(readdirSync(work), []);
  assert.equal(existsSync('/tmp/x'), false);
});

test('a manifest or article file in the store cannot point outside it either', () => {
  // A hand-edited manifest naming a version "../.." is refused as a malformed id,
  // and article files name articles only by their own file name.
  const store = openStore();
  assert.throws(() => store.readArticle('kz', '2019-03-23', '../../../../etc/passwd', 'rus'), (e: unknown) => isUserFacingError(e));
});
