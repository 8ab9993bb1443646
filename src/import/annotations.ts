// Editorial annotations of the exports, which are never constitutional text:
// `Сноска.`/`Ескерту.` footnotes naming amending acts, `Примечание.`/`Ескертпе.`
// notes citing rulings or announcing wording that takes effect later.
import type { ActRef, PendingTarget } from '../types.js';
import { isoFromMatch, NUMERIC_DATE, WORD_DATE, YEAR_FIRST_DATE } from './dates.js';
import { parsePendingTarget } from './pending-target.js';

const ANNOTATION = /^\s*(Сноска|Примечание|Ескерту|Ескертпе)\s*\.\s*/u;

export type Annotation =
  | { kind: 'footnote'; text: string; acts: ActRef[] }
  /** `unmarked`: a court ruling quoted as a plain paragraph, without `Примечание.`. */
  | { kind: 'note'; text: string; unmarked?: boolean }
  | { kind: 'pending'; text: string; effective: string | null; condition?: string; act: string; actDate?: string; target: PendingTarget | null; hasText: boolean };

// The 2023 export quotes some rulings of the Constitutional Court as plain
// paragraphs inside an article: "В соответствии с нормативным постановлением
// Конституционного Суда РК от 19.04.2024 № 41-НП норму … необходимо понимать …".
// The Kazakh text of 2023 names the ruling at the end instead: "… - ҚР
// Конституциялық Сотының 19.04.2024 жылғы № 41-НҚ нормативтік қаулысына сәйкес."
const UNMARKED_RULING = /^(?:В соответствии с нормативн\p{L}* постановлени\p{L}* Конституционного (?:Суда|Совета)|Конституциялық (?:Соттың|Кеңестің) .{0,80}нормативтік қаулы\p{L}* сәйкес)|[-–] (?:ҚР )?Конституциялық (?:Сотының|Кеңесінің) .{0,60}нормативтік қаулы\p{L}* сәйкес\.?$/u;

/** The annotation a paragraph holds, or null when it is ordinary text. `text` drops the `Сноска.` word. */
export function readAnnotation(paragraph: string): Annotation | null {
  const m = ANNOTATION.exec(paragraph);
  if (!m) return UNMARKED_RULING.test(paragraph) ? { kind: 'note', text: paragraph.trim(), unmarked: true } : null;
  const text = paragraph.slice(m[0].length).trim();
  if (m[1] === 'Сноска' || m[1] === 'Ескерту') return { kind: 'footnote', text, acts: actsOf(text, m[1] === 'Сноска' ? 'rus' : 'kaz') };
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
    effective: isoFromMatch(NUMERIC_DATE.exec(effective[1])!)!,
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
  const [condition, label] = rus ? [rus[1], rus[2]] : [kaz![2], kaz![1]];
  const actDate = NUMERIC_DATE.exec(text);
  return {
    kind: 'pending', text, effective: null, condition,
    act: actDate ? `Закон РК от ${actDate[0]}` : '',
    ...(actDate ? { actDate: isoFromMatch(actDate)! } : {}),
    target: { kind: 'point', label: `${label}.` },
    hasText: true,
  };
}

/**
 * Acts named in a footnote, in order. Not acts: the dates they took effect (in
 * parentheses), rulings ("См. постановление … от 30 июня 1999 г. N 10/2; от …"),
 * and a date the text itself takes effect ("Вступает в силу с 01.07.2026",
 * "01.07.2026 бастап күшіне енеді"). A
 * footnote is read clause by clause: a clause naming a law (Закон, ҚР … Заң)
 * starts a list of acts, one naming a ruling (постановление, қаулы, "См.")
 * starts a list of rulings, and a bare "от 11.11.1999 N 19/2" continues the list
 * it stands in. In Russian an act's date follows "от". Older Kazakh exports
 * write dates year first (2007.05.21) and end each list with its kind (Заңымен,
 * қаулысымен); the kind that follows a date decides for it.
 */
export function actsOf(text: string, lang: 'rus' | 'kaz' = 'rus'): ActRef[] {
  const plain = text.replace(/\([^)]*\)/gu, (m) => ' '.repeat(m.length));
  const acts: ActRef[] = [];
  const pattern = new RegExp(`(?:${NUMERIC_DATE.source}|${WORD_DATE.source}|${YEAR_FIRST_DATE.source})(?:\\s*(?:№|N)\\s*([\\p{L}\\p{N}_-]+))?`, 'giu');
  let listOf: 'acts' | 'rulings' = 'acts';
  for (const { clause, at } of clausesOf(plain)) {
    if (/постановлени|решени|қаулы|Қараңыз|^\s*См\./iu.test(clause)) listOf = 'rulings';
    else if (/Закон|Заң|ҚР/u.test(clause)) listOf = 'acts';
    // Only a law "takes effect" (its parenthesis, dropped above): "…; см. постановления
    // … от 19.08.2005 года N 5; от 21.05.2007 N 254 (вводится в действие …)" names a law again.
    else if (TAKES_EFFECT.test(text.slice(at, at + clause.length))) listOf = 'acts';
    for (const m of clause.matchAll(pattern)) {
      const after = plain.slice(at + m.index + m[0].length);
      if (lang === 'rus') {
        if (listOf === 'rulings' || !/от\s*$/u.test(clause.slice(0, m.index))) continue;
      } else {
        // "01.07.2026 бастап күшіне енеді": the date a text takes effect, not an act.
        if (/^\s*бастап/u.test(after)) continue;
        // A Kazakh list ends in the kind of its acts: "ҚР 1998.10.07 N 284, 2007.05.21 N 254
        // Заңдарымен", "ҚР Конституциялық Кеңесінің 2003.04.23 N 4 қаулысымен, өзгерту …".
        const kind = /Заң|қаулы|шешім/iu.exec(after)?.[0].toLowerCase();
        if (kind ? !kind.startsWith('заң') : listOf === 'rulings') continue;
      }
      const date = isoFromMatch((m[1] !== undefined ? [m[0], m[1], m[2], m[3]] : m[4] !== undefined ? [m[0], m[4], m[5], m[6]] : [m[0], m[9], m[8], m[7]]) as unknown as RegExpExecArray);
      if (!date) continue;
      const number = m[10] === undefined ? undefined : latinRoman(m[10]);
      if (!acts.some((a) => a.date === date && a.number === number)) acts.push(number ? { date, number } : { date });
    }
  }
  return acts;
}

/**
 * "238-VІ" with a Cyrillic І is law 238-VI: a convocation numeral written with
 * Cyrillic look-alikes is read in Latin letters (a suffix of other letters, such as
 * "41-НП", is kept as written).
 */
function latinRoman(number: string): string {
  return number.replace(/(?<=-)[IVXLCMІХСМӀ]+$/u, (r) => r.replace(/[ІӀ]/gu, 'I').replace(/Х/gu, 'X').replace(/С/gu, 'C').replace(/М/gu, 'M'));
}

const TAKES_EFFECT = /\((?:вводится в действие|вступает в силу)/u;

/** Clauses of a footnote (split at ";" and at a sentence end), each with its offset. */
function clausesOf(text: string): { clause: string; at: number }[] {
  const out: { clause: string; at: number }[] = [];
  const boundary = /;|\.\s*(?=\p{Lu}\p{Ll})/gu;
  let at = 0;
  for (const m of text.matchAll(boundary)) {
    out.push({ clause: text.slice(at, m.index), at });
    at = m.index + m[0].length;
  }
  out.push({ clause: text.slice(at), at });
  return out;
}
