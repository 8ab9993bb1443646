// Where constdiff's own files are: the folder of its package.json, found from
// the running code (dist/constdiff.cjs, or src/… under tsx).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE_FILE = fileURLToPath(import.meta.url);
let root: string | undefined;

export function packageRoot(): string {
  if (root === undefined) {
    let dir = dirname(CODE_FILE);
    while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    root = dir;
  }
  return root;
}

