/** The library: every note grouped by article (newest first), search and filters, bulk delete with undo, initiative index. */
import { useMemo, useRef, useState } from 'preact/hooks';
import { ExportBar } from '../../components/ExportBar';
import { Filters } from '../../components/Filters';
import { focusView } from '../../components/focus';
import { LoadFailed } from '../../components/LoadFailed';
import { NoteItem } from '../../components/NoteItem';
import { type NoteFilter, STATUS_FILTERS } from '../../components/note-filter';
import { UndoBar, useUndoDelete } from '../../components/UndoDelete';
import { useLiveQuery, useNoteSearch } from '../../components/use-live-query';
import { type AnnotationRecord, COLOURS, KINDS } from '../../lib/annotation';
import { t } from '../../lib/i18n';
import { sendRequest } from '../../lib/send-request';
import { notesNewestFirst, sitesWithNotes } from '../../lib/store/annotations';
import { getDb } from '../../lib/store/db';
import { type NoteStatus, statusesById } from '../../lib/store/note-status';
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

/**
 * The filter given in the address (the popup's "See all in the library" link: ?q=…&kind=…&colour=…&site=…;
 * `status=either|changed|orphan` for the notes whose words changed or were not found on their pages).
 */
export function filterFromSearch(search: string): NoteFilter {
  const p = new URLSearchParams(search);
  // Values the selects do not offer would hide every note while the selects show "any".
  const kind = p.get('kind');
  const colour = p.get('colour');
  const status = p.get('status');
  return {
    query: p.get('q') ?? '',
    kind: KINDS.find((k) => k === kind) ?? 'any',
    colour: COLOURS.find((c) => c === colour) ?? 'any',
    site: p.get('site') ?? 'any',
    status: STATUS_FILTERS.find((s) => s === status) ?? 'any',
  };
}

const NO_STATUSES: ReadonlyMap<string, NoteStatus> = new Map();

export function App() {
  const [filter, setFilter] = useState<NoteFilter>(() => filterFromSearch(location.search));
  const [confirming, setConfirming] = useState<AnnotationRecord[] | null>(null);
  const deleteAll = useRef<HTMLButtonElement>(null);
  /**
   * Close the confirmation. Its buttons go with it: focus goes back to "Delete all…" after Cancel, and to the
   * view after Yes (nothing is left to delete), not to the page's body.
   */
  const closeConfirm = (deleting: boolean): void => {
    setConfirming(null);
    requestAnimationFrame(() => {
      const button = deleteAll.current;
      // After Yes the button is about to be disabled (the notes are going): focus would fall from it.
      if (button && !deleting && !button.disabled) button.focus();
      else focusView();
    });
  };
  const [shown, setShown] = useState(PAGE_SIZE);
  const [error, setError] = useState<string | null>(null);
  const undo = useUndoDelete(setError);
  const db = getDb();
  // Where notes stood on their pages when last opened: only notes not placed as saved have a row.
  const statuses = useLiveQuery(() => statusesById(db), [], NO_STATUSES);
  const search = useNoteSearch('created', filter, statuses);
  const filtered = search.filtered;
  // The list first: unfiltered, only the notes on screen are read (a reverse cursor on the `created` index),
  // and one more, which tells whether "Show more" is needed in the same render as the list (waiting for the
  // count would move the controls under the list as the reader reaches for them).
  const newest = useLiveQuery(
    () => (filtered ? [] : notesNewestFirst(db, 'created', shown + 1)),
    [filtered, shown],
    undefined as AnnotationRecord[] | undefined,
  );
  const loaded = newest !== undefined;
  // Then what can wait for it: the count, the sites, the initiative index. No count is shown before it
  // is read (not "0 of 0" over a list of notes).
  const total = useLiveQuery(
    () => (loaded ? db.annotations.count() : undefined),
    [loaded],
    undefined as number | undefined,
  );
  const sites = useLiveQuery(async () => (loaded ? sitesWithNotes(db) : []), [loaded], [] as string[]);
  const found = filtered ? search.matching : (newest ?? []);
  // Until the notes for the current view have arrived the count says so, instead of "0 of N".
  const ready = (filtered ? search.ready : loaded) && total !== undefined;
  const foundCount = filtered ? found.length : (total ?? 0);
  const groups = useMemo(() => groupByArticle(found.slice(0, shown)), [found, shown]);
  /** Every note the current view stands for, not only those on screen. */
  const everyFound = async (): Promise<AnnotationRecord[]> =>
    filtered ? search.every() : notesNewestFirst(db, 'created');

  return (
    <main>
      <h1>{t('library')}</h1>
      <Filters
        filter={filter}
        sites={sites}
        statusFilter
        onFocus={search.arm}
        onChange={(f) => {
          setFilter(f);
          setShown(PAGE_SIZE);
          setConfirming(null);
        }}
      />
      <p class="muted count-line" role="status">
        {ready
          ? t('shownCount', String(foundCount), String(total))
          : // The list is there but its count not yet: no count rather than a wrong one.
            !(loaded && !filtered) && search.failed === null && t('readingNotes')}
      </p>
      <LoadFailed reason={search.failed} />
      <div class="toolbar">
        <button
          type="button"
          ref={deleteAll}
          disabled={foundCount === 0 || !ready}
          onClick={() => void everyFound().then(setConfirming)}
        >
          {ready ? t('deleteAllCount', String(foundCount)) : t('deleteAll')}
        </button>
        {/* Every note the view stands for, not only the ones on screen: the reader confirms the count. */}
        {confirming && (
          <fieldset class="confirm">
            <legend>{t('confirmDelete', String(confirming.length))}</legend>
            <button
              type="button"
              onClick={() => {
                closeConfirm(true);
                void undo.remove(confirming);
              }}
            >
              {t('yesDelete')}
            </button>{' '}
            <button type="button" onClick={() => closeConfirm(false)}>
              {t('cancel')}
            </button>
          </fieldset>
        )}
      </div>
      {/* Export and import at the top, with the other controls for every note: not under 200 notes. */}
      <ExportBar scope={filtered ? 'filtered' : 'all'} records={everyFound} />
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
                status={statuses.get(r.id)}
                onOpen={(rec) => void sendRequest('annotation:open', { id: rec.id, url: rec.url })}
                onDelete={(rec) => void undo.remove([rec])}
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
      {loaded && <InitiativeIndex label={t('initiativeIndex')} />}
      <UndoBar undo={undo} />
    </main>
  );
}
