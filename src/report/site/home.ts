// The home page (every version on a timeline: its act, the date it took effect,
// how many articles it amended, added and repealed; the versions with an alias,
// such as the 2022 referendum and the 2026 Constitution, stand out and are
// linked at the top) and the list of every article.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { VersionInfo } from '../../types.js';
import {articleName, cleanText, formatCount } from '../html/context.js';
import { statusCountText } from '../messages.js';
import { allNumbers, articleIndex, pairPage, type SiteData, SITE_LANG } from './model.js';
import { sitePage } from './shell.js';

/** Versions with an alias are the ones readers look for by name (`after-referendum`, `new-constitution`). */
const isKey = (v: VersionInfo): boolean => v.aliases.length > 0;

function versionItem(data: SiteData, i: number): Element {
  const v = data.versions[i];
  const step = i > 0 ? data.steps[i - 1] : undefined;
  const s = step?.rus.summary;
  const counts = s
    ? (['amended', 'added', 'repealed', 'renumbered', 'moved'] as const).filter((st) => st !== 'renumbered' && st !== 'moved' || s.articles[st])
      .map((st) => statusCountText(s, st)).join(', ')
    : `the first text: ${formatCount(data.timelines.rus.texts[0].articles.length)} articles (with the preamble)`;
  return h('li', { id: `v-${v.id}`, className: isKey(v) ? ['key'] : [] }, [
    h('h2', [cleanText(v.id), ' ', ...v.aliases.map((a) => h('span.tag', cleanText(a)))]),
    h('p', [h('span.when', `in force from ${cleanText(v.effective)}`), ' · ', cleanText(v.label)]),
    h('p', { lang: 'ru' }, cleanText(v.act)),
    h('p', counts),
    h('p', [
      step ? h('a', { href: pairPage(step.from.id, v.id) }, `What changed since ${cleanText(step.from.id)}`) : null,
      step ? ' · ' : null,
      h('a', { href: `matrix.html#col-${v.id}` }, 'its column in the matrix'),
      ' · languages: ', v.languages.join(', '),
    ]),
  ]);
}

export function homePage(data: SiteData): ReturnType<typeof sitePage> {
  const { versions } = data;
  const first = versions[0];
  const last = versions.at(-1)!;
  const key = versions.map((v, i) => ({ v, i })).filter(({ v, i }) => isKey(v) && i > 0);
  return sitePage({
    depth: 0, path: 'index.html', lang: SITE_LANG, feed: 'feed.xml', generatedAt: data.generatedAt,
    title: `${data.constitution.title}: every version, ${first.id} to ${last.id}`,
    body: [h('main', [
      h('header.page-header', [
        h('h1', [h('span', { lang: 'ru' }, cleanText(data.constitution.title)), ': every version']),
        h('p.lead', `${versions.length} versions from ${cleanText(first.effective)} to ${cleanText(last.effective)}, compared article by article `
          + 'and point by point, in Russian and in Kazakh. Follow one article through time, see which reforms touched which parts, '
          + 'link to the exact wording of any version.'),
        h('ul.key-links', [
          ...key.map(({ v, i }) => h('li', h('a', { href: pairPage(versions[i - 1].id, v.id) }, [
            `${cleanText(v.label)} (${cleanText(v.id)})`, h('small', `${cleanText(versions[i - 1].id)} → ${cleanText(v.id)}: what changed`),
          ]))),
          h('li', h('a', { href: 'matrix.html' }, ['The reform matrix', h('small', 'every article × every version')])),
          h('li', h('a', { href: 'search.html' }, ['Search all versions', h('small', 'since when does a wording exist?')])),
        ]),
      ]),
      h('section', { ariaLabelledby: 'versions-title' }, [
        h('h2#versions-title', 'The versions, oldest first'),
        h('ol.vtimeline', versions.map((_, i) => versionItem(data, i))),
      ]),
    ])],
  });
}

export function articlesPage(data: SiteData): ReturnType<typeof sitePage> {
  const numbers = allNumbers(data);
  return sitePage({
    depth: 0, path: 'articles.html', lang: SITE_LANG, generatedAt: data.generatedAt,
    title: `Every article (${numbers.length})`,
    body: [h('main', [
      h('h1', `Every article number of any version (${numbers.length})`),
      h('p', 'Each page follows the article through every version (across renumberings), with the redline of each step, '
        + 'both languages side by side, where each point comes from, and a permanent link per version. '
        + 'A number can name different provisions in different versions (the 2026 Constitution renumbered most articles); its page shows each.'),
      h('ul.article-list', numbers.map((n) => h('li', h('a', { href: articleIndex(n) }, articleName(n))))),
    ])],
  });
}
