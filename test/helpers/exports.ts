// Small hand-made exports in a temp folder, in the shapes the real ones take.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (relative path -> content) into a fresh temp folder and returns it. */
export function makeExport(files: Record<string, string | Buffer>): string {
  return writeFiles(tempDir('constdiff-export-'), files);
}

/** Writes `files` (relative path -> content) into `dir`, making folders as needed; returns `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const made = new Set<string>();

/**
 * A fresh folder in the system temp folder. Every one is removed when the test
 * file's process exits (node --test runs each file in its own), so a test that
 * fails half-way, or keeps one for all its tests, leaves nothing behind.
 */
export function tempDir(prefix = 'constdiff-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (!made.size) process.once('exit', () => { for (const d of made) rmSync(d, { recursive: true, force: true }); });
  made.add(dir);
  return dir;
}

export const INDEX = (lang = 'rus', parts = ['sec001']) => `---
source: https://example.test/${lang}
---

# Конституция Республики Казахстан

Мы, народ Казахстана, принимаем настоящую Конституцию.


## Части документа

| Часть | Название |
|---|---|
${parts.map((p) => `| [\`${p}\`](${lang}/${p}.md) | Раздел |`).join('\n')}
`;
