// The wordings of `constdiff check-languages` in Russian (keys of check.en.ts).
import type { Lang } from '../../types.js';
import type { checkEn } from './check.en.js';

/** `русском` (тексте, языке). */
const IN: Record<Lang, string> = { rus: 'русском', kaz: 'казахском' };

export const checkRu: typeof checkEn = {
  'check.absent': 'отсутствует',
  'check.both': (rus: string, kaz: string) => `в русском: ${rus}, в казахском: ${kaz}`,
  'check.onlyChanged': (lang: Lang, status: string) => `изменена только в ${IN[lang]} тексте (${status})`,
  'check.noOlder': 'прежней статьи нет (новая)',
  'check.oldArticle': (number: string) => `прежняя статья ${number}`,
  'check.pairedDifferently': (rus: string, kaz: string, both: string) =>
    `сопоставлена по-разному: в русском — ${rus}, в казахском — ${kaz} (${both})`,
  'check.changedDifferently': (both: string) => `изменена по-разному (${both})`,
  'check.pointsDiffer': (status: string) => `в обоих текстах ${status}, но изменены разные пункты`,
  'check.alike': (status: string) => `изменена одинаково (${status})`,
  'check.articlesOnly': (lang: Lang, list: string) => `статьи только в ${IN[lang]} тексте: ${list}`,
  'check.repealedDiffers': (list: string) => `исключены только в одном тексте: ${list}`,
  'check.onlyIn': (lang: Lang, list: string) => `только в ${IN[lang]}: ${list}`,
  'check.points': (article: string, parts: string) => `${article}: пункты ${parts}`,
  'check.notCompared': (why: string) => `не сравнивалось: ${why}`,
  'check.noText': (version: string, lang: Lang) => `в ${version} нет текста на ${IN[lang]} языке`,
  'check.textMissing': 'одного из текстов нет',
  'check.step': (rus: number, kaz: number, differ: number) =>
    `изменено статей: в русском тексте ${rus}, в казахском ${kaz}; ${differ ? `различаются: ${differ}` : 'те же статьи и пункты'}`,
  'check.title': (constitution: string, first: string, last: string) => `${constitution}: сравнение русского и казахского текстов, ${first} — ${last}`,
  'check.versions': 'Версии (статьи и пункты двух текстов):',
  'check.noLangText': (lang: Lang) => `нет текста на ${IN[lang]} языке`,
  'check.differences': (n: number) => `различий: ${n}`,
  'check.same': 'те же статьи и пункты',
  'check.steps': 'Шаги (что изменилось в каждом тексте):',
  'check.total': (compared: number, steps: number, apart: number, articles: number, versionsApart: number, versionsCompared: number) =>
    `сравнено шагов: ${compared} из ${steps}; со статьями, изменёнными по-разному: ${apart} (статей: ${articles}); `
    + `версий, тексты которых различаются статьями или пунктами: ${versionsApart} из ${versionsCompared}.`,
};
