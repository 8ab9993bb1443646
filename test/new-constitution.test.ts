// The 2026 Constitution against the text in force from 2023 (issue 11): articles
// that moved AND changed, old articles found again under new numbers, and
// typography-only edits. The correspondences below were read in the store files
// (constitution/kz/2023-01-01/rus and 2026-03-15/rus), not taken from the engine.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffVersions } from '../src/diff/index.js';
import { openStore } from '../src/store/index.js';
import type { ArticleDiff, Lang, VersionDiff } from '../src/types.js';
import { summaryText } from '../src/tui/bars.js';
import { titleLines } from '../src/tui/articleLines.js';
import { runCli } from './helpers/cli.js';
import { diffSchemaValidator } from './fixtures/report-schema.js';

const store = openStore();
const FROM = '2023-01-01';
const TO = '2026-03-15';

function compare(exact = false, lang: Lang = 'rus'): VersionDiff {
  return diffVersions({
    constitution: 'kz', lang, from: store.version('kz', FROM), to: store.version('kz', TO),
    oldArticles: store.readVersion('kz', FROM, lang), newArticles: store.readVersion('kz', TO, lang),
  }, { exact });
}
const vd = compare();
const byNew = (n: string): ArticleDiff => {
  const a = vd.articles.find((x) => x.number === n && x.status !== 'repealed');
  assert.ok(a, `new article ${n} is in the diff`);
  return a;
};

