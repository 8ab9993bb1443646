// renderMarkdown: checked by parsing the output back with remark (CommonMark),
// so "the marks render" and "text cannot break the document" are tested on the
// parse tree, not by string matching alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';
import { escapeMarkdown, renderMarkdown, renderOpsMarkdown } from '../src/report/markdown.js';
import type { WordOp } from '../src/types.js';
import { SAMPLE_DIFF } from './fixtures/sample-diff.js';

const parse = (md: string): Root => unified().use(remarkParse).parse(md);

function nodes(tree: Nodes): Nodes[] {
  const all: Nodes[] = [tree];
  if ('children' in tree) for (const child of tree.children) all.push(...nodes(child));
  return all;
}

// GFM `~~` follows the same flanking rules as `**`; remark-parse (CommonMark)
// knows only the latter, so swapping marks lets us check strikethrough opens and closes.
const strikeAsStrong = (md: string) => md.replace(/(?<!\\)~~/g, '**');

const md = renderMarkdown(SAMPLE_DIFF);

test('title, version table and summary', () => {
  const tree = parse(md);
  const headings = nodes(tree).filter((n) => n.type === 'heading').map((n) => toString(n));
  assert.equal(headings[0], 'Constitution kz: changes from 2019-03-23 to 2022-06-08');
  assert.ok(headings.includes('Summary'));
  assert.match(md, /\| Act \| Закон РК от 23\.03\.2019 № 238-VI \| Закон РК от 08\.06\.2022 \|/);
  assert.match(md, /\| Label \| before the 2022 referendum \| after the 2022 referendum \|/);
  assert.match(md, /\| Amended \| 3 \|/);
  assert.match(md, /\| Repealed \| 1 \|/);
  assert.match(md, /\| Total \| 7 \|/);
  assert.match(md, /6 of 7 articles changed; 29 words added, 21 removed/);
});

test('one heading per changed article, with status and former number', () => {
  const headings = nodes(parse(md)).filter((n) => n.type === 'heading' && n.depth === 3).map((n) => toString(n));
  assert.deepEqual(headings, [
    'Article 15 — amended',
    'Article 44 — amended',
    'Article 72 — renumbered (formerly article 71-1)',
    'Article 83-1 — added',
    'Article 84 — repealed',
    'Article 90 — amended',
  ]);
  assert.ok(!md.includes('Article 1 —'), 'unchanged articles are not listed');
});

test('article 15: deleted wording struck, inserted wording bold, acts listed', () => {
  const section = md.slice(md.indexOf('### Article 15'), md.indexOf('### Article 44'));
  assert.match(section, /Amending acts: 2022-06-08/);
  const strong = nodes(parse(section)).filter((n) => n.type === 'strong').map((n) => toString(n));
  assert.deepEqual(strong, ['запрещается.']);
  const struck = nodes(parse(strikeAsStrong(section))).filter((n) => n.type === 'strong').map((n) => toString(n));
  assert.deepEqual(struck, [
    'устанавливается законом как исключительная мера наказания за террористические преступления.',
    'запрещается.',
  ]);
});

test('article 44: a change inside a word is shown as whole words so the marks render', () => {
  const section = md.slice(md.indexOf('### Article 44'), md.indexOf('### Article 72'));
  const tree = parse(strikeAsStrong(section));
  const marked = nodes(tree).filter((n) => n.type === 'strong').map((n) => toString(n));
  assert.deepEqual(marked, ['1-1) подписывает законы;', 'Мажилис', 'Парламент;', 'Парламента;']);
  // No stray delimiters left as literal text.
  const texts = nodes(tree).filter((n) => n.type === 'text').map((n) => (n as { value: string }).value).join('');
  assert.ok(!texts.includes('*'));
});

