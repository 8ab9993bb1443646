// Runs the built CLI (package.json's bin, built into dist/) as a user would and
// captures what it prints.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { bin: { constdiff: string } };
export const CLI = `${ROOT}${pkg.bin.constdiff}`;

/**
 * The locale every run starts from: none that asks for Russian or Kazakh, so the
 * CLI speaks English (its default) whatever the machine running the tests is set
 * to. A test of another interface language says so with `--ui` or its own env.
 */
export const ENGLISH_UI_ENV = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' } as const;
/** The same as a shell prefix, for commands typed into a terminal (tmux). */
export const ENGLISH_UI_SHELL = 'LC_ALL= LC_MESSAGES= LANG=C.UTF-8';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', ...ENGLISH_UI_ENV, ...options.env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI failed the way users should see failures: one line, no stack trace. */
export function oneLineError(run: Run): string {
  const lines = run.stderr.trim().split('\n');
  if (lines.length !== 1 || /\bat .+:\d+:\d+/u.test(run.stderr)) {
    throw new Error(`expected a one-line error, got:\n${run.stderr}`);
  }
  return lines[0];
}

/** Runs the CLI with a reader that closes stdout after the first chunk (like `| head -1`). */
export async function runWithEarlyClose(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...ENGLISH_UI_ENV } });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stderr };
}
