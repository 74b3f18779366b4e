/**
 * Markdown export for Obsidian and other notes apps: one section per article (newest first), each
 * highlight as a blockquote, then its note, then kind, tags, date and an open-at-highlight link.
 */
import type { AnnotationRecord } from '../annotation';
import { localDay } from './file-name';
import { escapeInline, escapeNoteLines, escapePlainLines, markdownTag, markdownUrl } from './markdown-escape';
import type { MarkdownLabels } from './markdown-labels';
import { textFragmentUrl } from './text-fragment';

/**
 * `labels`: the words around the notes, in the UI's language (markdown-labels.ts: the pages pass
 * `markdownLabels(t)`, so a Traditional UI exports Traditional labels); dates are YYYY-MM-DD in
 * `timeZone` (default: local).
 */
export interface MarkdownOptions {
  generated: Date;
  labels: MarkdownLabels;
  timeZone?: string;
}

type Labels = MarkdownLabels;

/** YYYY-MM-DD in `timeZone`; the runtime's own zone uses Date getters (Intl is ~10× slower per call). */
function dayFormatter(timeZone: string | undefined): (ms: number) => string {
  if (timeZone === undefined) return (ms) => localDay(new Date(ms));
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (ms) => {
    const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
  };
}

interface ArticleGroup {
  notes: AnnotationRecord[];
  /** `created` of its newest note. */
  latest: number;
}

/** Records grouped by URL, articles ordered by their newest note, notes in reading order. */
function groupByArticle(records: AnnotationRecord[]): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const r of records) {
    const group = groups.get(r.url);
    if (group) {
      group.notes.push(r);
      group.latest = Math.max(group.latest, r.created);
    } else groups.set(r.url, { notes: [r], latest: r.created });
  }
  for (const g of groups.values())
    g.notes.sort((a, b) => a.position.start - b.position.start || a.created - b.created);
  return [...groups.values()].sort(
    (a, b) => b.latest - a.latest || (a.notes[0]?.url ?? '').localeCompare(b.notes[0]?.url ?? ''),
  );
}

function highlight(r: AnnotationRecord, labels: Labels, day: (ms: number) => string): string[] {
  const lines = escapePlainLines(r.quote.exact).map((line) => (line ? `> ${line}` : '>'));
  lines.push('');
  if (r.note.trim() !== '') lines.push(...escapeNoteLines(r.note), '');
  const meta: string[] = [];
  if (r.kind !== 'own') {
    const kind = labels[r.kind];
    // The type in the reader's words; one this version does not know (an import) as stored.
    const type =
      r.detectedType && (Object.hasOwn(labels.types, r.detectedType) ? labels.types[r.detectedType] : null);
    meta.push(r.detectedType ? labels.typed(kind, escapeInline(type ?? r.detectedType)) : kind);
  }
  const tags = r.tags.map(markdownTag).filter((t) => t.length > 1);
  if (tags.length > 0) meta.push(tags.join(' '));
  meta.push(day(r.created));
  meta.push(`[${labels.open}](${markdownUrl(textFragmentUrl(r.url, r.quote))})`);
  lines.push(meta.join(' · '), '');
  return lines;
}

function article(
  { notes: group, latest }: ArticleGroup,
  labels: Labels,
  day: (ms: number) => string,
): string[] {
  const first = group[0];
  if (!first) return [];
  const title = group.find((r) => r.pageTitle.trim() !== '')?.pageTitle ?? first.url;
  const lines = [`## [${escapeInline(title)}](${markdownUrl(first.url)})`, ''];
  const site = first.site ? `${escapeInline(first.site)} · ` : '';
  lines.push(`${site}${day(latest)} · ${labels.count(group.length)}`, '');
  for (const r of group) lines.push(...highlight(r, labels, day));
  return lines;
}

/** The whole export as one Markdown document (LF line ends, ending with a newline). */
export function toMarkdown(records: AnnotationRecord[], opts: MarkdownOptions): string {
  const { labels } = opts;
  const day = dayFormatter(opts.timeZone);
  const groups = groupByArticle(records);
  const lines = [
    `# ${labels.title}`,
    '',
    labels.summary(day(opts.generated.getTime()), records.length, groups.length),
    '',
  ];
  for (const group of groups) lines.push(...article(group, labels, day));
  return `${lines.join('\n').trimEnd()}\n`;
}
