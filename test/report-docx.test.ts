// The Word report (`diff --format docx`, `report --docx`): every change a tracked
// revision. The document's XML is read back and its revisions compared with the
// JSON report of the same comparison; LibreOffice renders it to PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { CLI, ROOT, oneLineError, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/exports.js';

interface JsonReport {
  to: { act: string; effective: string };
  summary: { changed: number; total: number };
  articles: {
    number: string;
    status: string;
    points: { oldLabel: string | null; newLabel: string | null; status: string; ops: { op: string; text: string }[] }[];
  }[];
}

interface Revision {
  kind: 'ins' | 'del';
  attrs: Record<string, string>;
  /** The revised text; undefined for a paragraph mark (`<w:ins …/>` in a paragraph's properties). */
  text?: string;
}

const PAIR = ['before-referendum', 'after-referendum'];

const unescapeXml = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');

/** word/document.xml of a .docx file. */
function documentXml(file: string): string {
  const entries = unzipSync(readFileSync(file));
  assert.ok(entries['word/document.xml'], 'the file is a Word document');
  return strFromU8(entries['word/document.xml']);
}

/** Every w:ins and w:del element of the document, in order. */
function revisions(xml: string): Revision[] {
  const out: Revision[] = [];
  for (const m of xml.matchAll(/<w:(ins|del) ([^>]*?)(?:\/>|>(.*?)<\/w:\1>)/gsu)) {
    const attrs = Object.fromEntries([...m[2].matchAll(/([\w:]+)="([^"]*)"/gu)].map((a) => [a[1], unescapeXml(a[2])]));
    const text = m[3] === undefined ? undefined
      : [...m[3].matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/gu)].map((t) => unescapeXml(t[1])).join('');
    out.push({ kind: m[1] as 'ins' | 'del', attrs, text });
  }
  return out;
}

