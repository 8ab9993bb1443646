// `constdiff completion bash|zsh|fish`: shell completion scripts written from
// the command definitions themselves (commander's tree of commands, options,
// arguments and choices), so a new command or option is completed without
// anyone remembering to add it here.
import type { Argument, Command, Option } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What a value is completed with: a list of choices, file names, folder names, or nothing. */
type ValueKind = { kind: 'choices'; choices: readonly string[] } | { kind: 'file' } | { kind: 'dir' } | { kind: 'none' };

interface OptionSpec {
  names: string[];
  description: string;
  /** Absent for a flag. */
  value?: ValueKind;
  variadic: boolean;
}

interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  args: { name: string; value: ValueKind }[];
}

interface Spec {
  name: string;
  options: OptionSpec[];
  commands: CommandSpec[];
}

/** A value named `<file>` or `<export-dir>` is a file or a folder; choices win. */
function valueKind(name: string, choices: readonly string[] | undefined): ValueKind {
  if (choices?.length) return { kind: 'choices', choices };
  if (/dir$/u.test(name)) return { kind: 'dir' };
  if (/file$/u.test(name)) return { kind: 'file' };
  return { kind: 'none' };
}

/** Names go into scripts unquoted in places: only plain option and command names are accepted. */
function checked(word: string): string {
  if (!/^-{0,2}[\w][\w.-]*$/u.test(word)) throw new Error(`cannot complete the name ${JSON.stringify(word)}`);
  return word;
}

function optionSpec(o: Option): OptionSpec {
  const names = [o.short, o.long].filter((n): n is string => n !== undefined).map(checked);
  const valueName = /[<[]([^>\]]+?)(?:\.\.\.)?[>\]]/u.exec(o.flags)?.[1] ?? '';
  const takesValue = o.required || o.optional;
  return { names, description: o.description, variadic: o.variadic, ...(takesValue ? { value: valueKind(valueName, o.argChoices?.map(checked)) } : {}) };
}

const HELP: OptionSpec = { names: ['-h', '--help'], description: 'display help for command', variadic: false };

function argumentSpec(a: Argument): { name: string; value: ValueKind } {
  return { name: a.name(), value: valueKind(a.name(), a.argChoices?.map(checked)) };
}

/** The command line as the scripts need it; commander's `help [command]` included. */
export function describeProgram(program: Command): Spec {
  const commands: CommandSpec[] = program.commands.map((c) => ({
    name: checked(c.name()),
    description: c.description(),
    options: [...c.options.filter((o) => !o.hidden).map(optionSpec), HELP],
    args: c.registeredArguments.map(argumentSpec),
  }));
  const names = commands.map((c) => c.name);
  commands.push({ name: 'help', description: 'display help for command', options: [], args: [{ name: 'command', value: { kind: 'choices', choices: names } }] });
  return { name: checked(program.name()), options: [...program.options.map(optionSpec), HELP], commands };
}

export function completionScript(shell: Shell, program: Command): string {
  const spec = describeProgram(program);
  switch (shell) {
    case 'bash': return bashScript(spec);
    case 'zsh': return zshScript(spec);
    case 'fish': return fishScript(spec);
  }
}

const header = (shell: Shell, name: string, install: string) =>
  `# ${shell} completion for ${name}, written by \`${name} completion ${shell}\` from its command definitions.\n# Install: ${install}\n`;

// ---------------------------------------------------------------- bash

function bashWords(value: ValueKind, cur = '"$cur"'): string {
  switch (value.kind) {
    case 'choices': return `COMPREPLY=($(compgen -W '${value.choices.join(' ')}' -- ${cur}))`;
    case 'file': return `COMPREPLY=($(compgen -f -- ${cur}))`;
    case 'dir': return `COMPREPLY=($(compgen -d -- ${cur}))`;
    case 'none': return 'COMPREPLY=()';
  }
}

