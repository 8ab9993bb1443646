// renderJson: the output must validate against schema/diff.schema.json and be an
// explicit mapping (not a dump of internal objects).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderJson } from '../src/report/json.js';
import { SAMPLE_DIFF } from './fixtures/sample-diff.js';
import { DIFF_SCHEMA as schema, diffSchemaValidator as validator, undescribedProperties } from './fixtures/report-schema.js';

test('sample report validates against the schema', () => {
  const validate = validator();
  const report = JSON.parse(renderJson(SAMPLE_DIFF));
  assert.equal(validate(report), true, JSON.stringify(validate.errors, null, 2));
});

test('schema rejects drift: unknown fields, bad status, missing fields', () => {
  const validate = validator();
  const base = () => JSON.parse(renderJson(SAMPLE_DIFF));
  const extra = base();
  extra.articles[0].old = {};
  assert.equal(validate(extra), false);
  const badStatus = base();
  badStatus.articles[1].status = 'changed';
  assert.equal(validate(badStatus), false);
  const missing = base();
  delete missing.summary.changeRatio;
  assert.equal(validate(missing), false);
  const badTarget = base();
  delete badTarget.articles[3].pending[0].target.label;
  assert.equal(validate(badTarget), false);
  const badOp = base();
  badOp.articles[1].points[1].ops[0].op = 'replace';
  assert.equal(validate(badOp), false);
});

test('every schema property carries a description', () => {
  assert.deepEqual(undescribedProperties(schema), []);
});

test('top level: versions, options and summary are mapped', () => {
  const report = JSON.parse(renderJson(SAMPLE_DIFF));
  assert.equal(report.schemaVersion, 1);
  assert.equal(report.constitution, 'kz');
  assert.equal(report.lang, 'rus');
  assert.deepEqual(report.from, {
    id: '2019-03-23', effective: '2019-03-23', label: 'before the 2022 referendum', act: 'Закон РК от 23.03.2019 № 238-VI',
  });
  assert.equal(report.to.id, '2022-06-08');
  assert.deepEqual(report.options, { exact: false, asAdopted: false });
  assert.deepEqual(report.summary.articles, { unchanged: 1, amended: 3, added: 1, repealed: 1, renumbered: 1, moved: 0 });
  assert.equal(report.summary.changed, 6);
  assert.equal(report.summary.total, 7);
  // Counted by hand. Removed: art. 15 "устанавливается … преступления" 9, art. 84 7,
  // art. 90 "b статьи b и кавычки" 5. Added: art. 15 1, art. 44 "подписывает законы" 2 +
  // "Мажилис" 1 + "а" 1, art. 83-1 12, art. 90 "script alert 1 script img src x onerror alert 2
  // 31mкрасный 0m" 12.
  assert.equal(report.summary.wordsRemoved, 9 + 7 + 5);
  assert.equal(report.summary.wordsAdded, 1 + 4 + 12 + 12);
});

test('articles: numbers, statuses, previous numbers, ops and acts', () => {
  const report = JSON.parse(renderJson(SAMPLE_DIFF));
  assert.deepEqual(report.articles.map((a: { number: string }) => a.number), ['1', '15', '44', '72', '83-1', '84', '90']);
  const byNumber = new Map<string, any>(report.articles.map((a: { number: string }) => [a.number, a]));
  const a15 = byNumber.get('15');
  assert.equal(a15.status, 'amended');
  assert.equal(a15.previousNumber, undefined);
  assert.equal(a15.section, 'Раздел II. Человек и гражданин');
  assert.deepEqual(a15.acts, [{ date: '2022-06-08' }]);
  assert.equal(a15.points[1].oldLabel, '2.');
  assert.deepEqual(a15.points[1].ops.map((o: any) => o.op), ['equal', 'delete', 'insert', 'equal']);
  assert.equal(a15.points[1].ops[2].text, 'запрещается');
  const rebuiltNew = a15.points[1].ops.filter((o: any) => o.op !== 'delete').map((o: any) => o.text).join('');
  assert.equal(rebuiltNew, 'Никто не вправе произвольно лишать человека жизни. Смертная казнь запрещается.');

  const a72 = byNumber.get('72');
  assert.equal(a72.status, 'renumbered');
  assert.equal(a72.previousNumber, '71-1');
  assert.equal(a72.pending.length, 1);
  assert.deepEqual(a72.pending[0].target, { kind: 'point', label: '1.' });
  assert.equal(a72.pending[0].effective, '2023-01-01');
  assert.equal(a72.pending[0].actDate, '2022-06-08');
  assert.match(a72.pending[0].points[0].text, /нормативные правовые акты/);

  const a84 = byNumber.get('84');
  assert.equal(a84.status, 'repealed');
  assert.equal(a84.previousNumber, '84');
  assert.equal(a84.section, 'Раздел VI. Конституционный Суд');
  assert.equal(byNumber.get('83-1').previousNumber, undefined);

  // The ANSI escape survives verbatim as a JSON-escaped string (JSON is for programs, not terminals).
  const a90 = byNumber.get('90');
  assert.ok(a90.points[0].ops.some((o: any) => o.text.includes('\u001b[31m')));
  assert.deepEqual(a90.notes, ['См. <script>alert("note")</script> постановление.']);
});

test('the output is JSON text with no raw control characters', () => {
  const text = renderJson(SAMPLE_DIFF);
  assert.ok(text.endsWith('}\n'));
  assert.equal(/[\u0000-\u0009\u000b-\u001f]/.test(text), false);
  assert.ok(text.includes('\\u001b[31m'));
});

test('pending wording that waits for an event: effective null plus condition', () => {
  const diff = structuredClone(SAMPLE_DIFF);
  const pending = diff.articles.find((a) => a.number === '72')!.new!.pending[0] as unknown as Record<string, unknown>;
  pending.effective = null;
  pending.condition = 'со дня первого заседания Мажилиса';
  const report = JSON.parse(renderJson(diff));
  const out = report.articles.find((a: { number: string }) => a.number === '72').pending[0];
  assert.equal(out.effective, null);
  assert.equal(out.condition, 'со дня первого заседания Мажилиса');
  assert.equal(validator()(report), true);
});