/** The paragraphs styled as article headings (Heading 2), as text. */
function articleHeadings(xml: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading2"\/>(.*?)<\/w:p>/gsu)]
    .map((m) => [...m[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => unescapeXml(t[1])).join(''));
}

const oneLine = (s: string) => s.replace(/[\n\t]+/gu, ' ');

/**
 * The revisions the JSON report implies, in reading order: each run of inserted
 * (deleted) word ops of a point is one revision; a point only on one side carries its label in its
 * first run.
 */
function expectedRuns(report: JsonReport, kind: 'ins' | 'del'): string[] {
  const op = kind === 'ins' ? 'insert' : 'delete';
  const whole = kind === 'ins' ? 'added' : 'repealed';
  const runs: string[] = [];
  for (const article of report.articles) {
    for (const point of article.points) {
      const label = kind === 'ins' ? point.newLabel : point.oldLabel;
      // Only on one side: its label is removed or added with its text.
      const oneSided = point.status === whole && (kind === 'ins' ? point.oldLabel === null : point.newLabel === null);
      let first = true;
      point.ops.forEach((o, i) => {
        if (o.op !== op) return;
        const text = oneLine(first && oneSided && label ? `${label} ${o.text}` : o.text);
        first = false;
        // Consecutive ops of one kind (the engine may split an insertion in two) read as one run.
        if (i > 0 && point.ops[i - 1].op === op) runs[runs.length - 1] += text;
        else runs.push(text);
      });
    }
  }
  return runs;
}

function generate(dir: string, args: string[]): { docx: string; json: JsonReport } {
  const docx = join(dir, 'report.docx');
  const made = runCli(['diff', ...args, '--format', 'docx', '--output', docx]);
  assert.equal(made.status, 0, made.stderr);
  const json = runCli(['diff', ...args, '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  return { docx, json: JSON.parse(json.stdout) as JsonReport };
}

/** The comparison's revisions correspond one to one with the JSON report's word changes. */
function checkAgainstJson(args: string[]): void {
  const dir = tempDir('constdiff-docx-');
  try {
    const { docx, json } = generate(dir, args);
    // A point whose label changed but that is on both sides would add revisions of its own; none here.
    assert.equal(json.articles.flatMap((a) => a.points).filter((p) => p.oldLabel && p.newLabel && p.oldLabel !== p.newLabel).length, 0);
    const all = revisions(documentXml(docx));
    for (const kind of ['ins', 'del'] as const) {
      const runs = all.filter((r) => r.kind === kind && r.text !== undefined).map((r) => r.text);
      const expected = expectedRuns(json, kind);
      assert.ok(expected.length > 0);
      assert.equal(runs.length, expected.length, `${kind}: one revision per ${kind === 'ins' ? 'inserted' : 'deleted'} word run of the JSON report`);
      assert.deepEqual(runs, expected);
      // Points added or repealed whole: their paragraph marks are revisions too.
      const marks = all.filter((r) => r.kind === kind && r.text === undefined).length;
      const op = kind === 'ins' ? 'insert' : 'delete';
      const wholePoints = json.articles.flatMap((a) => a.points).filter((p) => p.ops.every((o) => o.op === op)).length;
      assert.equal(marks, wholePoints);
    }
    for (const r of all) {
      assert.equal(r.attrs['w:author'], json.to.act);
      assert.equal(r.attrs['w:date'], `${json.to.effective}T00:00:00Z`);
    }
    assert.equal(new Set(all.map((r) => r.attrs['w:id'])).size, all.length, 'revision ids are unique');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('docx of the referendum pair: one tracked revision per word change of the JSON report, by the act, on its date', () => {
  checkAgainstJson(PAIR);
});

test('docx in Kazakh, --exact: the same correspondence (formatting-only edits are revisions too)', () => {
  checkAgainstJson([...PAIR, '--lang', 'kaz', '--exact']);
});

test('docx: a heading per article, unchanged ones left out with --changed-only; a summary page first', () => {
  const dir = tempDir('constdiff-docx-');
  try {
    const { docx, json } = generate(dir, PAIR);
    const xml = documentXml(docx);
    const headings = articleHeadings(xml);
    assert.equal(headings.length, json.articles.length);
    assert.equal(headings.length, json.summary.total);
    assert.ok(headings.includes('Article 83-1 — added'), headings.join('\n'));
    assert.ok(headings.includes('Article 1 — unchanged'));
    // The summary page (before the first article, which starts a new page) names both versions and the counts.
    const summary = xml.slice(0, xml.indexOf('<w:pageBreakBefore/>'));
    assert.match(summary, /From: 2019-03-23, before the 2022 referendum/u);
    assert.match(summary, new RegExp(`${json.summary.changed} of ${json.summary.total} articles changed`, 'u'));
    assert.equal((summary.match(/<w:ins /gu) ?? []).length, 0, 'the summary page holds no revision');
    assert.match(readFileSync(docx).subarray(0, 2).toString('latin1'), /^PK/u);

    const changedOnly = join(dir, 'changed.docx');
    const run = runCli(['diff', ...PAIR, '--format', 'docx', '--changed-only', '--output', changedOnly]);
    assert.equal(run.status, 0, run.stderr);
    const changed = articleHeadings(documentXml(changedOnly));
    assert.equal(changed.length, json.summary.changed);
    assert.deepEqual(changed, headings.filter((h) => !h.endsWith('— unchanged')));
    // Tracked changes stay on, so a reviewer's own edits are revisions too.
    assert.match(strFromU8(unzipSync(readFileSync(changedOnly))['word/settings.xml']), /<w:trackRevisions\/>/u);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('report --docx writes constdiff-<from>-<to>.docx, and never replaces it unasked', () => {
  const cwd = tempDir('constdiff-docx-report-');
  try {
    const first = runCli(['report', '--docx', '--changed-only'], { cwd });
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^wrote constdiff-2019-03-23-2022-06-08\.docx: 22 of 102 articles changed\n$/u);
    const file = join(cwd, 'constdiff-2019-03-23-2022-06-08.docx');
    assert.equal(articleHeadings(documentXml(file)).length, 22);
    const again = runCli(['report', '--docx'], { cwd });
    assert.equal(again.status, 2);
    assert.match(oneLineError(again), /constdiff-2019-03-23-2022-06-08\.docx already exists; use --force/u);
    assert.equal(runCli(['report', '--docx', '--force'], { cwd }).status, 0);
    assert.equal(articleHeadings(documentXml(file)).length, 102);
    assert.deepEqual(readdirSync(cwd), ['constdiff-2019-03-23-2022-06-08.docx'], 'no temporary file is left beside it');
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
});

test('docx to standard output: written to a pipe, refused on a terminal', () => {
  const piped = spawnSync(process.execPath, [CLI, 'diff', ...PAIR, '--format', 'docx'], { cwd: ROOT, timeout: 60_000 });
  assert.equal(piped.status, 0, piped.stderr.toString());
  assert.ok(unzipSync(piped.stdout)['word/document.xml']);
  // `script` gives the command a terminal for its output.
  const tty = spawnSync('script', ['-qec', `${process.execPath} ${CLI} diff ${PAIR.join(' ')} --format docx`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  assert.equal(tty.status, 2, tty.stdout);
  assert.match(tty.stdout, /^constdiff: --format docx is a binary file; name it with --output FILE, or redirect standard output\r?\n$/u);
});

test('LibreOffice opens the docx and shows the revisions (PDF text and a page image)', () => {
  const dir = tempDir('constdiff-docx-lo-');
  try {
    const { docx, json } = generate(dir, [...PAIR, '--changed-only']);
    const convert = spawnSync('libreoffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { encoding: 'utf8', timeout: 180_000 });
    assert.equal(convert.status, 0, convert.stderr);
    const pdf = join(dir, 'report.pdf');
    assert.ok(existsSync(pdf), convert.stdout + convert.stderr);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/gu, ' ');
    assert.match(text, /Constitution kz: changes from 2019-03-23 to 2022-06-08/u);
    assert.match(text, /Article 83-1 — added/u);
    // Both sides of a revision are shown: a deleted and an inserted phrase of article 6 (longest words, as line breaks may fall anywhere).
    const article6 = json.articles.find((a) => a.number === '6')!;
    for (const op of ['delete', 'insert']) {
      const words = article6.points.flatMap((p) => p.ops).filter((o) => o.op === op).flatMap((o) => o.text.split(/\s+/u));
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
      assert.ok(longest.length >= 6 && text.includes(longest), `${op}: ${longest}`);
    }
    const png = spawnSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', pdf, join(dir, 'page')], { encoding: 'utf8' });
    assert.equal(png.status, 0, png.stderr);
    const image = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
    assert.ok(image);
    assert.equal(readFileSync(join(dir, image)).subarray(1, 4).toString('latin1'), 'PNG');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