function bashScript(spec: Spec): string {
  const fn = `_${spec.name.replace(/-/gu, '_')}`;
  const globalsWithValue = spec.options.filter((o) => o.value).flatMap((o) => o.names);
  const optionWords = (options: OptionSpec[]) => options.flatMap((o) => o.names).join(' ');
  const valueCases = (cmd: string, options: OptionSpec[]) => options.filter((o) => o.value)
    .map((o) => `    ${cmd}:${o.names.join(`|${cmd}:`)}) ${bashWords(o.value!)}; return ;;`);
  const lines = [
    header('bash', spec.name, `\`source <(${spec.name} completion bash)\` in ~/.bashrc, or save it as ~/.local/share/bash-completion/completions/${spec.name}`),
    `${fn}() {`,
    '  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd= i',
    '  # The command: the first word that is neither an option nor the value of a global option.',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    case ${COMP_WORDS[i]} in',
    ...(globalsWithValue.length ? [`      ${globalsWithValue.join('|')}) ((i++)) ;;`] : []),
    '      -*) ;;',
    '      *) cmd=${COMP_WORDS[i]}; break ;;',
    '    esac',
    '  done',
    '  # The value of the option before the cursor.',
    '  case $cmd:$prev in',
    ...spec.options.filter((o) => o.value).map((o) => `    *:${o.names.join('|*:')}) ${bashWords(o.value!)}; return ;;`),
    ...spec.commands.flatMap((c) => valueCases(c.name, c.options)),
    '  esac',
    '  if [[ $cur == -* ]]; then',
    '    case $cmd in',
    `      '') COMPREPLY=($(compgen -W '${optionWords(spec.options)}' -- "$cur")) ;;`,
    ...spec.commands.map((c) => `      ${c.name}) COMPREPLY=($(compgen -W '${optionWords(c.options)}' -- "$cur")) ;;`),
    '    esac',
    '    return',
    '  fi',
    '  case $cmd in',
    `    '') COMPREPLY=($(compgen -W '${spec.commands.map((c) => c.name).join(' ')}' -- "$cur")) ;;`,
    // The first argument's values; later ones (version names, article numbers) are the user's.
    ...spec.commands.filter((c) => c.args[0] && c.args[0].value.kind !== 'none').map((c) => `    ${c.name}) ${bashWords(c.args[0].value)} ;;`),
    '  esac',
    '}',
    `complete -F ${fn} ${spec.name}`,
  ];
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- zsh

/** Text inside a single-quoted zsh word, with _arguments' special characters escaped. */
const zshText = (s: string) => s.replace(/([[\]:\\])/gu, '\\$1').replace(/'/gu, `'\\''`);

function zshAction(value: ValueKind): string {
  switch (value.kind) {
    case 'choices': return `(${value.choices.join(' ')})`;
    case 'file': return '_files';
    case 'dir': return '_files -/';
    case 'none': return ' ';
  }
}

function zshOption(o: OptionSpec): string {
  const value = o.value ? `:${zshText(o.names[o.names.length - 1].replace(/^-+/u, ''))}:${zshAction(o.value)}` : '';
  const body = `[${zshText(o.description)}]${value}`;
  if (o.names.length > 1) return `'(${o.names.join(' ')})'{${o.names.join(',')}}'${body}'`;
  return `'${o.variadic ? '*' : ''}${o.names[0]}${body}'`;
}

function zshScript(spec: Spec): string {
  const fn = `_${spec.name.replace(/-/gu, '_')}`;
  const args = (c: CommandSpec) => c.args.map((a) => `'${a.name === c.args[0]?.name ? '1' : ''}:${zshText(a.name)}:${zshAction(a.value)}'`);
  const lines = [
    `#compdef ${spec.name}`,
    header('zsh', spec.name, `\`source <(${spec.name} completion zsh)\` in ~/.zshrc (after compinit), or save it as _${spec.name} in a folder of $fpath`),
    `${fn}() {`,
    '  local curcontext=$curcontext state line ret=1',
    '  local -a commands',
    '  commands=(',
    ...spec.commands.map((c) => `    '${c.name}:${c.description.replace(/'/gu, `'\\''`)}'`),
    '  )',
    '  _arguments -C \\',
    ...spec.options.map((o) => `    ${zshOption(o)} \\`),
    "    '1: :->command' \\",
    "    '*:: :->args' && ret=0",
    '  case $state in',
    "    command) _describe -t commands 'command' commands && ret=0 ;;",
    '    args)',
    '      case $words[1] in',
    ...spec.commands.map((c) => `        ${c.name}) _arguments ${[...c.options.map(zshOption), ...args(c)].join(' ')} && ret=0 ;;`),
    '      esac ;;',
    '  esac',
    '  return ret',
    '}',
    `if [[ $zsh_eval_context[-1] == loadautofunc ]]; then ${fn} "$@"; else compdef ${fn} ${spec.name}; fi`,
  ];
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- fish

const fishText = (s: string) => `'${s.replace(/\\/gu, '\\\\').replace(/'/gu, "\\'")}'`;

function fishValue(value: ValueKind | undefined): string {
  switch (value?.kind) {
    case undefined: return '';
    case 'choices': return ` -x -a ${fishText(value.choices.join(' '))}`;
    case 'file': return ' -r -F';
    case 'dir': return " -x -a '(__fish_complete_directories)'";
    case 'none': return ' -x';
  }
}

function fishOption(prefix: string, o: OptionSpec): string {
  const names = o.names.map((n) => (n.startsWith('--') ? `-l ${n.slice(2)}` : `-s ${n.slice(1)}`)).join(' ');
  return `${prefix} ${names}${fishValue(o.value)} -d ${fishText(o.description)}`;
}

function fishScript(spec: Spec): string {
  const c0 = `complete -c ${spec.name}`;
  const lines = [
    header('fish', spec.name, `\`${spec.name} completion fish > ~/.config/fish/completions/${spec.name}.fish\``),
    `${c0} -f`,
    // Global options before the command (after it, `--version` is import's own).
    ...spec.options.map((o) => fishOption(`${c0} -n __fish_use_subcommand`, o)),
    ...spec.commands.map((c) => `${c0} -n __fish_use_subcommand -a ${c.name} -d ${fishText(c.description)}`),
  ];
  for (const c of spec.commands) {
    const within = `${c0} -n '__fish_seen_subcommand_from ${c.name}'`;
    lines.push(...c.options.map((o) => fishOption(within, o)));
    const first = c.args[0]?.value;
    if (first && first.kind !== 'none') lines.push(`${within}${fishValue(first)}`);
  }
  return `${lines.join('\n')}\n`;
}
