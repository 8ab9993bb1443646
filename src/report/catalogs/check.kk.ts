// The wordings of `constdiff check-languages` in Kazakh (keys of check.en.ts).
import type { Lang } from '../../types.js';
import type { checkEn } from './check.en.js';

/** `орыс тіліндегі` (мәтін). */
const IN: Record<Lang, string> = { rus: 'орыс тіліндегі', kaz: 'қазақ тіліндегі' };

export const checkKk: typeof checkEn = {
  'check.absent': 'жоқ',
  'check.both': (rus: string, kaz: string) => `орыс тілінде: ${rus}, қазақ тілінде: ${kaz}`,
  'check.onlyChanged': (lang: Lang, status: string) => `тек ${IN[lang]} мәтінде өзгертілді (${status})`,
  'check.noOlder': 'бұрынғы бап жоқ (жаңа)',
  'check.oldArticle': (number: string) => `бұрынғы ${number}-бап`,
  'check.pairedDifferently': (rus: string, kaz: string, both: string) =>
    `әртүрлі сәйкестендірілді: орыс тілінде — ${rus}, қазақ тілінде — ${kaz} (${both})`,
  'check.changedDifferently': (both: string) => `әртүрлі өзгертілді (${both})`,
  'check.pointsDiffer': (status: string) => `екі мәтінде де ${status}, бірақ әртүрлі тармақтар өзгертілді`,
  'check.alike': (status: string) => `бірдей өзгертілді (${status})`,
  'check.articlesOnly': (lang: Lang, list: string) => `тек ${IN[lang]} мәтіндегі баптар: ${list}`,
  'check.repealedDiffers': (list: string) => `тек бір мәтінде алынып тасталғандар: ${list}`,
  'check.onlyIn': (lang: Lang, list: string) => `тек ${IN[lang]} мәтінде: ${list}`,
  'check.points': (article: string, parts: string) => `${article}: тармақтар ${parts}`,
  'check.notCompared': (why: string) => `салыстырылмады: ${why}`,
  'check.noText': (version: string, lang: Lang) => `${version} нұсқасында ${IN[lang]} мәтін жоқ`,
  'check.textMissing': 'мәтіндердің бірі жоқ',
  'check.step': (rus: number, kaz: number, differ: number) =>
    `өзгертілген баптар: орыс тілінде ${rus}, қазақ тілінде ${kaz}; ${differ ? `айырмашылығы барлары: ${differ}` : 'баптар мен тармақтар бірдей'}`,
  'check.title': (constitution: string, first: string, last: string) =>
    `${constitution}: орыс және қазақ тіліндегі мәтіндер салыстырылды, ${first} – ${last}`,
  'check.versions': 'Нұсқалар (екі мәтіннің баптары мен тармақтары):',
  'check.noLangText': (lang: Lang) => `${IN[lang]} мәтін жоқ`,
  'check.differences': (n: number) => `айырмашылықтар: ${n}`,
  'check.same': 'баптар мен тармақтар бірдей',
  'check.steps': 'Қадамдар (әр мәтінде не өзгерді):',
  'check.total': (compared: number, steps: number, apart: number, articles: number, versionsApart: number, versionsCompared: number) =>
    `${steps} қадамның ${compared} салыстырылды; әртүрлі өзгертілген баптары барлары: ${apart} (баптар: ${articles}); `
    + `екі мәтіні баптары не тармақтары бойынша өзгеше нұсқалар: ${versionsCompared} нұсқаның ${versionsApart}.`,
};
