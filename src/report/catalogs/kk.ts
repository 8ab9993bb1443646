// The Kazakh catalog (same keys as en.ts). Legal wording follows the Kazakh
// text of the Constitution and its footnotes: «бап», «тармақ», «тармақша»,
// «жаңа редакцияда жазу», «толықтыру», «алынып тасталды», «өзгерістер
// енгізілді», «бастап қолданысқа енгізіледі». A number keeps the noun in the
// singular (`98 бап`); the case endings of тармақ / тармақша / бап are fixed,
// so they are spelled out here rather than built.
import type { ActRef, ChangeStatus, NumberingChange, PendingTarget, PendingWording, VersionInfo } from '../../types.js';
import { type Messages, statusEntries } from './en.js';
import { checkKk } from './check.kk.js';
import { htmlKk } from './html.kk.js';
import { tuiKk } from './tui.kk.js';

type Esc = (text: string) => string;
type Num = (n: number) => string;

const STATUS: Record<ChangeStatus, string> = {
  unchanged: 'өзгеріссіз', amended: 'өзгертілді', added: 'қосылды', repealed: 'алынып тасталды',
  renumbered: 'нөмірі өзгертілді', moved: 'орны ауыстырылды',
};

const isSub = (label: string) => label.trim().endsWith(')');
type Case = 'nom' | 'acc' | 'gen' | 'abl' | 'ins';
// Own forms (`2-тармақты`) and possessed forms after a genitive (`2-тармақтың 1) тармақшасын`).
const NOUN: Record<'point' | 'sub', { own: Record<Case, string>; possessed: Record<Case, string>; many: Record<Case, string> }> = {
  point: {
    own: { nom: 'тармақ', acc: 'тармақты', gen: 'тармақтың', abl: 'тармақтан', ins: 'тармақпен' },
    possessed: { nom: 'тармағы', acc: 'тармағын', gen: 'тармағының', abl: 'тармағынан', ins: 'тармағымен' },
    many: { nom: 'тармақтар', acc: 'тармақтарды', gen: 'тармақтардың', abl: 'тармақтардан', ins: 'тармақтармен' },
  },
  sub: {
    own: { nom: 'тармақша', acc: 'тармақшаны', gen: 'тармақшаның', abl: 'тармақшадан', ins: 'тармақшамен' },
    possessed: { nom: 'тармақшасы', acc: 'тармақшасын', gen: 'тармақшасының', abl: 'тармақшасынан', ins: 'тармақшасымен' },
    many: { nom: 'тармақшалар', acc: 'тармақшаларды', gen: 'тармақшалардың', abl: 'тармақшалардан', ins: 'тармақшалармен' },
  },
};
/** `5-тармақ` (the label's dot dropped, the noun joined by a hyphen), `1) тармақша`. */
function named(label: string, esc: Esc, noun: string): string {
  return isSub(label) ? `${esc(label)} ${noun}` : `${esc(label.trim().replace(/\.$/u, ''))}-${noun}`;
}
/** `2-тармақтың 1) тармақшасын` in the case asked for. */
function point(label: string, esc: Esc, form: Case, parent?: string): string {
  const forms = NOUN[isSub(label) ? 'sub' : 'point'];
  return parent ? `${point(parent, esc, 'gen')} ${named(label, esc, forms.possessed[form])}` : named(label, esc, forms.own[form]);
}
/** `3, 4 және 5-тармақтармен`. */
function points(labels: string[], esc: Esc, form: Case): string {
  if (labels.length === 1) return point(labels[0], esc, form);
  const forms = NOUN[isSub(labels[0] ?? '') ? 'sub' : 'point'];
  const bare = (l: string) => esc(isSub(l) ? l : l.trim().replace(/\.$/u, ''));
  const last = named(labels.at(-1)!, esc, forms.many[form]);
  return `${labels.slice(0, -2).map((l) => `${bare(l)}, `).join('')}${bare(labels.at(-2)!)} және ${last}`;
}

