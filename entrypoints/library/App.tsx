/** The library: every note grouped by article (newest first), search and filters, bulk delete with undo, initiative index. */
import { useMemo, useState } from 'preact/hooks';
import { ExportBar } from '../../components/ExportBar';
import { Filters } from '../../components/Filters';
import { filterRecords, NO_FILTER, type NoteFilter } from '../../components/filter';
import { NoteItem } from '../../components/NoteItem';
import { useLiveQuery } from '../../components/use-live-query';
import type { AnnotationRecord } from '../../lib/annotation';
import { t } from '../../lib/i18n';
import { sendRequest } from '../../lib/messages';
import { getDb, type PageRecord } from '../../lib/store/db';
import { InitiativeIndex } from './InitiativeIndex';

const PAGE_SIZE = 200;

function groupByArticle(
  records: AnnotationRecord[],
): Array<{ url: string; title: string; site: string; notes: AnnotationRecord[] }> {
  const groups = new Map<string, { url: string; title: string; site: string; notes: AnnotationRecord[] }>();
  for (const r of records) {
    const g = groups.get(r.url) ?? { url: r.url, title: r.pageTitle, site: r.site, notes: [] };
    g.notes.push(r);
    groups.set(r.url, g);
  }
  return [...groups.values()];
}

export function App() {
  const all = useLiveQuery(
    () => getDb().annotations.orderBy('created').reverse().toArray(),
    [],
    [] as AnnotationRecord[],
  );
  const pages = useLiveQuery(() => getDb().pages.toArray(), [], [] as PageRecord[]);
  const [filter, setFilter] = useState<NoteFilter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [undo, setUndo] = useState<AnnotationRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const found = useMemo(() => filterRecords(all, filter), [all, filter]);
  const sites = useMemo(() => [...new Set(all.map((r) => r.site))].sort(), [all]);
  const groups = useMemo(() => groupByArticle(found.slice(0, shown)), [found, shown]);
  const filtered = filter !== NO_FILTER;

  const remove = async (records: AnnotationRecord[]): Promise<void> => {
    const reply = await sendRequest('annotations:delete-many', { ids: records.map((r) => r.id) });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setUndo(records);
  };
  const restore = async (): Promise<void> => {
    if (!undo) return;
    const reply = await sendRequest('annotations:restore', { records: undo });
    if (!reply.ok) return setError(reply.error);
    setUndo(null);
  };

  return (
    <main>
      <h1>{t('library')}</h1>
      <Filters
        filter={filter}
        sites={sites}
        onChange={(f) => {
          setFilter(f);
          setShown(PAGE_SIZE);
        }}
      />
      <p class="muted" role="status">
        {t('shownCount', String(found.length), String(all.length))}
      </p>
      <div class="toolbar">
        <button type="button" disabled={found.length === 0} onClick={() => void remove(found)}>
          {t('deleteShown')}
        </button>
      </div>
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {groups.map((g) => (
        <section class="article" key={g.url} aria-label={g.title}>
          <h2>
            <a href={g.url} target="_blank" rel="noreferrer">
              {g.title || g.url}
            </a>{' '}
            <span class="site">{g.site}</span>
          </h2>
          <ul class="notes">
            {g.notes.map((r) => (
              <NoteItem
                key={r.id}
                record={r}
                onOpen={(rec) => void sendRequest('annotation:open', { id: rec.id, url: rec.url })}
                onDelete={(rec) => void remove([rec])}
              />
            ))}
          </ul>
        </section>
      ))}
      {found.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t('showMore')}
        </button>
      )}
      <ExportBar scope={filtered ? 'filtered' : 'all'} records={async () => found} />
      <InitiativeIndex pages={pages} records={all} label={t('initiativeIndex')} />
      {undo && (
        <div class="undo" role="status">
          {t('deletedCount', String(undo.length))}
          <button type="button" onClick={() => void restore()}>
            {t('undo')}
          </button>
        </div>
      )}
    </main>
  );
}
