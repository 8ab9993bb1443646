// What a pending-wording note says it changes, in Russian or Kazakh:
// "В пункт 1 … изменение", "Подпункт 2) пункта 2 … изложить", "Статью 72 …
// дополнить пунктами 3, 4 и 5", "2-тармақты екінші бөлікпен толықтыру", …
import type { PendingTarget } from '../types.js';

const NUM = String.raw`(\d+(?:-\d+)*)`;
const SUB = String.raw`(\d+(?:-\d+)*\))`;

type Rule = [RegExp, (m: RegExpExecArray) => PendingTarget];

const point = (n: string) => `${n}.`;
const list = (text: string, suffix: string) =>
  text.split(/,|\s+и\s+|\s+және\s+/u).map((s) => s.trim().replace(/[-–]?тармақ\p{L}*$/u, '')).filter(Boolean)
    .map((s) => (s.endsWith(')') ? s : `${s}${suffix}`));

const RULES: Rule[] = [
  // Russian
  [new RegExp(`^Статью ${NUM} .*дополнить пунктами ([\\d\\s,и-]+?) \\(`, 'u'), (m) => ({ kind: 'add', labels: list(m[2], '.') })],
  [new RegExp(`^Статью ${NUM} .*дополнить подпунктами (.+?) \\(`, 'u'), (m) => ({ kind: 'add', labels: list(m[2], ')') })],
  [new RegExp(`^(?:В статью|Статью) ${NUM} `, 'u'), () => ({ kind: 'article' })],
  [new RegExp(`^Абзац первый пункта ${NUM} `, 'u'), (m) => ({ kind: 'point', label: point(m[1]), lead: true })],
  [new RegExp(`^(?:В подпункт|Подпункт) ${SUB} пункта ${NUM} `, 'u'), (m) => ({ kind: 'point', label: m[1], parent: point(m[2]) })],
  [new RegExp(`^(?:В подпункт|Подпункт) ${SUB} `, 'u'), (m) => ({ kind: 'point', label: m[1] })],
  [new RegExp(`^(?:В пункт|Пункт) ${NUM} .*дополнить частью`, 'u'), (m) => ({ kind: 'add-paragraph', label: point(m[1]) })],
  [new RegExp(`^(?:В пункт|Пункт) ${NUM} .*исключить`, 'u'), (m) => ({ kind: 'repeal', label: point(m[1]) })],
  [new RegExp(`^(?:В пункт|Пункт) ${NUM} `, 'u'), (m) => ({ kind: 'point', label: point(m[1]) })],
  // Kazakh: бап = article, тармақ = point, тармақша = subpoint, бөлік = part, абзац = paragraph
  [new RegExp(`${NUM}-бапты (.+?)-тармақтармен толықтыру`, 'u'), (m) => ({ kind: 'add', labels: list(m[2], '.') })],
  [new RegExp(`${NUM}-бапты (.+?) тармақшалармен толықтыру`, 'u'), (m) => ({ kind: 'add', labels: list(m[2], ')') })],
  [new RegExp(`${NUM}-бапқа `, 'u'), () => ({ kind: 'article' })],
  [new RegExp(`${NUM}-тармақтың бірінші абзац`, 'u'), (m) => ({ kind: 'point', label: point(m[1]), lead: true })],
  [new RegExp(`${NUM}-тармақтың ${SUB} тармақша`, 'u'), (m) => ({ kind: 'point', label: m[2], parent: point(m[1]) })],
  [new RegExp(`${SUB} тармақша`, 'u'), (m) => ({ kind: 'point', label: m[1] })],
  [new RegExp(`${NUM}-тармақты \\S+ бөлікпен толықтыру`, 'u'), (m) => ({ kind: 'add-paragraph', label: point(m[1]) })],
  [new RegExp(`${NUM}-тармақты алып тастау`, 'u'), (m) => ({ kind: 'repeal', label: point(m[1]) })],
  [new RegExp(`${NUM}-тармақ`, 'u'), (m) => ({ kind: 'point', label: point(m[1]) })],
];

/** The target a note announces, or null when it names none we understand. */
export function parsePendingTarget(note: string): PendingTarget | null {
  // Kazakh notes start with the act ("08.06.2022 ҚР Заңымен …"): drop it before matching.
  const text = note.replace(/^\d{1,2}\.\d{1,2}\.\d{4} ҚР Заң\p{L}*\s+/u, '');
  for (const [pattern, make] of RULES) {
    const m = pattern.exec(text);
    if (m) return make(m);
  }
  return null;
}
