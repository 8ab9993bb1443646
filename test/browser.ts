// Shared helper for tests that open generated pages in a real, headless Chromium
// (Debian's /usr/bin/chromium driven by playwright-core). It records everything a
// self-contained, offline page must not do: network requests, console errors,
// uncaught exceptions, dialogs (alert/confirm/prompt).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type PageScreenshotOptions } from 'playwright-core';
import { tempDir } from './helpers/exports.js';

export const CHROMIUM_PATH = process.env.CONSTDIFF_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Reason to skip browser tests, or undefined to run them. Only an explicit
 * `CONSTDIFF_SKIP_BROWSER=1` skips; a missing browser is an error, not a skip.
 */
export function browserSkipReason(): string | undefined {
  return process.env.CONSTDIFF_SKIP_BROWSER === '1' ? 'CONSTDIFF_SKIP_BROWSER=1' : undefined;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium), `
      + 'point CONSTDIFF_CHROMIUM at another binary, or set CONSTDIFF_SKIP_BROWSER=1 to skip browser tests.');
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Writes an HTML document to a fresh temp folder and returns its path (pages are opened as file://). */
export function writeTempHtml(html: string, name = 'page.html'): string {
  const file = join(tempDir('constdiff-browser-'), name);
  writeFileSync(file, html);
  return file;
}

/**
 * Options for page.screenshot: the page is always rendered to an image, and the image
 * is kept, as `name` in the folder CONSTDIFF_SCREENSHOTS names, only when it is set
 * (to look at); otherwise nothing is written.
 */
export function screenshotTo(name: string, options: PageScreenshotOptions = {}): PageScreenshotOptions {
  const folder = process.env.CONSTDIFF_SCREENSHOTS;
  if (!folder) return options;
  mkdirSync(folder, { recursive: true });
  return { ...options, path: join(folder, name) };
}

export interface PageWatch {
  /** console.error messages, including CSP violations that Chromium reports there. */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Every request other than the page's own file: should stay empty for offline pages. */
  requests: string[];
  /** Messages of alert/confirm/prompt dialogs (dismissed automatically). */
  dialogs: string[];
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
  url: string;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  javaScriptEnabled?: boolean;
  /** Fragment to open, without '#'. */
  hash?: string;
}

/** Opens a local HTML file in a fresh context, watching requests, errors and dialogs from the first byte. */
export async function openFile(browser: Browser, file: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    offline: true,
  });
  const page = await context.newPage();
  const base = pathToFileURL(file).href;
  const url = options.hash ? `${base}#${options.hash}` : base;
  const watch: PageWatch = { consoleErrors: [], pageErrors: [], requests: [], dialogs: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') watch.consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => watch.pageErrors.push(err.message));
  page.on('dialog', (dialog) => { watch.dialogs.push(dialog.message()); void dialog.dismiss(); });
  page.on('request', (req) => { if (req.url().split('#')[0] !== base) watch.requests.push(req.url()); });
  // Anything that still tries the network is recorded above and refused here.
  await context.route(/^(?!file:)/, (route) => route.abort());
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, watch, url };
}

/** Everything the page did that an offline, script-safe page must not do. */
export function problems(watch: PageWatch): string[] {
  return [
    ...watch.consoleErrors.map((m) => `console error: ${m}`),
    ...watch.pageErrors.map((m) => `page error: ${m}`),
    ...watch.requests.map((u) => `request: ${u}`),
    ...watch.dialogs.map((m) => `dialog: ${m}`),
  ];
}
