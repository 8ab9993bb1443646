// Where the wording announced by a pending note ends. The exports give no
// explicit end: the new wording runs on until a block that cannot belong to the
// part the note names (the next point of the text in force, usually).
import type { PendingWording } from '../types.js';
import { isSubpointLabel } from '../labels.js';

export function acceptsPending(p: PendingWording, label: string | null): boolean {
  const t = p.target;
  const first = p.blocks.length === 0;
  switch (t.kind) {
    case 'article':
      return true;
    case 'point':
      if (first) return label === t.label;
      if (t.lead) return false;
      if (label === null) return true;
      // A point's new wording takes its subpoints along; a subpoint's ends at the next label.
      return !isSubpointLabel(t.label) && isSubpointLabel(label);
    case 'add':
      if (first) return label !== null && t.labels.includes(label);
      return label === null || t.labels.includes(label) || (!isSubpointLabel(t.labels[0]) && isSubpointLabel(label));
    case 'add-paragraph':
      return label === null;
    case 'repeal':
      return false;
  }
}
