/**
 * Escaping for the Markdown export. Page text (titles, quotes) is plain text: every character Markdown
 * or Obsidian could read as syntax (`$math$`, `==mark==`, `%%comment%%`, `#tag`) is escaped. Notes may hold the reader's own Markdown, so they keep inline syntax
 * and only lose what would break the document: raw HTML, headings, fences, setext lines, link definitions.
 */

/** Collapse line breaks into spaces and escape all inline Markdown syntax (titles, link text). */
export function escapeInline(text: string): string {
  return escapePlainLine(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

function escapePlainLine(line: string): string {
  return line
    .replace(/[\\`*_[\]<>#|~$]/g, '\\$&')
    .replace(/%%/g, '\\%\\%')
    .replace(/==/g, '\\=\\=')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Plain text (a quote) as escaped lines, each safe at the start of a Markdown line. */
export function escapePlainLines(text: string): string[] {
  return text.split(/\r\n?|\n/).map((line) => escapePlainLine(line.replace(/^ {4,}/, '')));
}

const SETEXT_OR_RULE = /^ {0,3}(?:=+|-+|(?:[-*_] *){3,}) *$/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const HEADING_OR_QUOTE = /^ {0,3}[#>]/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]*\]:/;

/** A note as lines of Markdown that keep inline formatting but cannot break the export's structure. */
export function escapeNoteLines(text: string): string[] {
  return text.split(/\r\n?|\n/).map((raw) => {
    const line = raw.replace(/(\\*)(<|&(?=#?\w+;))/g, (_, slashes: string, c: string) =>
      slashes.length % 2 ? slashes + c : `${slashes}\\${c}`,
    );
    if (
      SETEXT_OR_RULE.test(line) ||
      FENCE.test(line) ||
      HEADING_OR_QUOTE.test(line) ||
      LINK_DEFINITION.test(line)
    ) {
      return line.replace(/^( {0,3})(\S)/, '$1\\$2');
    }
    return line;
  });
}

/** A URL safe inside `(...)` of a Markdown link. */
export function markdownUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A tag in Obsidian's `#tag` form: spaces become `-`, other punctuation `_`; all-digit tags get a `_`. */
export function markdownTag(tag: string): string {
  const body = tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_\-/]/gu, '_');
  return /^\d+$/.test(body) ? `#_${body}` : `#${body}`;
}
