// `--format docx`: the change report as a Word document in which every change is
// a tracked revision, so a reviewer accepts or rejects it in Word or LibreOffice.
// A summary page comes first, then one heading per article; the text of an
// article is its new wording with the removed words as deletions and the added
// ones as insertions.
//
// Each revision is one maximal run of removed or added text within a point: the
// engine's word ops as the other reports show them (formatting-only edits read
// as the new text unless `exact`), with a point's label joined to the run beside
// it when it changed too. A point only in the new (or only in the old) text also
// has its paragraph mark tracked, so rejecting (or accepting) every change leaves no
// empty paragraph behind. The author of every revision is the act that made the
// newer version, its date the date that version took effect.
import type { ArticleDiff, BlockDiff, PendingWording, VersionDiff, WordOp } from '../types.js';
import { articleActs, oneLine, previousNumberOf, shownOps, SUMMARY_ORDER } from './format.js';
import {
  adoptedSentence, articleStatusLabel, articleTitle, articleTitleInline, formatAct, LANGUAGE_NAME, messages, percentText, statusCountText,
} from './messages.js';

type Docx = typeof import('docx');
type Paragraph = InstanceType<Docx['Paragraph']>;

/** One tracked change's attributes (w:id, w:author, w:date). */
interface Revision {
  id: number;
  author: string;
  date: string;
}

/** Text of one kind within a paragraph: kept, removed or added. */
interface Segment {
  type: WordOp['type'];
  text: string;
}

/** Word's language tag for the text's language, so spelling and hyphenation use the right one. */
const LANGUAGE_TAG = { rus: 'ru-RU', kaz: 'kk-KZ' } as const;

/** Indentation of each level of points, in twentieths of a point (a quarter inch). */
const INDENT = 360;

/**
 * The segments of a point as its paragraph shows them: its label (kept, or old and
 * new when it changed), then its wording; neighbours of one kind joined, so each
 * removal or addition is one revision.
 */
export function pointSegments(b: BlockDiff): Segment[] {
  const parts: Segment[] = [];
  if (b.oldLabel === b.newLabel) {
    if (b.newLabel) parts.push({ type: 'equal', text: `${b.newLabel} ` });
  } else {
    if (b.oldLabel) parts.push({ type: 'delete', text: `${b.oldLabel} ` });
    if (b.newLabel) parts.push({ type: 'insert', text: `${b.newLabel} ` });
  }
  for (const op of shownOps(b.ops)) parts.push({ type: op.type, text: op.text });
  const out: Segment[] = [];
  for (const part of parts) {
    const text = oneLine(part.text);
    if (!text) continue;
    const last = out[out.length - 1];
    if (last?.type === part.type) last.text += text;
    else out.push({ type: part.type, text });
  }
  return out;
}

class DocxWriter {
  private nextId = 1;

  constructor(private readonly d: Docx, private readonly diff: VersionDiff) {}

  /** A new revision: ids are unique within the document, as Word requires. */
  private revision(): Revision {
    return { id: this.nextId++, author: oneLine(this.diff.to.act), date: `${this.diff.to.effective}T00:00:00Z` };
  }

  private text(text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
    return new this.d.Paragraph({ children: [new this.d.TextRun({ text: oneLine(text), ...options })] });
  }

  private heading(text: string, level: 'TITLE' | 'HEADING_1' | 'HEADING_2', pageBreakBefore = false): Paragraph {
    return new this.d.Paragraph({ text: oneLine(text), heading: this.d.HeadingLevel[level], pageBreakBefore });
  }

  summary(): Paragraph[] {
    const { diff } = this;
    const { from, to, summary } = diff;
    const lines = [
      this.heading(messages['md.title'](diff.constitution, from.id, to.id), 'TITLE'),
      this.text(messages['docx.version']('from', from)),
      this.text(messages['docx.version']('to', to)),
      this.text(messages['md.language'](LANGUAGE_NAME[diff.lang])),
      ...SUMMARY_ORDER.filter((s) => summary.articles[s]).map((s) => this.text(statusCountText(summary, s))),
      this.text(`${messages['summary.changed'](summary.changed, summary.total)}; ${messages['summary.words'](summary.wordsAdded, summary.wordsRemoved)} `
        + `(${messages['md.ratio'](percentText(summary.changeRatio))}).`),
    ];
    const adopted = adoptedSentence(diff);
    if (adopted) lines.push(this.text(adopted));
    lines.push(this.text(messages['docx.revisions'](to.act, to.effective), { italics: true }));
    const changed = diff.articles.filter((a) => a.status !== 'unchanged');
    lines.push(this.heading(messages['docx.changedArticles'], 'HEADING_1'));
    if (!changed.length) lines.push(this.text(messages['docx.noChangedArticles']));
    for (const a of changed) lines.push(new this.d.Paragraph({ text: oneLine(this.articleHeading(a)), bullet: { level: 0 } }));
    return lines;
  }

