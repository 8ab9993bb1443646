import type { Command } from 'commander';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { importExport } from '../../import/index.js';
import { defaultStoreRoot, openStore } from '../../store/index.js';
import { isVersionId, printable } from '../../store/names.js';
import { writeVersion } from '../../store/write.js';
import { constitutionOption } from '../options.js';
import { oneLine } from '../../report/format.js';

interface ImportOptions {
  constitution: string;
  version?: string;
  label?: string;
  effective?: string;
  act?: string;
  alias?: string[];
  force?: boolean;
  quiet?: boolean;
}

export function importCommand(program: Command): void {
  program
    .command('import')
    .description('turn one official export folder (rus.md [+ rus/secNNN.md], kaz…, meta.yaml) into a version of the store')
    .argument('<export-dir>', 'folder of one export, e.g. sources/kazakhstan-law-codes/2022-06-08-6cc0694/00-constitution')
    .option('--version <date>', 'version id (the version date, YYYY-MM-DD; default: the version_date the export states in meta.yaml or its frontmatter)')
    .addOption(constitutionOption())
    .option('--label <text>', 'human label, e.g. "after the 2022 referendum"')
    .option('--effective <date>', 'date the text took effect (default: the version date)')
    .option('--act <text>', 'the act that produced this version')
    .option('--alias <name...>', 'extra names for the command line')
    .option('--force', 'replace a stored version whose content differs')
    .option('--quiet', 'do not list repairs')
    .action(function (this: Command, dir: string, options: ImportOptions) {
      if (options.version !== undefined && !isVersionId(options.version)) {
        throw new UsageError(`--version must be a date that exists (YYYY-MM-DD), got "${printable(options.version)}"`);
      }
      if (options.effective && !isVersionId(options.effective)) {
        throw new UsageError(`--effective must be a date that exists (YYYY-MM-DD), got "${printable(options.effective)}"`);
      }
      const root = (this.optsWithGlobals().store as string | undefined) ?? defaultStoreRoot();
      const info = {
        ...(options.label ? { label: options.label } : {}),
        ...(options.effective ? { effective: options.effective } : {}),
        ...(options.act ? { act: options.act } : {}),
        ...(options.alias ? { aliases: options.alias } : {}),
      };
      const result = importExport(resolve(dir), {
        constitution: options.constitution, version: options.version, info, stored: (version) => existingInfo(root, options.constitution, version),
      });
      const outcome = writeVersion(root, { id: options.constitution, title: result.title ?? options.constitution }, result.content, { force: options.force });
      const counts = Object.entries(result.content.articles)
        .map(([lang, list]) => `${list.filter((a) => a.number !== 'preamble').length} articles (${lang})`).join(', ');
      const say = (line: string) => process.stderr.write(`${oneLine(line)}\n`); // echoes export text and file names
      if (!options.quiet) for (const r of result.repairs) say(`repaired ${r.file}:${r.line}: ${r.message}`);
      for (const u of result.unplaced) say(`could not place ${u.file}:${u.line}: ${u.message}`);
      process.stdout.write(`${options.constitution} ${result.content.version.id}: ${outcome}, ${counts}; ${result.repairs.length} repairs, ${result.unplaced.length} unplaced\n`);
    });
}

/** Manifest fields already stored for this version, kept unless overridden. */
function existingInfo(root: string, constitution: string, version: string) {
  try {
    const v = openStore(root).constitution(constitution).versions.find((x) => x.id === version);
    return v ? { label: v.label, effective: v.effective, act: v.act, aliases: v.aliases } : {};
  } catch {
    return {};
  }
}
