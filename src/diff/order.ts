// Reading order of a diff: items of the new side in their order, items only on the
// old side placed right after the new position of the old item that preceded them.

export interface Slot {
  oldIndex?: number;
  newIndex?: number;
}

export function readingOrder(pairs: { oldIndex: number; newIndex: number }[], oldCount: number, newCount: number): Slot[] {
  const oldOfNew = new Array<number | undefined>(newCount);
  const newOfOld = new Array<number | undefined>(oldCount);
  for (const p of pairs) {
    oldOfNew[p.newIndex] = p.oldIndex;
    newOfOld[p.oldIndex] = p.newIndex;
  }
  const head: Slot[] = [];
  const after = new Map<number, Slot[]>();
  let anchor: number | undefined;
  for (let i = 0; i < oldCount; i++) {
    const j = newOfOld[i];
    if (j !== undefined) {
      anchor = j;
      continue;
    }
    const slot: Slot = { oldIndex: i };
    if (anchor === undefined) head.push(slot);
    else {
      let list = after.get(anchor);
      if (!list) after.set(anchor, (list = []));
      list.push(slot);
    }
  }
  const out = head;
  for (let j = 0; j < newCount; j++) {
    const i = oldOfNew[j];
    out.push(i === undefined ? { newIndex: j } : { oldIndex: i, newIndex: j });
    const removed = after.get(j);
    if (removed) out.push(...removed);
  }
  return out;
}
