// Editorial references the official source leaves in the text: "см. S100000003"
// ("see" and the number of a document in the legal database, here a ruling of the
// Constitutional Council) stands after point 2 of article 44 in the 2007 export
// only. It is a pointer of the database, not wording of the constitution, so the
// HTML report does not show its coming or going as a change (unless --exact, where
// formatting counts too). The stored text keeps it, and the engine still counts
// its words: only what the page marks changes.
import type { BlockDiff, WordOp } from '../../types.js';
import { shownOps } from '../format.js';

/** " см. S100000003": "see", then a document number of the legal database. */
const REFERENCE = /^\s*см\.\s+[A-Z]\d{6,}\s*$/u;

export function isEditorialReference(op: WordOp): boolean {
  return op.type !== 'equal' && REFERENCE.test(op.text);
}

/**
 * The ops as the page marks them: formatting-only edits as the new text (shownOps),
 * and, unless exact, an editorial reference added as plain text and one removed left out.
 */
export function displayOps(ops: WordOp[], exact: boolean): WordOp[] {
  const shown = shownOps(ops);
  if (exact || !shown.some(isEditorialReference)) return shown;
  const out: WordOp[] = [];
  for (const op of shown) {
    if (isEditorialReference(op) && op.type === 'delete') continue;
    const type = isEditorialReference(op) ? 'equal' : op.type;
    const last = out.at(-1);
    if (last && last.type === type) out[out.length - 1] = { type, text: last.text + op.text };
    else out.push({ type, text: op.text });
  }
  return out;
}

/** A changed block whose only change is an editorial reference (shown unmarked). */
export function onlyEditorial(block: BlockDiff, exact: boolean): boolean {
  return !exact && block.status !== 'unchanged' && block.ops.some(isEditorialReference)
    && block.ops.every((op) => op.type === 'equal' || op.format === true || isEditorialReference(op));
}
