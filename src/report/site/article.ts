// One folder per article number: `index.html`, the article followed through every
// version (the history report's timeline and steps, Russian and Kazakh side by
// side), and one permanent page per version the number exists in
// (`article-44/2022-06-08.html`: the wording in both languages, what that version
// changed, and where each point's wording comes from). A number the 2026
// Constitution gave to another provision shows each provision in turn.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { type ArticleBlame, type ArticleHistory, type Block, type Lang, LANG_TAG } from '../../types.js';
import { articleBlame, articleHistory, type Timeline } from '../../timeline/index.js';
import {articleName, cleanText } from '../html/context.js';
import { toolbar, viewRadios } from '../html/document.js';
import { actsText, historyStep, historyTimeline, numberPath } from '../html/history.js';
import { LANGUAGE_NAME } from '../messages.js';
import { articleFeed, articleIndex, pairPage, permalink, rel, type SiteData, SITE_LANG } from './model.js';
import { sitePage } from './shell.js';

const LANGS: readonly Lang[] = ['rus', 'kaz'];

/** Histories of each language, computed once per provision and shared by every page that shows it. */
export class Histories {
  private readonly cache = new Map<string, ArticleHistory | null>();
  constructor(private readonly data: SiteData) {}

  /** The history of the provision that is article `number` in `version`, in `lang` (null: that text lacks it). */
  of(lang: Lang, version: string, number: string): ArticleHistory | null {
    const key = `${lang}|${version}|${number}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const tl: Timeline | undefined = this.data.timelines[lang];
    const at = tl ? tl.indexOf(version) : -1;
    if (!tl || at < 0 || !tl.texts[at].articles.some((a) => a.number === number)) {
      this.cache.set(key, null);
      return null;
    }
    const history = articleHistory(tl, number, version);
    for (const s of history.steps) if (s.number !== undefined) this.cache.set(`${lang}|${s.version.id}|${s.number}`, history);
    return history;
  }
}

/** Ids made unique when one page holds the same history report part twice (second language, second provision). */
function suffixIds(node: Element, suffix: string): Element {
  const walk = (el: Element) => {
    const p = el.properties;
    for (const key of ['id', 'htmlFor', 'ariaLabelledBy']) {
      const value = p[key];
      if (typeof value === 'string') p[key] = `${value}${suffix}`;
      else if (Array.isArray(value)) p[key] = value.map((v) => `${v}${suffix}`);
    }
    if (typeof p.href === 'string' && p.href.startsWith('#')) p.href = `${p.href}${suffix}`;
    for (const c of el.children) if (c.type === 'element') walk(c);
  };
  walk(node);
  return node;
}

function plainBlocks(blocks: readonly Block[], lang: Lang): Element {
  return h('div.plain', { lang: LANG_TAG[lang] }, blocks.map((b) => h('p', { className: ['block', `level-${Math.max(0, Math.min(b.level, 3))}`] }, [
    b.label ? h('span.label', cleanText(b.label)) : null, b.label ? ' ' : null, h('span.text', cleanText(b.text)),
  ])));
}

/** Two columns, one per language; a language without the article says so. */
function twoLangs(parts: Partial<Record<Lang, ElementContent | null>>, missing: string): Element {
  return h('div.two-langs', LANGS.map((lang) => h('div.lang-col', [
    h('p.lang-name', { lang: SITE_LANG }, LANGUAGE_NAME[lang]),
    parts[lang] ?? h('p.facts', { lang: SITE_LANG }, missing),
  ])));
}

function blameTable(blame: ArticleBlame, depth: number): Element {
  return h('table.blame', { lang: SITE_LANG }, [
    h('thead', h('tr', [h('th', { scope: 'col' }, 'Point'), h('th', { scope: 'col' }, 'Wording since'), h('th', { scope: 'col' }, 'Acts')])),
    h('tbody', blame.blocks.map((b) => h('tr', [
      h('th', { scope: 'row' }, [b.label ? cleanText(b.label) : `paragraph ${b.index + 1}`, h('br'),
        h('small', { lang: LANG_TAG[blame.lang] }, `${cleanText(b.text.slice(0, 60))}${b.text.length > 60 ? '…' : ''}`)]),
      h('td', [h('a', { href: rel(depth, permalink(b.sinceNumber, b.since.id)) }, cleanText(b.since.id)),
        b.sinceNumber !== blame.number ? ` (article ${cleanText(b.sinceNumber)})` : '',
        b.sinceLabel !== null && b.sinceLabel !== b.label ? ` (point ${cleanText(b.sinceLabel)})` : '']),
      h('td', b.acts.length ? b.acts.map((a) => `${a.date}${a.number ? ` № ${a.number}` : ''}`).join('; ') : '—'),
    ]))),
  ]);
}

/** The permanent page of article `number` as it reads in version `versionIndex`. */
export function permalinkPage(data: SiteData, histories: Histories, number: string, versionIndex: number): Root {
  const version = data.versions[versionIndex];
  const depth = 1;
  const hist = Object.fromEntries(LANGS.map((l) => [l, histories.of(l, version.id, number)])) as Record<Lang, ArticleHistory | null>;
  const rus = hist.rus!;
  const at = rus.steps.findIndex((s) => s.version.id === version.id);
  const prev = rus.steps[at - 1];
  const next = rus.steps[at + 1];
  const link = (s: typeof prev, word: string) => (s?.number !== undefined
    ? h('a', { href: rel(depth, permalink(s.number, s.version.id)), rel: word === 'previous' ? 'prev' : 'next' },
      `${word}: ${cleanText(s.version.id)}${s.number !== number ? ` (article ${cleanText(s.number)})` : ''}`)
    : null);
  const article = (lang: Lang) => hist[lang]?.steps.find((s) => s.version.id === version.id)?.diff.new;
  const step = (lang: Lang): Element | null => {
    const h0 = hist[lang];
    const i = h0 ? h0.steps.findIndex((s) => s.version.id === version.id) : -1;
    if (!h0 || i < 0) return null;
    if (i === 0) return h('p.facts', { lang: SITE_LANG }, `The first stored text of this article (${LANGUAGE_NAME[lang]}).`);
    return suffixIds(historyStep(h0, i), `-${lang}`);
  };
  const blame = (lang: Lang) => (article(lang) && data.timelines[lang] ? blameTable(articleBlame(data.timelines[lang], version.id, number), depth) : null);
  const title = `${articleName(number)} as of ${version.id}`;
  return sitePage({
    depth, path: permalink(number, version.id), lang: SITE_LANG, feed: articleFeed(number), generatedAt: data.generatedAt, title,
    body: [
      ...viewRadios(),
      h('main', [
        h('header.page-header', [
          h('h1', title),
          h('p.subtitle', [`in force from ${cleanText(version.effective)} · ${cleanText(version.label)} · `, h('span', { lang: 'ru' }, cleanText(version.act))]),
          h('p', [h('a', { href: 'index.html' }, `${articleName(number)} in every version`), ' · ',
            link(prev, 'previous'), prev?.number !== undefined ? ' · ' : null, link(next, 'next'), next?.number !== undefined ? ' · ' : null,
            h('a', { href: 'feed.xml' }, 'Atom feed'), ' · permanent link: ', h('code', permalink(number, version.id))]),
        ]),
        h('section#text', { ariaLabelledby: 'text-title' }, [h('h2#text-title', 'Wording'),
          twoLangs({ rus: article('rus') ? plainBlocks(article('rus')!.blocks, 'rus') : null, kaz: article('kaz') ? plainBlocks(article('kaz')!.blocks, 'kaz') : null },
            'No text in this language for this version.')]),
        toolbar(),
        h('section#changes', { ariaLabelledby: 'changes-title' }, [h('h2#changes-title', 'What this version changed'),
          at > 0 ? h('p', h('a', { href: rel(depth, pairPage(rus.steps[at - 1].version.id, version.id)) }, `All changes ${rus.steps[at - 1].version.id} → ${version.id}`)) : null,
          twoLangs({ rus: step('rus'), kaz: step('kaz') }, 'Not in this language.')]),
        h('section#blame', { ariaLabelledby: 'blame-title' }, [h('h2#blame-title', 'Where each point\'s wording comes from'),
          twoLangs({ rus: blame('rus'), kaz: blame('kaz') }, 'Not in this language.')]),
      ]),
    ],
  });
}

/** Every provision that is article `number` in some version, each as a history (Russian), oldest first. */
export function provisions(data: SiteData, histories: Histories, number: string): ArticleHistory[] {
  const out: ArticleHistory[] = [];
  for (const t of data.timelines.rus.texts) {
    if (!t.articles.some((a) => a.number === number)) continue;
    const history = histories.of('rus', t.version.id, number)!;
    if (!out.includes(history)) out.push(history);
  }
  return out;
}

function provisionSection(data: SiteData, histories: Histories, rus: ArticleHistory, n: number, count: number): Element {
  const suffix = n === 0 ? '' : `-p${n + 1}`;
  const numbers = numberPath(rus);
  const own = rus.steps.filter((s) => s.number === rus.number);
  const span = `${own[0].version.id} – ${own.at(-1)!.version.id}`;
  const kazOf = (versionId: string, num: string | undefined) => (num === undefined ? null : histories.of('kaz', versionId, num));
  const timeline = suffixIds(historyTimeline(rus), suffix);
  return h('section', { id: `provision-${n + 1}`, ariaLabelledby: `provision-${n + 1}-title` }, [
    h('h2', { id: `provision-${n + 1}-title` }, count > 1 ? `${articleName(rus.number)} in ${span}` : `${articleName(rus.number)}: every version`),
    numbers.length > 1 ? h('p', `Numbered ${numbers.map(cleanText).join(' → ')} (followed by content across renumberings).`) : null,
    h('p', ['Permanent links: ', ...rus.steps.flatMap((s, i) => (s.number === undefined ? [] : [i ? ' · ' : '',
      h('a', { href: rel(1, permalink(s.number, s.version.id)) }, `${cleanText(s.version.id)}${s.number !== rus.number ? ` (${cleanText(s.number)})` : ''}`)]))]),
    timeline,
    ...rus.steps.map((s, i) => {
      const kaz = kazOf(s.version.id, s.number ?? s.diff.old?.number);
      const ki = kaz ? kaz.steps.findIndex((k) => k.version.id === s.version.id) : -1;
      return h('div.two-langs', { dataVersion: s.version.id }, [
        h('div.lang-col', [h('p.lang-name', { lang: SITE_LANG }, LANGUAGE_NAME.rus), suffixIds(historyStep(rus, i), suffix)]),
        h('div.lang-col', [h('p.lang-name', { lang: SITE_LANG }, LANGUAGE_NAME.kaz),
          kaz && ki >= 0 ? suffixIds(historyStep(kaz, ki), `-kaz${suffix}`)
            : h('p.facts', { lang: SITE_LANG }, `No Kazakh text of this article in ${cleanText(s.version.id)}.`)]),
      ]);
    }),
    h('p.facts', { lang: SITE_LANG }, `Acts credited at each step (Russian footnotes): ${rus.steps.map((s, i) => `${s.version.id}: ${actsText(i, s)}`).join(' · ')}`),
  ]);
}

/** `article-N/index.html`: every provision numbered N, through every version. */
export function articleIndexPage(data: SiteData, histories: Histories, number: string): Root {
  const all = provisions(data, histories, number);
  return sitePage({
    depth: 1, path: articleIndex(number), lang: SITE_LANG, feed: articleFeed(number), generatedAt: data.generatedAt,
    title: `${articleName(number)} through every version`,
    body: [
      ...viewRadios(),
      h('main', [
        h('header.page-header', [
          h('h1', `${articleName(number)} through every version`),
          all.length > 1 ? h('p', `The number ${cleanText(number)} names ${all.length} different provisions over time; each is shown below.`) : null,
          h('p', [h('a', { href: 'feed.xml' }, 'Atom feed of its changes'), ' · ', h('a', { href: rel(1, 'matrix.html') }, 'the reform matrix')]),
        ]),
        toolbar(),
        ...all.map((rus, n) => provisionSection(data, histories, rus, n, all.length)),
      ]),
    ],
  });
}
