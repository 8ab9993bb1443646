// The Russian catalog (same keys as en.ts). Legal wording follows the Russian
// text of the Constitution and its footnotes: «статья», «пункт», «подпункт»,
// «изложить в новой редакции», «дополнить», «исключена», «вводится в действие».
// Statuses agree with «статья» (feminine); counts use the neuter short form
// («изменено: 3»); plurals follow Intl.PluralRules('ru').
import type { ActRef, ChangeStatus, NumberingChange, PendingTarget, PendingWording, VersionInfo } from '../../types.js';
import { type Messages, statusEntries } from './en.js';
import { pluralOf } from './plural.js';
import { checkRu } from './check.ru.js';
import { htmlRu } from './html.ru.js';
import { tuiRu } from './tui.ru.js';

type Esc = (text: string) => string;
type Num = (n: number) => string;

const plural = pluralOf('ru');
/** `статья` / `статьи` / `статей` after a number. */
const articles = (n: number) => plural(n, { one: 'статья', few: 'статьи', other: 'статей' });
/** `из 21 статьи`, `из 98 статей`. */
const ofArticles = (n: number) => plural(n, { one: 'статьи', other: 'статей' });

const STATUS: Record<ChangeStatus, string> = {
  unchanged: 'без изменений', amended: 'изменена', added: 'добавлена', repealed: 'исключена', renumbered: 'перенумерована', moved: 'перемещена',
};
const GROUP: Record<ChangeStatus, string> = {
  unchanged: 'без изменений', amended: 'изменено', added: 'добавлено', repealed: 'исключено', renumbered: 'перенумеровано', moved: 'перемещено',
};

