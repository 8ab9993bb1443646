// Atom feeds (RFC 4287): one per article number, an entry per version that
// changed it, and one for the whole constitution, an entry per version. Built
// as xast trees and serialized, so every text is escaped by construction. Links
// are relative to the feed (the site can live anywhere); ids are UUID URNs made
// from the constitution, article and version, so they never change between builds.
import { toHtml } from 'hast-util-to-html';
import { createHash } from 'node:crypto';
import type { Element as XElement, Root as XRoot } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { ArticleHistory, VersionInfo } from '../../types.js';
import { articleName, cleanText, formatCount } from '../html/context.js';
import { actsText, stepContext, stepNumber, stepStatus } from '../html/history.js';
import { redlineView } from '../html/views.js';
import { statusCountText } from '../messages.js';
import { pairPage, permalink, type SiteData } from './model.js';

const ATOM = 'http://www.w3.org/2005/Atom';

/** A stable `urn:uuid:` (name-based, SHA-1, as UUID version 5 lays it out) for a name. */
export function stableId(name: string): string {
  const b = createHash('sha1').update(`constdiff:${name}`, 'utf8').digest();
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The moment a version took effect, as an RFC 3339 date-time. */
const when = (v: VersionInfo): string => `${v.effective}T00:00:00Z`;

interface Entry {
  id: string;
  title: string;
  updated: string;
  href: string;
  summary: string;
  html?: string;
}

function feed(head: { id: string; title: string; self: string; alternate: string; subtitle: string }, entries: Entry[]): string {
  const updated = entries.map((e) => e.updated).sort().at(-1) ?? '1970-01-01T00:00:00Z';
  const tree: XRoot = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
      x('feed', { xmlns: ATOM }, [
        x('id', head.id), x('title', cleanText(head.title)), x('subtitle', cleanText(head.subtitle)), x('updated', updated),
        x('author', [x('name', 'constdiff (from the official texts)')]),
        x('generator', 'constdiff'),
        x('link', { rel: 'self', type: 'application/atom+xml', href: head.self }),
        x('link', { rel: 'alternate', type: 'text/html', href: head.alternate }),
        ...[...entries].reverse().map((e): XElement => x('entry', [
          x('id', e.id), x('title', cleanText(e.title)), x('updated', e.updated),
          x('link', { rel: 'alternate', type: 'text/html', href: e.href }),
          x('summary', cleanText(e.summary)),
          e.html !== undefined ? x('content', { type: 'html' }, e.html) : null,
        ])),
      ]),
    ],
  };
  return `${toXml(tree)}\n`;
}

/** `article-N/feed.xml`: every version that changed a provision numbered N (links relative to the article's folder). */
export function articleFeedXml(data: SiteData, number: string, provisions: ArticleHistory[]): string {
  const entries: Entry[] = [];
  for (const history of provisions) {
    // A provision is known by where it starts: two provisions can share a number in one version (one repealed, one renumbered into it).
    const origin = `${stepNumber(history, history.steps[0])}@${history.steps[0].version.id}`;
    history.steps.forEach((step, i) => {
      if (i > 0 && !step.changed) return;
      const n = stepNumber(history, step);
      const status = stepStatus(i, step).word;
      const d = step.diff;
      const words = i > 0 && (d.counts.wordsAdded || d.counts.wordsRemoved) ? `, +${formatCount(d.counts.wordsAdded)} / −${formatCount(d.counts.wordsRemoved)} words` : '';
      const href = step.number !== undefined ? `../${permalink(step.number, step.version.id)}` : `../${pairPage(history.steps[i - 1].version.id, step.version.id)}`;
      entries.push({
        id: stableId(`${data.constitution.id}:provision:${origin}:${step.version.id}`),
        title: `${articleName(n)}, ${step.version.id}: ${status}`,
        updated: when(step.version),
        href,
        summary: `${articleName(n)} ${status} in the version in force from ${step.version.effective} (${step.version.label})${words}. Acts: ${actsText(i, step)}.`,
        ...(i > 0 && d.blocks.length ? { html: toHtml(redlineView(d.blocks, stepContext(history, i))) } : {}),
      });
    });
  }
  entries.sort((a, b) => a.updated.localeCompare(b.updated));
  return feed({
    id: stableId(`${data.constitution.id}:article:${number}`),
    title: `${data.constitution.title}: ${articleName(number)}`,
    subtitle: `Every version that changed ${articleName(number).toLowerCase()} (Russian text)`,
    self: 'feed.xml', alternate: 'index.html',
  }, entries);
}

/** `feed.xml`: an entry per version, what it changed (links relative to the site root). */
export function siteFeedXml(data: SiteData): string {
  const entries: Entry[] = data.versions.map((v, i) => {
    const step = i > 0 ? data.steps[i - 1] : undefined;
    const s = step?.rus.summary;
    const counts = s ? (['amended', 'added', 'repealed', 'renumbered', 'moved'] as const).filter((st) => s.articles[st]).map((st) => statusCountText(s, st)).join(', ') : 'the first stored text';
    return {
      id: stableId(`${data.constitution.id}:version:${v.id}`),
      title: `${v.id}: ${v.label}`,
      updated: when(v),
      href: step ? pairPage(step.from.id, v.id) : `index.html#v-${v.id}`,
      summary: `In force from ${v.effective}. ${v.act}. ${counts}.`,
    };
  });
  return feed({
    id: stableId(`${data.constitution.id}:versions`),
    title: data.constitution.title,
    subtitle: 'Every version of the constitution and what it changed',
    self: 'feed.xml', alternate: 'index.html',
  }, entries);
}
