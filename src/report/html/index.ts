// Self-contained HTML change report: one file, no network, readable offline,
// printable. Built as a hast tree and serialized, so all text is escaped.
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { VersionDiff } from '../../types.js';
import { createContext } from './context.js';
import { buildPage, type PageOptions } from './page.js';
import { serializePieces } from './pieces.js';

export type HtmlReportOptions = PageOptions;
export { CONTENT_SECURITY_POLICY, PAGE_SCRIPT_HASH } from './script.js';

/** The report as a hast tree (no serialization), e.g. for tests or further processing. */
export function buildHtmlTree(diff: VersionDiff, options: HtmlReportOptions = {}): Root {
  return buildPage(createContext(diff, options.parallel), options);
}

export function serializeHtml(tree: Root): string {
  return toHtml(tree);
}

/**
 * The report as pieces of HTML that, written one after another, make exactly
 * the document `serializeHtml(buildHtmlTree(…))` makes, with one article (or
 * contents section, or change-map cell) built at a time instead of the whole
 * tree: memory stays near the comparison's own size however long the report.
 */
export function renderHtmlChunks(diff: VersionDiff, options: HtmlReportOptions = {}): Generator<string> {
  const ctx = createContext(diff, options.parallel);
  return serializePieces((fill) => buildPage(ctx, options, fill));
}

/** The whole report as one HTML document. */
export function renderHtml(diff: VersionDiff, options: HtmlReportOptions = {}): string {
  return [...renderHtmlChunks(diff, options)].join('');
}

export interface HtmlRenderTiming {
  html: string;
  /** Milliseconds spent building the tree and serializing it. */
  buildMs: number;
  serializeMs: number;
  totalMs: number;
}

/** `renderHtml` with its two phases timed, for the benchmark. */
export function renderHtmlTimed(diff: VersionDiff, options: HtmlReportOptions = {}): HtmlRenderTiming {
  const t0 = performance.now();
  const tree = buildHtmlTree(diff, options);
  const t1 = performance.now();
  const html = serializeHtml(tree);
  const t2 = performance.now();
  return { html, buildMs: t1 - t0, serializeMs: t2 - t1, totalMs: t2 - t0 };
}
