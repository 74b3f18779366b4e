/** Every named initiative seen in articles with saved notes, with those articles and the quotes that mention it. */
import { useMemo } from 'preact/hooks';
import { typeLabel } from '../../components/type-label';
import type { AnnotationRecord } from '../../lib/annotation';
import type { PageRecord } from '../../lib/store/db';

interface Entry {
  text: string;
  type: string;
  pages: PageRecord[];
  quotes: AnnotationRecord[];
}

export function buildInitiativeIndex(pages: PageRecord[], records: AnnotationRecord[]): Entry[] {
  const byUrl = new Map<string, AnnotationRecord[]>();
  for (const r of records) {
    const list = byUrl.get(r.url);
    if (list) list.push(r);
    else byUrl.set(r.url, [r]);
  }
  const entries = new Map<string, Entry>();
  for (const page of pages) {
    const notes = byUrl.get(page.url);
    if (!notes) continue;
    for (const it of page.initiatives ?? []) {
      const e = entries.get(it.text) ?? { text: it.text, type: it.type, pages: [], quotes: [] };
      e.pages.push(page);
      e.quotes.push(...notes.filter((n) => n.quote.exact.includes(it.text)));
      entries.set(it.text, e);
    }
  }
  return [...entries.values()].sort(
    (a, b) => b.pages.length - a.pages.length || a.text.localeCompare(b.text),
  );
}

export function InitiativeIndex(props: { pages: PageRecord[]; records: AnnotationRecord[]; label: string }) {
  const entries = useMemo(
    () => buildInitiativeIndex(props.pages, props.records),
    [props.pages, props.records],
  );
  return (
    <section aria-label={props.label}>
      <h2>{props.label}</h2>
      <ul class="initiative-index">
        {entries.map((e) => (
          <li key={e.text}>
            <details>
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
              {e.quotes.length > 0 && (
                <ul class="notes">
                  {e.quotes.map((q) => (
                    <li key={q.id} class="note">
                      <blockquote class="quote">{q.quote.exact}</blockquote>
                      {q.note && <p class="note-text">{q.note}</p>}
                    </li>
                  ))}
                </ul>
              )}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
