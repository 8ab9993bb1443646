// The JSON of history, at, blame, attribution, show and versions: each run of
// the built CLI on the bundled constitution must validate against its schema in
// schema/, use the diff report's vocabulary, and carry none of the internal
// objects (whole articles, `blocks`, `type`) that a refactor could rename.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './helpers/cli.js';
import { schemaValidators, undescribedProperties, VIEW_SCHEMAS, type ViewSchema } from './fixtures/report-schema.js';

const { schemas, validator } = schemaValidators();

function json(name: ViewSchema, args: string[]): Record<string, any> {
  const run = runCli(args);
  assert.equal(run.status, 0, run.stderr);
  const value = JSON.parse(run.stdout);
  const validate = validator(name);
  assert.equal(validate(value), true, `${args.join(' ')}: ${JSON.stringify(validate.errors, null, 2)}`);
  assert.equal(value.schemaVersion, 1);
  return value;
}

/** Keys anywhere in the value: the internal names must not leak. */
function keys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keys(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keys(v, out);
    }
  }
  return out;
}

function noInternals(value: unknown): void {
  const seen = keys(value);
  for (const internal of ['blocks', 'type', 'old', 'new', 'diff', 'aliasesOf', 'sinceVersion']) {
    assert.ok(!seen.has(internal), `internal key "${internal}" in the output`);
  }
}

test('history --format json: every step validates; the renumbering 7 → 9 of 2026 is a change with points and ops', () => {
  const h = json('history', ['history', '7', '--format', 'json']);
  noInternals(h);
  assert.equal(h.number, '7');
  assert.deepEqual(h.steps.map((s: { version: { id: string } }) => s.version.id),
    ['1995-08-29', '1998-10-06', '2007-05-21', '2011-02-02', '2019-03-23', '2022-06-08', '2022-09-17', '2023-01-01', '2026-03-15']);
  assert.equal(h.steps[0].change.status, 'added');
  const last = h.steps.at(-1);
  assert.equal(last.number, '9');
  assert.equal(last.change.number, '9');
  assert.equal(last.change.previousNumber, '7');
  assert.ok(last.change.points.some((p: { ops: { op: string }[] }) => p.ops.some((o) => o.op === 'insert')));
  assert.deepEqual(last.acts, [{ date: '2026-03-15', source: 'version' }]);
  // An article the 2026 Constitution drops ends with a repealed step, without a number: old 93, a
  // transitional duty to teach the state language (old 91, amending the Constitution, continues as 92).
  const gone = json('history', ['history', '93', '--format', 'json']);
  assert.equal(gone.steps.at(-1).change.status, 'repealed');
  assert.equal(gone.steps.at(-1).number, undefined);
});

test('at --format json: the version in force, applied and waiting wording; with an article, its text as in force', () => {
  const all = json('at', ['at', '2023-01-01', '--format', 'json']);
  noInternals(all);
  assert.equal(all.version.id, '2023-01-01');
  assert.equal(all.article, undefined);
  const before = json('at', ['at', '2022-12-31', '78', '--format', 'json']);
  noInternals(before);
  assert.equal(before.version.id, '2022-09-17');
  assert.deepEqual(before.applied, []);
  assert.equal(before.waiting[0].article, '78');
  assert.equal(before.waiting[0].pending.effective, '2023-01-01');
  assert.match(before.article.points[0].text, /Конституционный Совет/u);
  const after = json('at', ['at', '2022-09-20', '78', '--format', 'json']);
  assert.equal(after.version.id, '2022-09-17');
  const due = json('at', ['at', '2023-01-01', '51', '--format', 'json']);
  assert.deepEqual(due.waiting.map((x: { pending: { effective: null } }) => x.pending.effective), [null]);
});

