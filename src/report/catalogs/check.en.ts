// The wordings of `constdiff check-languages` (the Russian and Kazakh texts held
// against each other), in English; part of the English catalog (en.ts),
// mirrored by check.ru.ts and check.kk.ts.
import type { Lang } from '../../types.js';

const NAME: Record<Lang, string> = { rus: 'Russian', kaz: 'Kazakh' };

export const checkEn = {
  /** An article's status in a text that does not have it. */
  'check.absent': 'absent',
  'check.both': (rus: string, kaz: string) => `Russian ${rus}, Kazakh ${kaz}`,
  'check.onlyChanged': (lang: Lang, status: string) => `changed in ${NAME[lang]} only (${status})`,
  'check.noOlder': 'no older article (new)',
  'check.oldArticle': (number: string) => `old article ${number}`,
  'check.pairedDifferently': (rus: string, kaz: string, both: string) => `paired differently: Russian with ${rus}, Kazakh with ${kaz} (${both})`,
  'check.changedDifferently': (both: string) => `changed differently (${both})`,
  'check.pointsDiffer': (status: string) => `both ${status}, but different points changed`,
  'check.alike': (status: string) => `changed alike (${status})`,
  'check.articlesOnly': (lang: Lang, list: string) => `articles only in the ${NAME[lang]} text: ${list}`,
  'check.repealedDiffers': (list: string) => `repealed in one text only: ${list}`,
  'check.onlyIn': (lang: Lang, list: string) => `only in ${NAME[lang]}: ${list}`,
  'check.points': (article: string, parts: string) => `${article}: points ${parts}`,
  'check.notCompared': (why: string) => `not compared: ${why}`,
  'check.noText': (version: string, lang: Lang) => `${version} has no ${NAME[lang]} text`,
  'check.textMissing': 'a text is missing',
  'check.step': (rus: number, kaz: number, differ: number) =>
    `${rus} articles changed in Russian, ${kaz} in Kazakh; ${differ ? `${differ} differ` : 'the same articles and points'}`,
  'check.title': (constitution: string, first: string, last: string) => `${constitution}: the Russian and Kazakh texts compared, ${first} to ${last}`,
  'check.versions': 'Versions (articles and points of the two texts):',
  'check.noLangText': (lang: Lang) => `no ${NAME[lang]} text`,
  'check.differences': (n: number) => `${n} difference${n === 1 ? '' : 's'}`,
  'check.same': 'the same articles and points',
  'check.steps': 'Steps (what changed in each text):',
  'check.total': (compared: number, steps: number, apart: number, articles: number, versionsApart: number, versionsCompared: number) =>
    `${compared} of ${steps} steps compared: ${apart} with articles that changed differently `
    + `(${articles} articles); ${versionsApart} of ${versionsCompared} versions whose two texts differ in articles or points.`,
};
