// What every command needs: the store (from --store or the bundled one) and
// the constitution it works on.
import type { Command } from 'commander';
import { openStore, type Store } from '../store/index.js';
import { checkLang } from '../store/names.js';
import type { Lang } from '../types.js';

export const DEFAULT_CONSTITUTION = 'kz';

export function storeOf(command: Command): Store {
  const root = command.optsWithGlobals().store as string | undefined;
  return openStore(root);
}

export function langOf(value: string | undefined): Lang {
  return checkLang(value ?? 'rus');
}
