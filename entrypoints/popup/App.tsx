/** The popup: this page's outline and notes (orphans included), then all notes with search, and export/import. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ExportBar } from '../../components/ExportBar';
import { Filters } from '../../components/Filters';
import { LoadFailed } from '../../components/LoadFailed';
import { NoteItem } from '../../components/NoteItem';
import { NO_FILTER, type NoteFilter } from '../../components/note-filter';
import { UndoBar, useUndoDelete } from '../../components/UndoDelete';
import { useLiveQuery, useNoteSearch } from '../../components/use-live-query';
import type { AnnotationRecord } from '../../lib/annotation';
import { t } from '../../lib/i18n';
import type { TabInfo } from '../../lib/messages';
import { sendRequest } from '../../lib/send-request';
import { annotationsForPage, notesNewestFirst, sitesWithNotes } from '../../lib/store/annotations';
import { getDb } from '../../lib/store/db';
import { type NoteStatus, statusesById } from '../../lib/store/note-status';
import { Outline } from './Outline';
import { SiteControls } from './SiteControls';
import { currentTabId, scrollTab, tabInfo } from './tab';

const RECENT = 50;
const NO_STATUSES: ReadonlyMap<string, NoteStatus> = new Map();

/** The library's address showing the notes of `filter` (read by the library's `filterFromSearch`). */
function libraryAddress(filter: NoteFilter): string {
  const p = new URLSearchParams();
  if (filter.query.trim()) p.set('q', filter.query);
  if (filter.kind !== 'any') p.set('kind', filter.kind);
  if (filter.colour !== 'any') p.set('colour', filter.colour);
  if (filter.site !== 'any') p.set('site', filter.site);
  if (filter.status !== 'any') p.set('status', filter.status);
  return browser.runtime.getURL(`/library.html?${p}`);
}

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [info, setInfo] = useState<TabInfo | null | undefined>(undefined);
  const [filter, setFilter] = useState<NoteFilter>(NO_FILTER);
  const [error, setError] = useState<string | null>(null);

  const [version, setVersion] = useState(0);
  useEffect(() => {
    void currentTabId().then(async (id) => {
      setTabId(id);
      // Give a freshly started or resumed content script a moment to answer.
      if (version > 0) await new Promise((r) => setTimeout(r, 300));
      setInfo(id === null ? null : await tabInfo(id));
    });
  }, [version]);

  const url = info?.url ?? null;
  const pageNotes = useLiveQuery(
    () => (url ? annotationsForPage(getDb(), url) : []),
    [url],
    [] as AnnotationRecord[],
  );
  const search = useNoteSearch('modified', filter);
  const searching = search.filtered;
  // Without a filter only the most recent notes are read (a reverse cursor on the index), not all of them.
  const recent = useLiveQuery(
    () => notesNewestFirst(getDb(), 'modified', RECENT),
    [],
    [] as AnnotationRecord[],
  );
  const matching = searching ? search.matching : recent;
  const sites = useLiveQuery(() => sitesWithNotes(getDb()), [], [] as string[]);
  // Where the notes of every page stood when last opened (the open page's own list asks the page itself).
  const statuses = useLiveQuery(() => statusesById(getDb()), [], NO_STATUSES);
  const orphans = new Set(info?.orphanIds ?? []);
  const changed = new Map((info?.changed ?? []).map((c) => [c.id, c.text]));

  // Delete with Undo, as in the library.
  const undo = useUndoDelete(setError);
  const remove = (r: AnnotationRecord): void => void undo.remove([r]);
  const openHere = (r: AnnotationRecord): void => {
    if (tabId === null) return;
    // A note the page could not place (an orphan) says so instead of doing nothing.
    void scrollTab(tabId, { annotationId: r.id }).then((shown) => setError(shown ? null : t('notFound')));
  };
  const openElsewhere = (r: AnnotationRecord): void => {
    void sendRequest('annotation:open', { id: r.id, url: r.url });
  };

  return (
    <main>
      <header>
        <h1>PolicyMark</h1>
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noreferrer">
          {t('openLibrary')}
        </a>
      </header>
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="this-page">
        <h2 id="this-page">{t('thisPage')}</h2>
        {tabId !== null && info !== undefined && (
          <SiteControls
            tabId={tabId}
            info={info}
            onChanged={() => setVersion(version + 1)}
            onError={setError}
          />
        )}
        {(info === null || info?.enabled === false) && <p class="muted">{t('noArticle')}</p>}
        {info?.enabled && info.analysis && tabId !== null && (
          <Outline analysis={info.analysis} onPick={(span) => void scrollTab(tabId, span)} />
        )}
        {pageNotes.length > 0 && (
          <ul class="notes" aria-label={t('thisPage')}>
            {pageNotes.map((r) => (
              <NoteItem
                key={r.id}
                record={r}
                orphan={orphans.has(r.id)}
                changedTo={changed.get(r.id)}
                onOpen={openHere}
                onDelete={remove}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="all-notes">
        <h2 id="all-notes">{t('allNotes')}</h2>
        <Filters filter={filter} sites={sites} onFocus={search.arm} onChange={setFilter} />
        {recent.length === 0 && <p class="muted">{t('noNotes')}</p>}
        <LoadFailed reason={search.failed} />
        {searching && search.ready && matching.length === 0 && recent.length > 0 && (
          <p class="muted" role="status">
            {t('noMatch')}
          </p>
        )}
        <ul class="notes" aria-label={t('recentNotes')}>
          {matching.slice(0, RECENT).map((r) => (
            <NoteItem
              key={r.id}
              record={r}
              status={statuses.get(r.id)}
              showPage
              onOpen={openElsewhere}
              onDelete={remove}
            />
          ))}
        </ul>
        {matching.length > RECENT && (
          <p class="muted">
            {t('moreInLibrary', String(RECENT), String(matching.length))}{' '}
            <a href={libraryAddress(filter)} target="_blank" rel="noreferrer">
              {t('seeAllInLibrary')}
            </a>
          </p>
        )}
      </section>
      <UndoBar undo={undo} />
      <ExportBar
        scope={searching ? 'filtered' : 'all'}
        records={async () => (searching ? search.every() : getDb().annotations.orderBy('created').toArray())}
      />
      {url && pageNotes.length > 0 && (
        <ExportBar scope="page" records={async () => pageNotes} label={t('exportPage')} />
      )}
    </main>
  );
}
