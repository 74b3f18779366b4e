/**
 * Every named initiative seen in articles with saved notes, with those articles and the quotes that
 * mention it. Built from the pages table and the distinct note URLs (an index key scan); the quotes of
 * an initiative are read only when its entry is opened, from the `[url+site]` index of those articles.
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { LoadFailed } from '../../components/LoadFailed';
import { typeLabel } from '../../components/type-label';
import { useLiveQuery } from '../../components/use-live-query';
import type { AnnotationRecord } from '../../lib/annotation';
import { errorText } from '../../lib/error-text';
import { annotationsForPages, urlsWithNotes } from '../../lib/store/annotations';
import { getDb, type PageRecord } from '../../lib/store/db';
import type { InitiativeEntry } from './initiative-index';

type Build = typeof import('./initiative-index').buildInitiativeIndex;

function Quotes(props: { entry: InitiativeEntry }) {
  const { text, pages } = props.entry;
  const quotes = useLiveQuery(
    () =>
      annotationsForPages(
        getDb(),
        pages.map((p) => p.url),
      ).then((notes) => notes.filter((r) => r.quote.exact.includes(text))),
    [text, pages.map((p) => p.url).join('\n')],
    [] as AnnotationRecord[],
  );
  if (quotes.length === 0) return null;
  return (
    <ul class="notes">
      {quotes.map((q) => (
        <li key={q.id} class="note">
          <blockquote class="quote">{q.quote.exact}</blockquote>
          {q.note && <p class="note-text">{q.note}</p>}
        </li>
      ))}
    </ul>
  );
}

function Entry(props: { entry: InitiativeEntry }) {
  const e = props.entry;
  const [open, setOpen] = useState(false);
  return (
    <li>
      <details onToggle={(ev) => setOpen((ev.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <strong>{e.text}</strong> <span class="type">{typeLabel(e.type)}</span>{' '}
          <span class="count">×{e.pages.length}</span>
        </summary>
        <ul>
          {e.pages.map((p) => (
            <li key={p.url}>
              <a href={p.url} target="_blank" rel="noreferrer">
                {p.title}
              </a>
            </li>
          ))}
        </ul>
        {open && <Quotes entry={e} />}
      </details>
    </li>
  );
}

export function InitiativeIndex(props: { label: string }) {
  const read = useLiveQuery(
    async () => {
      const db = getDb();
      const [pages, urls] = await Promise.all([db.pages.toArray(), urlsWithNotes(db)]);
      return { pages, noted: new Set(urls) };
    },
    [],
    null as { pages: PageRecord[]; noted: Set<string> } | null,
  );
  // Its code (with chinese-conv's table, to fold Traditional names) is loaded apart from the list's, which
  // renders first; loaded outside the live query, whose querier should await nothing but the database.
  const [build, setBuild] = useState<Build | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useLayoutEffect(() => {
    void import('./initiative-index').then(
      (m) => setBuild(() => m.buildInitiativeIndex),
      (e: unknown) => setFailed(errorText(e)),
    );
  }, []);
  const entries = useMemo(() => (read && build ? build(read.pages, read.noted) : []), [read, build]);
  return (
    <section aria-label={props.label}>
      <h2>{props.label}</h2>
      <LoadFailed reason={failed} />
      <ul class="initiative-index">
        {entries.map((e) => (
          <Entry key={e.text} entry={e} />
        ))}
      </ul>
    </section>
  );
}