export const kk: Messages = {
  ...htmlKk,
  ...checkKk,
  ...tuiKk,
  'ui.tag': 'kk',
  'number.count': (n: number) => n.toLocaleString('kk-KZ'),
  'number.percent': (digits: string) => `${digits.replace('.', ',')}%`,

  ...statusEntries(STATUS),
  'status.andAmended': (status: ChangeStatus) => `${STATUS[status]}, мәтіні де өзгертілді`,
  'status.group': (status: ChangeStatus) => STATUS[status],
  'summary.statusCount': (count: number, status: ChangeStatus, alsoAmended: number) =>
    `${STATUS[status]}: ${count}${alsoAmended ? ` (оның ішінде мәтіні де өзгертілгені: ${alsoAmended})` : ''}`,
  'summary.alsoAmended': (count: string) => `(оның ішінде мәтіні де өзгертілгені: ${count})`,
  'summary.adopted': (list: string[], changed: number, total: number) =>
    `${list.length} бапта (${list.join(', ')}) қабылданған, бірақ кейінірек қолданысқа енгізілетін редакция да бар; `
    + `оны қолданғанда (--as-adopted) ${total} баптың ${changed} бабы өзгереді.`,
  'summary.changed': (changed: number, total: number, n: Num = String) => `${n(total)} баптың ${n(changed)} бабы өзгертілді`,
  'summary.words': (added: number, removed: number, n: Num = String) => `${n(added)} сөз қосылды, ${n(removed)} сөз жойылды`,
  'report.noChanges': 'Өзгерістер жоқ.',
  'report.noneShownChanged': 'Көрсетілген баптардың ешқайсысы өзгермеген.',

  'sections.title': 'Бөлімдердің атаулары',
  'sections.status.renamed': 'атауы өзгертілді',
  'sections.status.renumbered': 'нөмірі өзгертілді',
  'sections.status.added': 'жаңа бөлім',
  'sections.status.repealed': 'бөлім алынып тасталды',
  'sections.footnote': 'сілтеме',
  'sections.note': 'ескертпе',

  'article.title': (number: string) => (number === 'preamble' ? 'Кіріспе' : `${number}-бап`),
  'article.titleInline': (number: string) => (number === 'preamble' ? 'кіріспе' : `${number}-бап`),
  'article.formerly': (number: string) => `бұрынғы ${number}`,
  'article.wordingUnchanged': 'мәтіні өзгермеген',
  'article.repealed': '(алынып тасталды)',
  'point.noun': (label: string, many = false) => NOUN[isSub(label) ? 'sub' : 'point'][many ? 'many' : 'own'].nom,
  'act.short': (act: ActRef) => (act.number ? `${act.date} № ${act.number}` : act.date),
  'lang.rus': 'орыс тілі',
  'lang.kaz': 'қазақ тілі',
  'actSource.short.footnote': 'сілтеме',
  'actSource.short.pending': 'қолданысқа енген кейінгі редакция',
  'actSource.short.version': 'жаңа мәтіннің өзі',
  'actSource.footnote': 'сілтемеде аталған',
  'actSource.pending': 'оның кейінгі редакциясы қолданысқа енді',
  'actSource.version': 'жаңа мәтіннің өзі',
  'version.inForceFrom': (date: string) => `${date} бастап қолданыста`,

  'pending.when': (p: Pick<PendingWording, 'effective' | 'condition'>, esc: Esc) =>
    (p.effective ? `${esc(p.effective)} бастап` : esc(p.condition ?? 'кейінірек')),
  'pending.does': (t: PendingTarget, esc: Esc): string => {
    switch (t.kind) {
      case 'article': return 'бапты жаңа редакцияда жазады';
      case 'point': return t.lead
        ? `${point(t.label, esc, 'gen', t.parent)} бірінші абзацын жаңа редакцияда жазады`
        : `${point(t.label, esc, 'acc', t.parent)} жаңа редакцияда жазады`;
      case 'add': {
        const where = t.after ? `${point(t.after, esc, 'abl')} кейін ` : '';
        return `${t.parent ? point(t.parent, esc, 'acc') : 'бапты'} ${where}${points(t.labels, esc, 'ins')} толықтырады`;
      }
      case 'add-paragraph': return `${point(t.label, esc, 'acc')} соңына жаңа абзацпен толықтырады`;
      case 'repeal': return `${point(t.label, esc, 'acc', t.parent)} алып тастайды`;
    }
  },
  'pending.line': (when: string, act: string, does: string) => `кейінгі редакция, ${when} (${act}): ${does}`,
  'pending.lead': (when: string, act: string, does: string) => `Кейінгі редакция, ${when} (${act}): ${does}`,

  'text.from': 'бұрын',
  'text.to': 'кейін',
  'text.acts': (acts: string) => `актілер: ${acts}`,
  'text.summary': (changed: string, parts: string, words: string, ratio: string) =>
    `${changed}${parts ? ` — ${parts}` : ''}; ${words} (${ratio})`,

  'md.title': (constitution: string, from: string, to: string) => `Конституция ${constitution}: өзгерістер, ${from} → ${to}`,
  'md.language': (lang: string) => `Мәтін тілі: ${lang}.`,
  'md.exact': 'Тек ресімдеудегі айырмашылықтар да өзгеріс ретінде көрсетіледі.',
  'md.notExact': 'Тек ресімдеудегі айырмашылықтар (бос орындар, жазылуы ұқсас әріптер) есепке алынбайды.',
  'md.from': 'Бұрын',
  'md.to': 'Кейін',
  'md.version': 'Нұсқа',
  'md.label': 'Атауы',
  'md.inForceFrom': 'Қолданысқа енген күні',
  'md.act': 'Акт',
  'md.summary': 'Қорытынды',
  'md.status': 'Мәртебесі',
  'md.articles': 'Баптар',
  'md.alsoAmended': '… оның ішінде мәтіні де өзгертілгені',
  'md.total': 'Барлығы',
  'md.ratio': (ratio: string) => `өзгеріс үлесі ${ratio}`,
  'md.changes': 'Өзгерістер',
  'md.legend': 'Алынып тасталған мәтін ~~сызылған~~, қосылған мәтін **жуан** қаріппен берілген.',
  'md.section': (section: string) => `Бөлім: ${section}`,
  'md.previouslyIn': (section: string) => `бұрын: ${section}`,
  'md.amendingActs': (acts: string) => `Өзгерістер енгізген актілер: ${acts}`,
  'md.wordingUnchanged': 'Мәтіні өзгермеген.',

  'docx.version': (side: 'from' | 'to', v: Pick<VersionInfo, 'id' | 'label' | 'effective' | 'act'>) =>
    `${side === 'from' ? 'Бұрын' : 'Кейін'}: ${v.id}, ${v.label}; ${v.effective} бастап қолданыста; ${v.act}.`,
  'docx.revisions': (act: string, date: string) =>
    `Әр өзгеріс — «${act}» атынан ${date} күнімен жазылған түзету: Word пен LibreOffice оларды рецензиялау режимінде көрсетеді, `
    + 'әрқайсысын жеке қабылдауға не қабылдамауға болады.',
  'docx.changedArticles': 'Өзгертілген баптар',
  'docx.noChangedArticles': 'Бірде-бір бап өзгермеген.',

  'show.repealed': '(алынып тасталды)',
  'show.amendedBy': 'Өзгерістер енгізілді:',
  'show.notes': 'Ескертпелер:',
  'show.pendingWhen': (p: Pick<PendingWording, 'effective' | 'condition'>) => (p.effective ? `${p.effective} бастап` : (p.condition ?? 'кейінірек')),
  'show.pending': (when: string, act: string, note: string) => `Кейінгі редакция (${when}, ${act}): ${note}`,

  'report.wrote': (file: string, summary: string) => `${file} файлы жазылды: ${summary}`,

  'versions.row': (id: string, effective: string, count: number, languages: string, label: string): string =>
    `${id}  ${effective} бастап қолданыста  ${String(count).padStart(3)} бап  [${languages}]  ${label}`,
  'versions.also': (aliases: string) => `басқа атаулары: ${aliases}`,
  'versions.act': (act: string) => `акт: ${act}`,

  'at.version': (version: string, label: string, effective: string, act: string) =>
    `${version} (${label}), ${effective} бастап қолданыста; ${act}`,
  'at.title': (constitution: string, lang: string, date: string, version: string) => `${constitution} (${lang}), ${date}: ${version} нұсқасы`,
  'at.applied': (date: string, count: number) => `${date} қарай қолданысқа енген кейінгі редакциялар қолданылды (${count}):`,
  'at.noneApplied': (date: string) => `${date} күні кейінгі редакциялар қолданылмады.`,
  'at.waiting': (date: string, count: number) => `${date} күні әлі қолданысқа енбегендері (${count}):`,
  'at.inForce': (date: string, version: string) => `${date} күні қолданыста: ${version} нұсқасы`,
  'at.appliedList': (list: string) => `Қолданылған кейінгі редакциялар: ${list}`,
  'at.numbering': (c: NumberingChange, current: string, esc: Esc): string => {
    const was = c.formerNumber !== undefined
      ? `мұндағы ${esc(c.number)}-бап ${esc(c.previous.id)} нұсқасында ${esc(c.formerNumber)}-бап болған`
      : `${esc(c.number)}-бап ${esc(current)} нұсқасында жаңа`;
    const now = c.numberNow !== undefined
      ? `${esc(c.previous.id)} нұсқасының ${esc(c.number)}-бабы мұнда ${esc(c.numberNow)}-бап`
      : `${esc(c.previous.id)} нұсқасының ${esc(c.number)}-бабына мұнда сәйкес бап жоқ`;
    return `${esc(current)} нұсқасында нөмірлеу өзгерді: ${was}; ${now}.`;
  },

  'attribution.title': (constitution: string, lang: string, from: string, to: string) =>
    `${constitution} (${lang}): өзгерістер енгізген актілер, ${from} → ${to}`,
  'attribution.period': (from: string, to: string) => `есепке алынған актілер: ${from} күнінен кейінгі және ${to} күнінен кешіктірілмеген`,
  'attribution.summary': (changed: number, credited: number, unexplained: number, unchangedNamed: number) =>
    `өзгертілген баптар: ${changed}; оның ішінде актіге жатқызылғаны: ${credited}, актіні атайтын сілтемесіз өзгертілгені: ${unexplained}; `
    + `сілтеме актіні атаса да өзгермегені: ${unchangedNamed}`,
  'attribution.noAct': ' — бұл кезеңнің актісін ешбір сілтеме атамайды',
  'attribution.noChange': ' — бірақ мәтін өзгермеген',

  'history.title': (article: string, constitution: string, lang: string, versions: number) =>
    `${article}, ${constitution} (${lang}): ${versions} нұсқа`,
  'history.numbered': (numbers: string) => `нөмірлері: ${numbers}`,
  'history.first': 'қоймадағы алғашқы мәтін',
  'history.renumbered': (from: string, to: string, reworded: boolean) =>
    `нөмірі өзгертілді ${from} → ${to}${reworded ? ', мәтіні өзгертілді' : ', мәтіні өзгермеген'}`,
  'history.by': (acts: string) => `актілер: ${acts}`,
  'history.noAct': 'сілтемелерде акт аталмаған',
  'blame.title': (article: string, constitution: string, version: string, lang: string) =>
    `${article}, ${constitution}, ${version} нұсқасы (${lang}): әр тармақтың редакциясы алғаш пайда болған нұсқа`,
  'blame.article': (number: string) => `(${number}-бап)`,
  'blame.noAct': 'өзгерістер енгізген акт аталмаған',
  'blame.versions': 'Нұсқалар:',
};
