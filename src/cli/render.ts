// How a comparison becomes output. Each renderer is loaded only when its format
// is asked for, so a run pays only for the code it uses. json and html, the
// formats that grow largest, also come piece by piece (renderReportChunks).
import type { Article, ReportFormat, VersionDiff } from '../types.js';

export const FORMATS: readonly ReportFormat[] = ['text', 'md', 'json', 'patch', 'html'];

/** `diff --format`: the text formats, and docx (a Word file, made by renderDocx). */
export const DIFF_FORMATS = [...FORMATS, 'docx'] as const;

/** `--format docx` / `report --docx`: the report as a .docx file with tracked changes. */
export async function renderDocx(diff: VersionDiff): Promise<Uint8Array> {
  return (await import('../report/docx.js')).renderDocx(diff);
}

export interface RenderOptions {
  /** Output goes to a file: no color, no wrapping to the terminal. */
  toFile: boolean;
  /** html: the same comparison in a second language, shown side by side. */
  parallel?: VersionDiff;
  /** patch: an article's file as stored (default: as the store would write it). */
  patchFile?: (article: Article, side: 'old' | 'new') => string;
}

export async function renderReport(diff: VersionDiff, format: ReportFormat, options: RenderOptions): Promise<string> {
  switch (format) {
    case 'json': return (await import('../report/json.js')).renderJson(diff);
    case 'md': return (await import('../report/markdown.js')).renderMarkdown(diff);
    case 'patch': return (await import('../report/patch.js')).renderPatch(diff, options.patchFile ? { file: options.patchFile } : {});
    case 'html': return (await import('../report/html/index.js')).renderHtml(diff, options.parallel ? { parallel: options.parallel } : {});
    case 'text': {
      const { renderText, shouldColor } = await import('../report/text.js');
      const terminal = !options.toFile && process.stdout.isTTY;
      return renderText(diff, {
        color: !options.toFile && shouldColor(process.stdout, process.env),
        width: terminal ? process.stdout.columns : undefined,
      });
    }
  }
}

/**
 * The report as pieces to write one after another (see emitChunks): the same text
 * as renderReport, but json and html are made one article at a time, so a
 * comparison of thousands of articles never sits in memory as one string.
 */
export async function renderReportChunks(diff: VersionDiff, format: ReportFormat, options: RenderOptions): Promise<Iterable<string>> {
  switch (format) {
    case 'json': return (await import('../report/json.js')).renderJsonChunks(diff);
    case 'html': return (await import('../report/html/index.js')).renderHtmlChunks(diff, options.parallel ? { parallel: options.parallel } : {});
    default: return [await renderReport(diff, format, options)];
  }
}