const isSub = (label: string) => label.trim().endsWith(')');
/** `2.` is «пункт 2», `1)` «подпункт 1)», as the footnotes write them. */
const bare = (label: string) => (isSub(label) ? label : label.trim().replace(/\.$/u, ''));
type Case = 'acc' | 'gen' | 'ins';
const NOUN: Record<'point' | 'sub', Record<Case, [string, string]>> = {
  point: { acc: ['пункт', 'пункты'], gen: ['пункта', 'пунктов'], ins: ['пунктом', 'пунктами'] },
  sub: { acc: ['подпункт', 'подпункты'], gen: ['подпункта', 'подпунктов'], ins: ['подпунктом', 'подпунктами'] },
};
/** `подпункт 1) пункта 2` in the case asked for. */
function point(label: string, esc: Esc, form: Case, parent?: string): string {
  const own = `${NOUN[isSub(label) ? 'sub' : 'point'][form][0]} ${esc(bare(label))}`;
  return parent ? `${own} ${point(parent, esc, 'gen')}` : own;
}
/** `пунктами 3, 4 и 5`. */
function points(labels: string[], esc: Esc, form: Case): string {
  const names = labels.map((l) => esc(bare(l)));
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} и ${names.at(-1)}` : names.join('');
  return `${NOUN[isSub(labels[0] ?? '') ? 'sub' : 'point'][form][names.length > 1 ? 1 : 0]} ${list}`;
}

export const ru: Messages = {
  ...htmlRu,
  ...checkRu,
  ...tuiRu,
  'ui.tag': 'ru',
  'number.count': (n: number) => n.toLocaleString('ru-RU'),
  'number.percent': (digits: string) => `${digits.replace('.', ',')}\u00a0%`,

  ...statusEntries(STATUS),
  'status.andAmended': (status: ChangeStatus) => `${STATUS[status]} и изменена`,
  'status.group': (status: ChangeStatus) => GROUP[status],
  'summary.statusCount': (count: number, status: ChangeStatus, alsoAmended: number) =>
    `${GROUP[status]}: ${count}${alsoAmended ? ` (из них также изменено: ${alsoAmended})` : ''}`,
  'summary.alsoAmended': (count: string) => `(из них также изменено: ${count})`,
  'summary.adopted': (list: string[], changed: number, total: number) =>
    `${list.length} ${articles(list.length)} (${list.join(', ')}) также ${plural(list.length, { one: 'содержит', other: 'содержат' })} `
    + `редакцию, принятую, но вступающую в силу позднее; с её учётом (--as-adopted) изменено ${changed} из ${total} ${ofArticles(total)}.`,
  'summary.changed': (changed: number, total: number, n: Num = String) => `Изменено ${n(changed)} из ${n(total)} ${ofArticles(total)}`,
  'summary.words': (added: number, removed: number, n: Num = String) => `добавлено слов: ${n(added)}, удалено: ${n(removed)}`,
  'report.noChanges': 'Изменений нет.',
  'report.noneShownChanged': 'Ни одна из показанных статей не изменилась.',

  'sections.title': 'Заголовки разделов',
  'sections.status.renamed': 'переименован',
  'sections.status.renumbered': 'изменён номер',
  'sections.status.added': 'новый раздел',
  'sections.status.repealed': 'раздел исключён',
  'sections.footnote': 'сноска',
  'sections.note': 'примечание',

  'article.title': (number: string) => (number === 'preamble' ? 'Преамбула' : `Статья ${number}`),
  'article.titleInline': (number: string) => (number === 'preamble' ? 'преамбула' : `статья ${number}`),
  'article.formerly': (number: string) => `ранее ${number}`,
  'article.wordingUnchanged': 'текст не изменился',
  'article.repealed': '(исключена)',
  'point.noun': (label: string, many = false) => NOUN[isSub(label) ? 'sub' : 'point'].acc[many ? 1 : 0],
  'act.short': (act: ActRef) => (act.number ? `${act.date} № ${act.number}` : act.date),
  'lang.rus': 'русский',
  'lang.kaz': 'казахский',
  'actSource.short.footnote': 'сноска',
  'actSource.short.pending': 'вступившая в силу отложенная редакция',
  'actSource.short.version': 'сам новый текст',
  'actSource.footnote': 'назван в сноске',
  'actSource.pending': 'вступила в силу его отложенная редакция',
  'actSource.version': 'сам новый текст',
  'version.inForceFrom': (date: string) => `действует с ${date}`,

  'pending.when': (p: Pick<PendingWording, 'effective' | 'condition'>, esc: Esc) =>
    (p.effective ? `с ${esc(p.effective)}` : esc(p.condition ?? 'после более позднего события')),
  'pending.does': (t: PendingTarget, esc: Esc): string => {
    switch (t.kind) {
      case 'article': return 'излагает статью в новой редакции';
      case 'point': return t.lead
        ? `излагает в новой редакции первый абзац ${point(t.label, esc, 'gen', t.parent)}`
        : `излагает в новой редакции ${point(t.label, esc, 'acc', t.parent)}`;
      case 'add': {
        const what = `дополняет ${t.parent ? point(t.parent, esc, 'acc') : 'статью'} ${points(t.labels, esc, 'ins')}`;
        return t.after ? `${what} после ${point(t.after, esc, 'gen')}` : what;
      }
      case 'add-paragraph': return `дополняет ${point(t.label, esc, 'acc')} новой частью в конце`;
      case 'repeal': return `исключает ${point(t.label, esc, 'acc', t.parent)}`;
    }
  },
  'pending.line': (when: string, act: string, does: string) => `отложенная редакция ${when} (${act}): ${does}`,
  'pending.lead': (when: string, act: string, does: string) => `Отложенная редакция ${when} (${act}): ${does}`,

  'text.from': 'было',
  'text.to': 'стало',
  'text.acts': (acts: string) => `акты: ${acts}`,
  'text.summary': (changed: string, parts: string, words: string, ratio: string) =>
    `${changed}${parts ? ` — ${parts}` : ''}; ${words} (${ratio})`,

  'md.title': (constitution: string, from: string, to: string) => `Конституция ${constitution}: изменения ${from} → ${to}`,
  'md.language': (lang: string) => `Язык текста: ${lang}.`,
  'md.exact': 'Различия только в оформлении считаются изменениями.',
  'md.notExact': 'Различия только в оформлении (пробелы, сходные по начертанию буквы) не учитываются.',
  'md.from': 'Было',
  'md.to': 'Стало',
  'md.version': 'Версия',
  'md.label': 'Название',
  'md.inForceFrom': 'Действует с',
  'md.act': 'Акт',
  'md.summary': 'Сводка',
  'md.status': 'Статус',
  'md.articles': 'Статей',
  'md.alsoAmended': '… из них также изменено',
  'md.total': 'Всего',
  'md.ratio': (ratio: string) => `доля изменений ${ratio}`,
  'md.changes': 'Изменения',
  'md.legend': 'Исключённый текст ~~зачёркнут~~, добавленный выделен **жирным**.',
  'md.section': (section: string) => `Раздел: ${section}`,
  'md.previouslyIn': (section: string) => `ранее: ${section}`,
  'md.amendingActs': (acts: string) => `Изменяющие акты: ${acts}`,
  'md.wordingUnchanged': 'Текст не изменился.',

  'docx.version': (side: 'from' | 'to', v: Pick<VersionInfo, 'id' | 'label' | 'effective' | 'act'>) =>
    `${side === 'from' ? 'Было' : 'Стало'}: ${v.id}, ${v.label}; действует с ${v.effective}; ${v.act}.`,
  'docx.revisions': (act: string, date: string) =>
    `Каждое изменение — исправление, записанное от имени «${act}» с датой ${date}: Word и LibreOffice показывают их в режиме рецензирования, `
    + 'их можно принять или отклонить по одному.',
  'docx.changedArticles': 'Изменённые статьи',
  'docx.noChangedArticles': 'Ни одна статья не изменилась.',

  'show.repealed': '(исключена)',
  'show.amendedBy': 'Изменения внесены:',
  'show.notes': 'Примечания:',
  'show.pendingWhen': (p: Pick<PendingWording, 'effective' | 'condition'>) => (p.effective ? `с ${p.effective}` : (p.condition ?? 'позднее')),
  'show.pending': (when: string, act: string, note: string) => `Отложенная редакция (${when}, ${act}): ${note}`,

  'report.wrote': (file: string, summary: string) => `записан файл ${file}. ${summary}`,

  'versions.row': (id: string, effective: string, count: number, languages: string, label: string): string =>
    `${id}  действует с ${effective}  ${String(count).padStart(3)} ${articles(count)}  [${languages}]  ${label}`,
  'versions.also': (aliases: string) => `также: ${aliases}`,
  'versions.act': (act: string) => `акт: ${act}`,

  'at.version': (version: string, label: string, effective: string, act: string) =>
    `${version} (${label}), действует с ${effective}; ${act}`,
  'at.title': (constitution: string, lang: string, date: string, version: string) => `${constitution} (${lang}) на ${date}: версия ${version}`,
  'at.applied': (date: string, count: number) => `Отложенные редакции, вступившие в силу к ${date}, применены (${count}):`,
  'at.noneApplied': (date: string) => `На ${date} отложенные редакции не применялись.`,
  'at.waiting': (date: string, count: number) => `Ещё не вступили в силу на ${date} (${count}):`,
  'at.inForce': (date: string, version: string) => `Действует на ${date}: версия ${version}`,
  'at.appliedList': (list: string) => `Применены отложенные редакции: ${list}`,
  'at.numbering': (c: NumberingChange, current: string, esc: Esc): string => {
    const was = c.formerNumber !== undefined
      ? `статья ${esc(c.number)} здесь была статьёй ${esc(c.formerNumber)} в ${esc(c.previous.id)}`
      : `статья ${esc(c.number)} здесь новая в ${esc(current)}`;
    const now = c.numberNow !== undefined
      ? `статья ${esc(c.number)} из ${esc(c.previous.id)} здесь — статья ${esc(c.numberNow)}`
      : `у статьи ${esc(c.number)} из ${esc(c.previous.id)} здесь нет соответствующей`;
    return `Нумерация изменилась в ${esc(current)}: ${was}; ${now}.`;
  },

  'attribution.title': (constitution: string, lang: string, from: string, to: string) =>
    `${constitution} (${lang}): акты, которыми внесены изменения ${from} → ${to}`,
  'attribution.period': (from: string, to: string) => `учтены акты, датированные после ${from} и не позднее ${to}`,
  'attribution.summary': (changed: number, credited: number, unexplained: number, unchangedNamed: number) =>
    `изменено статей: ${changed}; из них приписано акту: ${credited}, изменено без сноски, называющей акт: ${unexplained}; `
    + `не изменено, хотя сноска называет акт: ${unchangedNamed}`,
  'attribution.noAct': ' — ни одна сноска не называет акт этого периода',
  'attribution.noChange': ' — но текст не изменился',

  'history.title': (article: string, constitution: string, lang: string, versions: number) =>
    `${article}, ${constitution} (${lang}): ${versions} ${plural(versions, { one: 'версия', few: 'версии', other: 'версий' })}`,
  'history.numbered': (numbers: string) => `нумерация ${numbers}`,
  'history.first': 'первый текст в хранилище',
  'history.renumbered': (from: string, to: string, reworded: boolean) =>
    `перенумерована ${from} → ${to}${reworded ? ', текст изменён' : ', текст не изменился'}`,
  'history.by': (acts: string) => `акты: ${acts}`,
  'history.noAct': 'в сносках акт не назван',
  'blame.title': (article: string, constitution: string, version: string, lang: string) =>
    `${article}, ${constitution}, версия ${version} (${lang}): версия, в которой впервые появилась редакция каждого пункта`,
  'blame.article': (number: string) => `(ст. ${number})`,
  'blame.noAct': 'изменяющий акт не назван',
  'blame.versions': 'Версии:',
};