test('blame --format json: each point with the version its wording comes from', () => {
  const b = json('blame', ['blame', '2026-03-15', '13', '--format', 'json']);
  noInternals(b);
  assert.equal(b.points[0].label, '1.');
  assert.equal(b.points[0].since.id, '1995-08-29');
  assert.equal(b.points[0].sinceNumber, '10');
  assert.equal(b.points.at(-1).since.id, '2026-03-15');
  assert.deepEqual(b.points.at(-1).acts, [{ date: '2026-03-15', source: 'version' }]);
});

test('attribution --format json: acts per changed article, flags where the footnotes do not fit', () => {
  const a = json('attribution', ['attribution', '2019-03-23', '2022-06-08', '--format', 'json']);
  noInternals(a);
  assert.equal(a.from.id, '2019-03-23');
  assert.ok(a.articles.every((x: { acts: { date: string }[]; flag?: string }) => x.flag !== undefined || x.acts.some((act) => act.date === '2022-06-08')));
  assert.ok(a.articles.some((x: { number: string; flag?: string }) => x.number === '50' && x.flag === 'act-without-change'));
  json('attribution', ['attribution', '2023-01-01', '2026-03-15', '--format', 'json']);
});

test('show --json: one stored article with footnotes, notes and pending wording; versions --json: every version', () => {
  const s = json('show', ['show', '2022-06-08', '51', '--json']);
  noInternals(s);
  assert.equal(s.version.id, '2022-06-08');
  assert.equal(s.article.number, '51');
  assert.equal(s.article.points[0].label, '1.');
  assert.ok(s.article.footnotes[0].acts.some((x: { date: string }) => x.date === '2022-06-08'));
  assert.equal(s.article.pending[0].effective, null);
  json('show', ['show', '2026-03-15', 'preamble', '--json', '--lang', 'rus']);
  json('show', ['show', 'after-referendum', '44', '--json', '--lang', 'kaz']);
  const v = json('versions', ['versions', '--json']);
  noInternals(v);
  assert.equal(v.versions.length, 9);
  assert.deepEqual(v.versions[4].aliases, ['before-referendum']);
  assert.deepEqual(v.versions.map((x: { languages: string[] }) => x.languages.join('+')), ['rus', ...Array(8).fill('rus+kaz')]);
});

test('the view schemas reject drift and describe every property', () => {
  const validate = validator('history');
  const h = json('history', ['history', '83-1', '--format', 'json']);
  assert.equal(validate({ ...h, extra: 1 }), false);
  const renamed = structuredClone(h);
  renamed.steps[0].change.points[0].ops[0].type = renamed.steps[0].change.points[0].ops[0].op;
  assert.equal(validate(renamed), false);
  const missing = structuredClone(h);
  delete missing.steps[0].acts;
  assert.equal(validate(missing), false);
  assert.deepEqual(VIEW_SCHEMAS.flatMap((name) => undescribedProperties(schemas[name], name)), []);
});

test('at on the 2026 Constitution says that numbering changed (text and JSON); not for an amendment', () => {
  // 2023-01-01 article 78 ("Суды не вправе применять законы … ущемляющие") reads as article 79
  // of 2026; 2026 article 78 ("Судья при отправлении правосудия независим") was article 77.
  const text = runCli(['at', '2026-07-01', '78']);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /^Numbering changed with 2026-03-15: article 78 here was article 77 of 2023-01-01; article 78 of 2023-01-01 is article 79 here\.$/mu);
  const j = json('at', ['at', '2026-07-01', '78', '--format', 'json']);
  assert.equal(j.numbering.previous.id, '2023-01-01');
  assert.equal(j.numbering.formerNumber, '77');
  assert.equal(j.numbering.numberNow, '79');
  // Within the amendments of 2022-2023 article 78 keeps its number: nothing to say.
  assert.doesNotMatch(runCli(['at', '2023-01-01', '78']).stdout, /Numbering changed/u);
  assert.equal(json('at', ['at', '2023-01-01', '78', '--format', 'json']).numbering, undefined);
  // A number new in an amendment (83-1 in 2022) named nothing before: nothing to say either.
  assert.doesNotMatch(runCli(['at', '2022-06-08', '83-1']).stdout, /Numbering changed/u);
});
