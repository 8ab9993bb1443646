import type { Command } from 'commander';
import { importCommand } from './import.js';
import { versionsCommand } from './versions.js';
import { showCommand } from './show.js';
import { diffCommand } from './diff.js';
import { tuiCommand } from './tui.js';
import { reportCommand } from './report.js';
import { atCommand } from './at.js';
import { historyCommand } from './history.js';
import { blameCommand } from './blame.js';
import { attributionCommand } from './attribution.js';

/** Every command of the CLI, each defined in its own file. */
export function registerCommands(program: Command): void {
  for (const define of [importCommand, versionsCommand, showCommand, diffCommand, reportCommand, tuiCommand,
    atCommand, historyCommand, blameCommand, attributionCommand]) define(program);
}
