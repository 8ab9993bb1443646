// `constdiff --version` and `constdiff completion bash|zsh|fish`. The scripts are
// checked against the commands and options `--help` lists (so a command or option
// the scripts miss fails here), parsed by each shell, and run: bash's function and
// fish's `complete -C` are asked for real completions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/exports.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

function script(shell: string): string {
  const run = runCli(['completion', shell]);
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** The commands `constdiff --help` lists, and the long options each command's --help lists. */
function fromHelp(): { globals: string[]; commands: Map<string, string[]> } {
  const longOptions = (help: string) => [...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gmu)].map((m) => m[1]);
  const top = runCli(['--help']).stdout;
  const names = [...top.slice(top.indexOf('\nCommands:')).matchAll(/^ {2}([\w-]+)/gmu)].map((m) => m[1]);
  assert.ok(names.includes('diff') && names.includes('completion') && names.length >= 12, top);
  const commands = new Map(names.filter((n) => n !== 'help').map((n) => [n, longOptions(runCli([n, '--help']).stdout.split('\nGlobal Options:')[0])]));
  return { globals: longOptions(top.split('\nCommands:')[0]), commands };
}

test('--version and -V print the version in package.json; import keeps its own --version', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  for (const flag of ['--version', '-V']) {
    const run = runCli([flag]);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `${version}\n`);
  }
  assert.match(runCli(['--help']).stdout, /-V, --version +print the version of constdiff/u);
  const imported = runCli(['import', '/nonexistent-export', '--version', '2020-01-01']);
  assert.equal(imported.status, 1);
  assert.match(imported.stderr, /export folder not found/u);
});

test('every command and every option of --help is in each completion script', () => {
  const { globals, commands } = fromHelp();
  assert.ok(commands.get('diff')?.includes('--format') && commands.get('report')?.includes('--docx'));
  for (const shell of SHELLS) {
    const text = script(shell);
    const optionWord = (o: string) => (shell === 'fish' ? `-l ${o.slice(2)}` : o);
    for (const o of globals) assert.ok(text.includes(optionWord(o)), `${shell}: global ${o}`);
    for (const [name, options] of commands) {
      const own = shell === 'bash' ? new RegExp(`^ {6}${name}\\) COMPREPLY=\\(\\$\\(compgen -W '([^']*)'`, 'mu').exec(text)?.[1].split(' ')
        : shell === 'zsh' ? new RegExp(`^ {8}${name}\\) _arguments (.*)$`, 'mu').exec(text)?.[1]
          : text.split('\n').filter((l) => l.includes(`__fish_seen_subcommand_from ${name}'`)).join('\n');
      assert.ok(own, `${shell}: command ${name}`);
      for (const o of options) assert.ok(own.includes(optionWord(o)), `${shell}: ${name} ${o}`);
    }
  }
});

/** Runs `check` with each shell's script saved in a temporary folder (removed after). */
function withScripts(check: (file: (shell: string) => string, dir: string) => void): void {
  const dir = tempDir('constdiff-completion-');
  try {
    for (const shell of SHELLS) writeFileSync(join(dir, `constdiff.${shell}`), script(shell));
    check((shell) => join(dir, `constdiff.${shell}`), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('each script is valid in its shell (bash -n, zsh -n, fish -n)', () => withScripts((file, dir) => {
  for (const shell of SHELLS) {
    const check = spawnSync(shell, ['-n', file(shell)], { encoding: 'utf8' });
    assert.equal(check.error, undefined, `${shell} is needed (.ci/run installs it)`);
    assert.equal(check.status, 0, `${shell}: ${check.stderr}`);
  }
  // zsh: loaded after compinit, it registers its function for constdiff.
  const zsh = spawnSync('zsh', ['-fc', `autoload -U compinit && compinit -u -d ${join(dir, 'zcompdump')} && source ${file('zsh')} && print -r -- $_comps[constdiff]`], { encoding: 'utf8' });
  assert.equal(zsh.stdout.trim(), '_constdiff', zsh.stderr);
}));

test('bash completes commands, options and their choices', () => withScripts((file) => {
  const ask = (words: string[]) => {
    const array = words.map((w) => `'${w}'`).join(' ');
    const run = spawnSync('bash', ['-c', `source ${file('bash')}; COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; _constdiff; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout.split('\n').filter(Boolean);
  };
  assert.deepEqual(ask(['constdiff', 'di']), ['diff']);
  assert.deepEqual(ask(['constdiff', 'diff', 'a', 'b', '--format', '']), ['text', 'md', 'json', 'patch', 'html', 'docx']);
  assert.deepEqual(ask(['constdiff', '--store', 'x', 'report', '--d']), ['--docx']);
  assert.deepEqual(ask(['constdiff', 'completion', '']), ['bash', 'zsh', 'fish']);
  assert.deepEqual(ask(['constdiff', 'help', 'att']), ['attribution']);
  assert.ok(ask(['constdiff', '-']).includes('--version'));
  assert.ok(!ask(['constdiff', 'diff', '-']).includes('--version'), 'the global --version is not offered after a command');
}));

test('fish completes commands and option values', () => withScripts((file, dir) => {
  const ask = (line: string) => {
    const run = spawnSync('fish', ['--no-config', '-c', `source ${file('fish')}; complete -C '${line}'`], { encoding: 'utf8', env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir } });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
  };
  assert.deepEqual(ask('constdiff rep'), ['report']);
  assert.deepEqual(ask('constdiff history 7 --format ').sort(), ['html', 'json', 'text']);
  assert.ok(ask('constdiff report --').includes('--changed-only'));
}));
