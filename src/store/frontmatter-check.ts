// Shape checks of the annotation fields of an article's frontmatter (footnotes,
// notes, pending wording). Files are written by the importer, but may be edited
// by hand: a wrong shape must be a DataError naming the file, not a crash in a
// renderer later on.
import { DataError } from '../errors.js';

type Fields = Record<string, unknown>;

const isText = (v: unknown): v is string => typeof v === 'string';
const isOptionalText = (v: unknown) => v === undefined || isText(v);
const isLabels = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every(isText);
const isMapping = (v: unknown): v is Fields => !!v && typeof v === 'object' && !Array.isArray(v);

function isTarget(v: unknown): boolean {
  if (!isMapping(v)) return false;
  const optional = isOptionalText(v.parent);
  switch (v.kind) {
    case 'article': return true;
    case 'point': return isText(v.label) && optional && (v.lead === undefined || typeof v.lead === 'boolean');
    case 'add': return isLabels(v.labels) && isOptionalText(v.after) && optional;
    case 'add-paragraph': return isText(v.label);
    case 'repeal': return isText(v.label) && optional;
    default: return false;
  }
}

export function checkAnnotations(f: Fields, file: string): void {
  const fail = (what: string, i: number) => {
    throw new DataError(`${what} #${i + 1} in the frontmatter is malformed`, file);
  };
  if (f.repealed !== undefined && typeof f.repealed !== 'boolean') throw new DataError('frontmatter field "repealed" is not true/false', file);
  ((f.footnotes as unknown[] | undefined) ?? []).forEach((n, i) => {
    if (!isMapping(n) || !isText(n.text) || !Array.isArray(n.acts)
      || !n.acts.every((a) => isMapping(a) && isText(a.date) && isOptionalText(a.number))) fail('footnote', i);
  });
  ((f.notes as unknown[] | undefined) ?? []).forEach((n, i) => {
    if (!isMapping(n) || !isText(n.text)) fail('note', i);
  });
  ((f.pending as unknown[] | undefined) ?? []).forEach((p, i) => {
    if (!isMapping(p) || !isText(p.text) || !(p.effective === null || isText(p.effective)) || !isText(p.act) || !isText(p.note)
      || !isOptionalText(p.condition) || !isOptionalText(p.actDate) || !isTarget(p.target)) fail('pending wording', i);
  });
}
