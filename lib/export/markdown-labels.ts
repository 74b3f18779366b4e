/**
 * The Markdown export's labels, taken from the extension's own messages (public/_locales: md_*, kind_*,
 * style_*, type_*), so the export says what the UI says in the UI's language: English, simplified
 * Chinese, or Traditional from the zh_TW, zh_HK and zh_MO files scripts/make-zh-locales.ts writes from
 * zh_CN. No second table to keep in step, and no messages file in the pages' bundle: the pages read them
 * through browser.i18n (`t`), tests and scripts from the files (`messagesLookup`).
 */
/** A messages.json file: messages with named placeholders ($DATE$) whose content is $1, $2… */
export type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export interface MarkdownLabels {
  title: string;
  summary: (date: string, notes: number, articles: number) => string;
  count: (n: number) => string;
  open: string;
  directive: string;
  initiative: string;
  /** A detected item's kind with its style or type: "Initiative (campaign)". */
  typed: (kind: string, type: string) => string;
  /** Directive styles and initiative types (detector ids) in the reader's words. */
  types: Record<string, string>;
}

/** The detector's directive styles and initiative types, with the message naming each. */
const TYPE_KEYS: Record<string, string> = {
  ordinal: 'style_ordinal',
  heading: 'style_heading',
  headword: 'style_headword',
  'dash-bullet': 'style_dash_bullet',
  ...Object.fromEntries(
    ['document', 'campaign', 'project', 'program', 'plan', 'zone', 'mechanism', 'other'].map((t) => [
      t,
      `type_${t}`,
    ]),
  ),
};

/** A message by key with its substitutions, as `browser.i18n.getMessage` (lib/i18n.ts `t`) gives it. */
export type MessageLookup = (key: string, ...args: string[]) => string;

/**
 * A lookup over the contents of a messages.json file (`messages`): placeholders filled by `args` as
 * browser.i18n does (named $DATE$ → its content $1 → the first argument). For callers without the browser.
 */
export function messagesLookup(messages: Messages): MessageLookup {
  return (key, ...args) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message ${key}`);
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      return content ?? whole;
    });
    return named.replace(/\$([1-9])/g, (_, n: string) => args[Number(n) - 1] ?? '');
  };
}

/** The Markdown labels in the language of `m`. */
export function markdownLabels(m: MessageLookup): MarkdownLabels {
  const count = (n: number): string => m(n === 1 ? 'md_notes_one' : 'md_notes', String(n));
  return {
    title: m('md_title'),
    summary: (date, notes, articles) =>
      m(
        'md_summary',
        date,
        count(notes),
        m(articles === 1 ? 'md_articles_one' : 'md_articles', String(articles)),
      ),
    count,
    open: m('md_open'),
    directive: m('kind_directive'),
    initiative: m('kind_initiative'),
    typed: (kind, type) => m('md_typed', kind, type),
    types: Object.fromEntries(Object.entries(TYPE_KEYS).map(([id, key]) => [id, m(key)])),
  };
}
