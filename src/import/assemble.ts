// Assembles articles from the flat items of one language of an export: the
// preamble, sections, articles with their blocks, footnotes, notes and pending
// wording. Every repair and every item it cannot place is reported, never dropped silently.
import type { Article, Block, Footnote, Lang, Note, PendingWording } from '../types.js';
import type { Section } from '../store/sections.js';
import { DataError } from '../errors.js';
import { deriveLevels } from '../labels.js';
import type { Item } from './items.js';
import { acceptsPending } from './pending-scope.js';

export interface ImportIssue {
  file: string;
  line: number;
  message: string;
}

export interface Assembled {
  title: string | null;
  articles: Article[];
  sections: Section[];
  repairs: ImportIssue[];
  unplaced: ImportIssue[];
}

interface Draft {
  number: string;
  section: string | null;
  file: string;
  line: number;
  headed: boolean;
  blocks: (Omit<Block, 'level'> & { fromFence: boolean })[];
  footnotes: Footnote[];
  notes: Note[];
  pending: PendingWording[];
}

const BARE_SECTION = /^(Раздел\s+[IVXLХ]+\.?|[IVXLХ]+\s+бөлім\.?)$/u;
const SENTENCE_END = /[.;:!?]$/u;

export function assemble(items: Item[], meta: { constitution: string; version: string; lang: Lang }): Assembled {
  const repairs: ImportIssue[] = [];
  const unplaced: ImportIssue[] = [];
  const note = (list: ImportIssue[], item: Item, message: string) => list.push({ file: item.file, line: item.line, message });
  const articles: Article[] = [];
  const seen = new Map<string, Draft>();
  const sections: Section[] = [];
  const sectionItems = new Map<Section, Item>();
  const preamble: Draft = { number: 'preamble', section: null, file: '', line: 0, headed: true, blocks: [], footnotes: [], notes: [], pending: [] };
  let title: string | null = null;
  let current: Draft | null = null;
  let collecting: PendingWording | null = null;
  let started = false;
  let previous: Item | null = null;

  const finish = () => {
    collecting = null;
    if (!current) return;
    articles.push(toArticle(current, meta));
    current = null;
  };
  const open = (number: string, item: Item) => {
    finish();
    started = true;
    const twin = seen.get(number);
    if (twin) throw new DataError(`article ${number} appears twice (first at ${twin.file}:${twin.line})`, item.file, item.line);
    current = { number, section: sections.at(-1)?.title ?? null, file: item.file, line: item.line, headed: false, blocks: [], footnotes: [], notes: [], pending: [] };
    seen.set(number, current);
  };

  for (const item of items) {
    switch (item.kind) {
      case 'title':
        title ??= item.text;
        break;
      case 'section': {
        finish();
        started = true;
        const last = sections.at(-1);
        if (previous?.kind === 'section' && last && BARE_SECTION.test(last.title)) {
          last.title = `${last.title}${last.title.endsWith('.') ? '' : '.'} ${item.text}`;
          note(repairs, item, `section heading split over two headings, joined: "${last.title}"`);
        } else {
          sections.push({ title: item.text, firstArticle: null, footnotes: [], notes: [] });
          sectionItems.set(sections.at(-1)!, item);
        }
        break;
      }
      case 'anchor':
        if (item.number === null) note(unplaced, item, `anchor "${item.id}" names no article`);
        else open(item.number, item);
        break;
      case 'article': {
        const draft = current as Draft | null;
        if (item.via === 'stub') note(repairs, item, `article ${item.number}: repeal notice written as ${draft && draft.number !== item.number ? `text of article ${draft.number}` : 'a heading'}; read as article ${item.number}, repealed, the notice as its footnote`);
        if (draft && draft.number === item.number && !draft.headed) draft.headed = true;
        else if (item.via === 'stub') {
          open(item.number, item);
          (current as Draft | null)!.headed = true;
        } else {
          if (draft && !draft.headed) note(repairs, item, `anchor of article ${draft.number} is followed by article ${item.number}; using ${item.number}`);
          open(item.number, item);
          (current as Draft | null)!.headed = true;
          note(repairs, item, item.via === 'fence'
            ? `article ${item.number} was inside a code fence; read as text`
            : `article ${item.number} has no anchor`);
        }
        const section = sections.at(-1);
        if (section && !section.firstArticle) section.firstArticle = item.number;
        break;
      }
      case 'text': {
        const draft = (current ?? (started ? null : preamble));
        if (draft === preamble && !preamble.file) Object.assign(preamble, { file: item.file, line: item.line });
        if (!draft) {
          note(unplaced, item, `text outside any article: "${item.text.slice(0, 50)}"`);
          break;
        }
        const pending = collecting;
        if (pending && acceptsPending(pending, item.label)) {
          pending.blocks.push({ label: item.label, level: 0, text: item.text });
          break;
        }
        collecting = null;
        const last = draft.blocks.at(-1);
        if (last?.fromFence && !item.fromFence && !item.label && !SENTENCE_END.test(last.text) && /^\p{Ll}/u.test(item.text)) {
          last.text = `${last.text} ${item.text}`;
          last.fromFence = false;
          note(repairs, item, `article ${draft.number}: sentence broken out of a code fence, rejoined`);
          break;
        }
        draft.blocks.push({ label: item.label, text: item.text, fromFence: item.fromFence });
        break;
      }
      case 'annotation': {
        collecting = null;
        const a = item.annotation;
        const draft = (current ?? (started ? null : preamble));
        if (draft === preamble && !preamble.file) Object.assign(preamble, { file: item.file, line: item.line });
        if (!draft) {
          const section = sections.at(-1);
          if (section && a.kind === 'footnote') section.footnotes.push({ text: a.text, acts: a.acts });
          else if (section && a.kind === 'note') section.notes.push({ text: a.text });
          else note(unplaced, item, `annotation outside any article: "${a.text.slice(0, 50)}"`);
          break;
        }
        if (a.kind === 'footnote') draft.footnotes.push({ text: a.text, acts: a.acts });
        else if (a.kind === 'note') {
          draft.notes.push({ text: a.text });
          if (a.unmarked) note(repairs, item, `article ${draft.number}: court ruling quoted as text without "Примечание.", kept as a note`);
        } else if (!a.target) {
          draft.notes.push({ text: a.text });
          note(unplaced, item, `article ${draft.number}: pending wording names no part we understand; kept as a note`);
        } else {
          const wording: PendingWording = {
            effective: a.effective, ...(a.condition ? { condition: a.condition } : {}), act: a.act, ...(a.actDate ? { actDate: a.actDate } : {}), note: a.text, target: a.target, blocks: [],
          };
          draft.pending.push(wording);
          if (a.hasText) collecting = wording;
        }
        break;
      }
      case 'skipped':
        note(repairs, item, `skipped ${item.what}`);
        break;
      case 'parts':
        break;
    }
    previous = item;
  }
  finish();
  if (preamble.blocks.length) articles.unshift(toArticle(preamble, meta));
  for (const a of articles) {
    for (const p of a.pending) {
      if (p.target.kind !== 'repeal' && !p.blocks.length) {
        throw new DataError(`article ${a.number}: pending wording "${p.note.slice(0, 60)}" has no text`, (seen.get(a.number) ?? preamble).file);
      }
    }
  }
  // Some exports open with the section headings alone, as a list of contents,
  // before the sections themselves: a heading with nothing under it is no section.
  const kept = sections.filter((section) => {
    const empty = !section.firstArticle && !section.footnotes.length && !section.notes.length;
    if (empty) note(repairs, sectionItems.get(section)!, `section heading "${section.title}" has no article under it (a list of contents); left out`);
    return !empty;
  });
  return { title, articles, sections: kept, repairs, unplaced };
}

function toArticle(d: Draft, meta: { constitution: string; version: string; lang: Lang }): Article {
  const blocks = deriveLevels(d.blocks.map(({ label, text }) => ({ label, text }))).map(({ label, level, text }) => ({ label, level, text }));
  const repealed = blocks.length === 0 && d.footnotes.some((f) => /исключена|алынып тасталды/u.test(f.text));
  if (!blocks.length && !repealed) throw new DataError(`article ${d.number} has no text`, d.file, d.line);
  return {
    constitution: meta.constitution,
    version: meta.version,
    lang: meta.lang,
    number: d.number,
    section: d.section,
    repealed,
    footnotes: d.footnotes,
    notes: d.notes,
    pending: d.pending.map((p) => ({ ...p, blocks: deriveLevels(p.blocks).map(({ label, level, text }) => ({ label, level, text })) })),
    blocks,
  };
}
