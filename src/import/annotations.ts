// Editorial annotations of the exports, which are never constitutional text:
// `Сноска.`/`Ескерту.` footnotes naming amending acts, `Примечание.`/`Ескертпе.`
// notes citing rulings or announcing wording that takes effect later.
import type { ActRef, PendingTarget } from '../types.js';
import { isoFromMatch, NUMERIC_DATE, WORD_DATE } from './dates.js';
import { parsePendingTarget } from './pending-target.js';

const ANNOTATION = /^\s*(Сноска|Примечание|Ескерту|Ескертпе)\s*\.\s*/u;

export type Annotation =
  | { kind: 'footnote'; text: string; acts: ActRef[] }
  | { kind: 'note'; text: string }
  | { kind: 'pending'; text: string; effective: string | null; condition?: string; act: string; actDate?: string; target: PendingTarget | null; hasText: boolean };

/** The annotation a paragraph holds, or null when it is ordinary text. `text` drops the `Сноска.` word. */
export function readAnnotation(paragraph: string): Annotation | null {
  const m = ANNOTATION.exec(paragraph);
  if (!m) return null;
  const text = paragraph.slice(m[0].length).trim();
  if (m[1] === 'Сноска' || m[1] === 'Ескерту') return { kind: 'footnote', text, acts: actsOf(text) };
  const pending = pendingOf(text);
  return pending ?? { kind: 'note', text };
}

const EFFECTIVE_RUS = /вво(?:дится|дятся) в действие с (\d{1,2}\.\d{1,2}\.\d{4})/u;
const EFFECTIVE_KAZ = /\((\d{1,2}\.\d{1,2}\.\d{4}) бастап/u;
const ACT_RUS = /(Законом РК от \d{1,2}\.\d{1,2}\.\d{4}(?: (?:№|N) ?[\w-]+)?)/u;
const ACT_KAZ = /(\d{1,2}\.\d{1,2}\.\d{4} ҚР Заң\p{L}*)/u;

// "…начиная с выборов депутатов Мажилиса … положения пункта 2 применяются в следующей редакции:"
const CONDITIONAL_RUS = /(начиная с .+?),? положения пункта (\d+(?:-\d+)*) применяются в следующей редакции/u;
const CONDITIONAL_KAZ = /(\d+(?:-\d+)*)-тармақтың ережелері (.+?бастап) мынадай редакцияда қолданылады/u;

function pendingOf(text: string): Annotation | null {
  const conditional = conditionalOf(text);
  if (conditional) return conditional;
  const announces = /предусмотрено|көзделген/u.test(text);
  const effective = EFFECTIVE_RUS.exec(text) ?? EFFECTIVE_KAZ.exec(text);
  if (!announces || !effective) return null;
  const target = parsePendingTarget(text);
  const act = (ACT_RUS.exec(text) ?? ACT_KAZ.exec(text))?.[1] ?? '';
  const actDateMatch = NUMERIC_DATE.exec(act);
  return {
    kind: 'pending',
    text,
    effective: isoFromMatch(NUMERIC_DATE.exec(effective[1]!)!)!,
    act: act.replace(/^Законом/u, 'Закон'),
    ...(actDateMatch ? { actDate: isoFromMatch(actDateMatch)! } : {}),
    target,
    // Every announced change but a repeal is followed by its new wording (the
    // note ends in ":" in Russian, but not always in Kazakh).
    hasText: target?.kind !== 'repeal',
  };
}

function conditionalOf(text: string): Annotation | null {
  const rus = CONDITIONAL_RUS.exec(text);
  const kaz = rus ? null : CONDITIONAL_KAZ.exec(text);
  if (!rus && !kaz) return null;
  const [condition, label] = rus ? [rus[1]!, rus[2]!] : [kaz![2]!, kaz![1]!];
  const actDate = NUMERIC_DATE.exec(text);
  return {
    kind: 'pending', text, effective: null, condition,
    act: actDate ? `Закон РК от ${actDate[0]}` : '',
    ...(actDate ? { actDate: isoFromMatch(actDate)! } : {}),
    target: { kind: 'point', label: `${label}.` },
    hasText: true,
  };
}

/** Acts named in a footnote, in order, without the dates they took effect (in parentheses). */
export function actsOf(text: string): ActRef[] {
  const withoutEffect = text.replace(/\([^)]*\)/gu, ' ');
  const acts: ActRef[] = [];
  const pattern = new RegExp(`(?:${NUMERIC_DATE.source}|${WORD_DATE.source})(?:\\s*(?:№|N)\\s*([\\w-]+))?`, 'giu');
  for (const m of withoutEffect.matchAll(pattern)) {
    const numeric = m[1] !== undefined;
    const fake = (numeric ? [m[0], m[1], m[2], m[3]] : [m[0], m[4], m[5], m[6]]) as unknown as RegExpExecArray;
    const date = isoFromMatch(fake);
    if (!date) continue;
    const number = m[7];
    if (!acts.some((a) => a.date === date && a.number === number)) acts.push(number ? { date, number } : { date });
  }
  return acts;
}
