// Small hand-made exports in a temp folder, in the shapes the real ones take.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (relative path -> content) into a fresh temp folder and returns it. */
export function makeExport(files: Record<string, string | Buffer>): string {
  return writeFiles(mkdtempSync(join(tmpdir(), 'constdiff-export-')), files);
}

/** Writes `files` (relative path -> content) into `dir`, making folders as needed; returns `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function tempDir(prefix = 'constdiff-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
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