  private articleHeading(a: ArticleDiff): string {
    const previous = previousNumberOf(a);
    const formerly = previous !== undefined && previous !== a.number ? ` (${messages['article.formerly'](articleTitleInline(previous))})` : '';
    return `${articleTitle(a.number)} — ${articleStatusLabel(a)}${formerly}`;
  }

  article(a: ArticleDiff, first: boolean): Paragraph[] {
    const out = [this.heading(this.articleHeading(a), 'HEADING_2', first)];
    const facts: string[] = [];
    const section = (a.new ?? a.old)?.section;
    if (section) facts.push(messages['md.section'](section));
    const acts = articleActs(a);
    if (acts.length) facts.push(messages['md.amendingActs'](acts.map(formatAct).join(', ')));
    if (facts.length) out.push(this.text(facts.join(' · '), { italics: true }));
    if (a.blocks.length) out.push(...a.blocks.map((b) => this.point(b)));
    else if (!a.textChanged) out.push(this.text(messages['md.wordingUnchanged']));
    for (const p of a.new?.pending ?? []) out.push(...this.pending(p));
    return out;
  }

  /** One point as a paragraph: its kept text plain, its removed and added text as tracked runs. */
  private point(b: BlockDiff): Paragraph {
    const { d } = this;
    const children = pointSegments(b).map((s) => {
      if (s.type === 'equal') return new d.TextRun({ text: s.text });
      return s.type === 'insert'
        ? new d.InsertedTextRun({ text: s.text, ...this.revision() })
        : new d.DeletedTextRun({ text: s.text, ...this.revision() });
    });
    // A point only on one side: its paragraph mark is part of the revision (a point
    // repealed by a new wording such as "Исключен …" keeps its paragraph).
    const mark = b.oldIndex === undefined ? { insertion: this.revision() } : b.newIndex === undefined ? { deletion: this.revision() } : {};
    return new d.Paragraph({ children, ...(b.level > 0 ? { indent: { left: INDENT * b.level } } : {}), run: mark });
  }

  /** Wording adopted but taking effect later, quoted after the article (not a revision: it is not in force). */
  private pending(p: PendingWording): Paragraph[] {
    const esc = (s: string) => s;
    const when = messages['pending.when'](p, esc);
    const out = [this.text(messages['pending.lead'](when, p.act, messages['pending.does'](p.target, esc)), { italics: true })];
    for (const b of p.blocks) {
      out.push(new this.d.Paragraph({
        children: [new this.d.TextRun({ text: oneLine(`${b.label ? `${b.label} ` : ''}${b.text.trim()}`), italics: true })],
        indent: { left: INDENT * (1 + Math.max(0, b.level)) },
      }));
    }
    return out;
  }
}

/** The report as the bytes of a .docx file. */
export async function renderDocx(diff: VersionDiff): Promise<Uint8Array> {
  const d = await import('docx');
  const writer = new DocxWriter(d, diff);
  const children = [...writer.summary(), ...diff.articles.flatMap((a, i) => writer.article(a, i === 0))];
  const document = new d.Document({
    title: oneLine(messages['md.title'](diff.constitution, diff.from.id, diff.to.id)),
    creator: 'constdiff',
    lastModifiedBy: 'constdiff',
    // Edits a reviewer makes are tracked too.
    features: { trackRevisions: true },
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: 24, language: { value: LANGUAGE_TAG[diff.lang] } }, paragraph: { spacing: { after: 80 } } },
        heading2: { paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      },
    },
    sections: [{ children }],
  });
  return d.Packer.toBuffer(document);
}
