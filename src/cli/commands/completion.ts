import { Argument, type Command } from 'commander';
import { completionScript, SHELLS, type Shell } from '../completion.js';
import { emit } from '../output.js';
import { createProgram } from '../program.js';
import { registerCommands } from './index.js';

export function completionCommand(program: Command): void {
  program
    .command('completion')
    .description('print a shell completion script for bash, zsh or fish (see its --help for how to install it)')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .addHelpText('after', `
Install:
  bash  source <(constdiff completion bash)   (in ~/.bashrc)
  zsh   source <(constdiff completion zsh)    (in ~/.zshrc, after compinit)
  fish  constdiff completion fish > ~/.config/fish/completions/constdiff.fish`)
    .action(async (shell: Shell) => {
      // The whole command line, every command loaded, as `constdiff --help` sees it.
      const whole = createProgram();
      await registerCommands(whole, []);
      emit(completionScript(shell, whole));
    });
}