describe('2023 → 2026: renumbered and amended', () => {
  const reworded = vd.articles.filter((a) => a.status === 'renumbered' && a.textChanged);

  it('counts the renumbered articles whose wording changed, and their words', () => {
    // Article 46, formerly 44 (the President's powers): "ежегодным посланием" -> "посланиями", Курултай for Парламент, …
    const a46 = byNew('46');
    assert.equal(a46.status, 'renumbered');
    assert.equal(a46.previousNumber, '44');
    assert.equal(a46.textChanged, true);
    assert.ok(a46.counts.wordsAdded > 200 && a46.counts.wordsRemoved > 150, JSON.stringify(a46.counts));
    assert.equal(vd.summary.alsoAmended.renumbered, reworded.length);
    assert.ok(reworded.length > 60, `${reworded.length} reworded`);
    const words = vd.articles.reduce((n, a) => n + a.counts.wordsAdded, 0);
    assert.equal(vd.summary.wordsAdded, words);
  });

  it('says "renumbered and amended" in the text, Markdown, JSON, HTML and terminal UI', () => {
    const n = reworded.length;
    const renumbered = vd.summary.articles.renumbered;
    const text = runCli(['diff', FROM, TO]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, new RegExp(`\\b${renumbered} renumbered \\(${n} of them also amended\\)`));
    assert.match(text.stdout, /^# Article 46 renumbered and amended \(formerly 44\)/mu);
    // An article renumbered with its wording kept still says so.
    const kept = vd.articles.find((a) => a.status === 'renumbered' && !a.textChanged);
    if (kept) assert.match(text.stdout, new RegExp(`^# Article ${kept.number} renumbered \\(formerly ${kept.previousNumber}\\)`, 'mu'));

    const md = runCli(['diff', FROM, TO, '--format', 'md']).stdout;
    assert.match(md, /^### Article 46 — renumbered and amended \(formerly article 44\)$/mu);
    assert.match(md, new RegExp(`^\\| Renumbered \\| ${renumbered} \\|\\n\\| … of them also amended \\| ${n} \\|$`, 'mu'));

    const json = JSON.parse(runCli(['diff', FROM, TO, '--format', 'json']).stdout) as { summary: { alsoAmended: unknown } };
    assert.ok(diffSchemaValidator()(json));
    assert.deepEqual(json.summary.alsoAmended, { renumbered: n, moved: 0 });

    const html = runCli(['diff', FROM, TO, '--format', 'html']).stdout;
    assert.match(html, /<section[^>]*id="article-46"[^]*?class="badge st-renumbered"[^>]*>renumbered and amended</u);
    assert.match(html, new RegExp(`>renumbered</span> \\(${n} of them also amended\\)`));

    assert.match(summaryText(vd), new RegExp(`${renumbered} renumbered \\(${n} of them also amended\\)`));
    assert.match(titleLines(byNew('46'), 120).map((l) => l.map((s) => s.text).join('')).join('\n'), /renumbered and amended/);
  });
});

const KNOWN: [string, string][] = [
  ['4', '5'], ['7', '9'], ['8', '10'], ['10', '13'], ['16', '18'], ['19', '22'], ['20', '23'], ['32', '34'],
  ['44', '46'], ['45', '47'], ['50', '53'], ['60', '59'], ['63', '62'],
];

describe('2023 → 2026: articles found again by content', () => {
  // [old number, new number], each read in both files: old 4 "Действующим правом … являются нормы
  // Конституции" / new 5 "Действующее право … – нормы Конституции"; 7/9 state language; 8/10
  // "уважает принципы и нормы международного права"; 16/18 personal liberty; 19/22 nationality and
  // native language; 20/23 freedom of speech and creativity; 32/34 peaceful assembly; 44/46 the
  // President's powers; 45/47 the President's acts ("на основе и во исполнение Конституции");
  // 50/53 composition of the Parliament / Kurultai; 60/59 standing committees; 63/62 dissolution
  // of the Parliament / Kurultai; 10/13 citizenship.

  for (const [old, neu] of KNOWN) {
    it(`old article ${old} continues as article ${neu}`, () => {
      const a = byNew(neu);
      assert.equal(a.previousNumber, old);
      assert.equal(a.status, 'renumbered');
      assert.ok(!vd.articles.some((x) => x.status === 'repealed' && x.previousNumber === old), `old ${old} not also repealed`);
    });
  }

  it('old article 4 (sources of law) is not reported repealed with a new article 5 added', () => {
    const a5 = byNew('5');
    assert.equal(a5.matchedBy, 'similarity');
    assert.match(a5.old!.blocks[0].text, /^Действующим правом в Республике Казахстан являются нормы Конституции/);
    assert.match(a5.new!.blocks[0].text, /^Действующее право Республики Казахстан – нормы Конституции/);
  });
});

describe('2023 → 2026 in Kazakh: the same articles found again as in Russian', () => {
  // The Kazakh translation was revised as well as renumbered (new suffixes, other words:
  // "баянды етілген" -> "бекітілген"), so fewer of its word pairs survive than in Russian.
  const kaz = compare(false, 'kaz');
  const pairing = (d: VersionDiff) => d.articles.map((a) => `${a.old?.number ?? '-'} -> ${a.new?.number ?? '-'}`).sort();

  it('pairs every article as the Russian comparison does', () => {
    assert.deepEqual(pairing(kaz), pairing(vd));
    assert.deepEqual(kaz.summary.articles, vd.summary.articles);
  });

  it('finds the known correspondences, also those kept only by their place in the text', () => {
    for (const [old, neu] of KNOWN) {
      const a = kaz.articles.find((x) => x.number === neu && x.status !== 'repealed');
      assert.equal(a?.previousNumber, old, `kaz old ${old} -> new ${neu}`);
    }
    // Read in constitution/kz/{2023-01-01,2026-03-15}/kaz: international law (8 -> 10), personal
    // liberty (16 -> 18), peaceful assembly (32 -> 34), the Parliament / the Kurultai (50 -> 53).
    const starts: [string, RegExp, RegExp][] = [
      ['10', /^Қазақстан Республикасы халықаралық құқықтың принциптері мен нормаларын құрметтейді/u,
        /^Қазақстан Республикасы халықаралық құқық қағидаттары мен нормаларын құрметтейді/u],
      ['18', /^Әркім өзінің жеке басының бостандығына құқығы бар\.$/u, /^Әр адамға жеке бас бостандығы мен жеке басына қол сұғылмау құқығына кепілдік беріледі\.$/u],
      ['34', /^Қазақстан Республикасының азаматтары бейбіт әрі қарусыз жиналуға/u, /^Қазақстан Республикасы азаматтарының бейбiт жиналысқа құқығы бар\./u],
      ['53', /^Парламент тұрақты негізде жұмыс істейтін екі Палатадан/u, /^Құрылтай біртұтас жалпыұлттық сайлау округінің аумағы бойынша/u],
    ];
    for (const [neu, oldText, newText] of starts) {
      const a = kaz.articles.find((x) => x.number === neu && x.status === 'renumbered');
      assert.ok(a, `kaz new ${neu} renumbered`);
      assert.match(a.old!.blocks[0].text, oldText);
      assert.match(a.new!.blocks[0].text, newText);
    }
  });

  it('history 44 --lang kaz follows the President\'s powers to article 46', () => {
    const run = runCli(['history', '44', '--lang', 'kaz']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Article 44 of kz \(kaz\) through \d+ versions — numbered 44 → 46$/mu);
    const json = JSON.parse(runCli(['history', '44', '--lang', 'kaz', '--format', 'json']).stdout) as
      { steps: { version: { id: string }; number: string; change?: { status: string; previousNumber?: string } }[] };
    const last = json.steps[json.steps.length - 1];
    assert.deepEqual([last.version.id, last.number, last.change?.status, last.change?.previousNumber], [TO, '46', 'renumbered', '44']);
  });
});

describe('2023 → 2026: typography only', () => {
  it('hides straight → «» quotes and - → – inside changed articles unless --exact', () => {
    // New 44 (formerly 42), the oath: "…клянусь…Республики Казахстан" -> «…».
    // New 88 (formerly 86), point 1: "органы - маслихаты" -> "органы – маслихаты".
    const a88 = byNew('88');
    assert.equal(a88.previousNumber, '86');
    const p1 = a88.blocks.find((b) => b.newLabel === '1.')!;
    assert.equal(p1.status, 'unchanged');
    assert.equal(p1.formatOnly, true);
    const text = runCli(['diff', FROM, TO, '--article', '44', '88']).stdout;
    assert.match(text, /присяги: «Торжественно клянусь/u);
    assert.match(text, /Республики Казахстан»\./u);
    assert.doesNotMatch(text, /\[-"-\]|\[---\]/u);
    assert.doesNotMatch(text, /органы .*маслихаты выражают/u, 'the dash-only point is not printed');
    const exact = runCli(['diff', FROM, TO, '--article', '44', '88', '--exact']).stdout;
    assert.match(exact, /присяги: \[-"-\]\{\+«\+\}Торжественно/u);
    assert.match(exact, /органы \[---\]\{\+–\+\} маслихаты/u);
    const md = runCli(['diff', FROM, TO, '--article', '44', '--format', 'md']).stdout;
    assert.match(md, /присяги: «Торжественно/u);
  });
});