test('point labels never turn into ordered lists; subpoints nest', () => {
  const tree = parse(md);
  const lists = nodes(tree).filter((n) => n.type === 'list');
  assert.ok(lists.length > 0);
  assert.ok(lists.every((l) => l.type === 'list' && !l.ordered));
  const items = nodes(tree).filter((n) => n.type === 'listItem').map((n) => toString(n));
  assert.ok(items.some((t) => t.startsWith('2. Никто не вправе')), 'label "2." kept as text');
  const nested = lists.filter((l) => nodes(l).filter((n) => n.type === 'list').length > 1);
  assert.ok(nested.length > 0, 'article 44 subpoints are nested under its lead paragraph');
});

test('renumbered article says "formerly" and shows pending wording', () => {
  const section = md.slice(md.indexOf('### Article 72'), md.indexOf('### Article 83-1'));
  assert.match(section, /Wording unchanged\./);
  assert.match(section, /Pending from 2023-01-01 \(Закон РК от 08\.06\.2022\): replaces point 1\\\.$/m);
  const quote = nodes(parse(section)).find((n) => n.type === 'blockquote')!;
  assert.match(toString(quote), /Конституционный Суд по обращениям граждан рассматривает нормативные правовые акты\./);
});

test('injected markup and terminal escapes cannot break the document', () => {
  const tree = parse(md);
  const kinds = new Set(nodes(tree).map((n) => n.type));
  assert.ok(!kinds.has('html'), 'no raw HTML node');
  assert.ok(!kinds.has('link') && !kinds.has('image'));
  assert.ok(!md.includes('\u001b'));
  const section = md.slice(md.indexOf('### Article 90'));
  const text = toString(parse(section));
  assert.ok(text.includes('<script>alert(1)</script> "><img src=x onerror=alert(2)> красный'));
  assert.ok(text.includes('& амперсанд.'));
});

test('escapeMarkdown: any text parses back to itself as a list item', () => {
  const unit = fc.constantFrom(...'ab1 2.)-+*_~`[]()<>|#!&\\=:;"\'ЖЁ\n\t'.split(''));
  fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
    const escaped = escapeMarkdown(s).trim();
    fc.pre(escaped.length > 0);
    const tree = parse(`- ${escaped}`);
    assert.equal(tree.children.length, 1);
    const list = tree.children[0];
    assert.equal(list.type, 'list');
    const expected = s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ').trim();
    const actual = toString(list).replace(/\t/g, ' ');
    assert.equal(actual, expected);
  }), { numRuns: 500 });
});

test('renderOpsMarkdown: marks always render and rebuild the old and new wording', () => {
  const word = fc.constantFrom('слово', 'а', ';', '.', '1)', 'закон', 'Ж', ' ', ' ', '-', '"', '(б)');
  const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(''));
  const op = fc.record({ type: fc.constantFrom<'equal' | 'insert' | 'delete'>('equal', 'insert', 'delete'), text });
  const squash = (s: string) => s.replace(/\s+/g, '');
  fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (ops: WordOp[]) => {
    const out = renderOpsMarkdown(ops);
    fc.pre(out.length > 0);
    const oldText = ops.filter((o) => o.type !== 'insert').map((o) => o.text).join('');
    const newText = ops.filter((o) => o.type !== 'delete').map((o) => o.text).join('');
    // With both marks read as strong, every delimiter must have been consumed.
    const swapped = parse(`- ${strikeAsStrong(out)}`);
    const literal = nodes(swapped).filter((n) => n.type === 'text').map((n) => (n as { value: string }).value).join('');
    assert.ok(!literal.includes('*'), `unrendered mark in ${out}`);
    // Reading only bold as marked: dropping ~~…~~ leaves the new wording, dropping **…** the old.
    const tree = parse(`- ${out}`);
    const para = nodes(tree).find((n) => n.type === 'paragraph')!;
    let withoutStrong = '';
    let all = '';
    for (const child of (para as { children: Nodes[] }).children) {
      all += toString(child);
      if (child.type !== 'strong') withoutStrong += toString(child);
    }
    assert.equal(squash(all.replace(/~~.*?~~/g, '')), squash(newText));
    assert.equal(squash(withoutStrong.replace(/~~/g, '')), squash(oldText));
  }), { numRuns: 500 });
});
