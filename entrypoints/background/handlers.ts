/** Answers validated requests from content scripts and extension pages; the only writer of the database. */

import { browser } from 'wxt/browser';
import { lineSimplifier } from '../../lib/detect/traditional';
import { errorText } from '../../lib/error-text';
import { type ImportResult, parseImportText, readImportFile, textFragmentUrl } from '../../lib/export';
import { t } from '../../lib/i18n';
import {
  DELETE_REPLY_MAX_BYTES,
  type Reply,
  type ReplyMap,
  type Request,
  type RequestType,
} from '../../lib/messages';
import {
  annotationsForPage,
  deleteAnnotations,
  importAnnotations,
  recordPage,
  restoreAnnotations,
  saveAnnotation,
  updateAnnotation,
} from '../../lib/store/annotations';
import type { PolicyMarkDb } from '../../lib/store/db';
import { recordPlacement } from '../../lib/store/note-status';
import { notifyTabs } from './notify-tabs';
import { openAtAnnotation } from './open-at';
import { type PlacementGate, placementGate } from './placement-gate';

/** The in-page UI's script (entrypoints/page-ui.ts), as WXT builds it. */
export const PAGE_UI_FILE = '/page-ui.js';
/** The scripts of code the content script loads on first need (entrypoints/page-*.ts), as WXT builds them. */
export const ON_DEMAND_FILES = { fuzzy: '/page-fuzzy.js', english: '/page-english.js' } as const;

/** The tab, frame and document a content script's request comes from (none for our pages). */
export interface From {
  tabId?: number;
  frameId?: number;
  /** Chrome's id of the sending document (from 106; Firefox has none). */
  documentId?: string;
}

type Handlers = {
  [T in RequestType]: (payload: Request<T>['payload'], from: From) => Promise<ReplyMap[T]>;
};

/**
 * Marks the toolbar button of `tabId` when the in-page UI could not run there, or (`reason` null) clears
 * the mark once it ran. Cleared at every load that works, not only after one this worker saw fail: Chrome
 * keeps a tab's mark when the worker restarts.
 */
async function markUiFailure(tabId: number, reason: string | null): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: reason === null ? '' : '!' });
    await browser.action.setTitle({
      tabId,
      title: reason === null ? t('extName') : t('uiLoadFailed', reason.slice(0, 200)),
    });
  } catch {
    // The tab is gone.
  }
}

/** Errors that say the asking document is gone (closed, navigated): nobody is left to show anything to. */
const GONE = /No (?:tab|document|frame) with id|Frame with ID \d+ (?:was removed|is showing error page)/i;

/** The sender's tab; a request to run a script in it comes only from a content script in a tab. */
function tabOf(type: RequestType, { tabId }: From): number {
  if (tabId === undefined) throw new Refusal(`${type}: only a content script in a tab sends this`);
  return tabId;
}

/** Run one of our scripts in the sender's frame, in the content script's isolated world. */
async function runInSender(
  file: typeof PAGE_UI_FILE | (typeof ON_DEMAND_FILES)[keyof typeof ON_DEMAND_FILES],
  tabId: number,
  { frameId = 0, documentId }: From,
): Promise<void> {
  // The sending document itself where the browser names it: a frame that navigated meanwhile is another
  // document, and gets nothing.
  await browser.scripting.executeScript({
    target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] },
    files: [file],
  });
}

/** A request refused for a reason the sender can show as it is (an import file that is not valid). */
class Refusal extends Error {}

/**
 * `blobPrefix`: how the `blob:` addresses of the extension's own pages begin; `gate`: which document may
 * report on which page, and how often (placement-gate.ts).
 */
export function makeHandlers(
  db: PolicyMarkDb,
  blobPrefix: string,
  gate: PlacementGate = placementGate(),
): Handlers {
  // Traditional pages that change under the reader are read again and again: only new paragraphs cost.
  const simplify = lineSimplifier();
  return {
    // Every write tells the other tabs which pages' notes changed (notify-tabs.ts), after it succeeded.
    'annotation:save': async ({ record }, { tabId }) => {
      await saveAnnotation(db, record);
      void notifyTabs([record.url], tabId);
      return { saved: true };
    },
    'annotation:update': async ({ id, changes, base }, { tabId }) => {
      const result = await updateAnnotation(db, id, changes, base);
      if (!result.ok) throw new Refusal(t(result.reason === 'gone' ? 'noteGone' : 'noteChangedElsewhere'));
      void notifyTabs([result.record.url], tabId);
      return { record: result.record };
    },
    'annotation:delete': async ({ id }, { tabId }) => {
      const {
        records: [record = null],
      } = await deleteAnnotations(db, [id]);
      if (record) void notifyTabs([record.url], tabId);
      // The note as it was stored, not as the sender last saw it: its Undo puts back the latest edit.
      return { deleted: record !== null, record };
    },
    'annotations:delete-many': async ({ ids }) => {
      // The notes as stored, for the lists' Undo (an edit made in a page after the list read them comes
      // back with it), as many as one reply carries; the sender asks again for the rest.
      const { records, rest, statuses } = await deleteAnnotations(db, ids, DELETE_REPLY_MAX_BYTES);
      void notifyTabs(records.map((r) => r.url));
      return { records, rest, statuses };
    },
    'annotations:restore': async ({ records, statuses }) => {
      const restored = await restoreAnnotations(db, records, statuses);
      void notifyTabs(records.map((r) => r.url));
      return { restored };
    },
    'annotations:for-page': async ({ url }, from) => {
      gate.read(from, url);
      return { records: await annotationsForPage(db, url) };
    },
    // Only the notes filed under the page's address are touched (note-status.ts), and only when their
    // outcome changed: the lists follow by liveQuery, no tab needs telling. Only from the document that
    // last read that page's notes, at most once a tab every few seconds (placement-gate.ts).
    'annotations:placed': async (report, from) => {
      const tabId = tabOf('annotations:placed', from);
      if (!gate.mayReport(from, report.url))
        throw new Refusal('annotations:placed: only for the page whose notes this document last read');
      return { written: await gate.throttle(tabId, () => recordPlacement(db, report)) };
    },
    'annotations:import-file': async (file) => {
      let parsed: ImportResult;
      if ('text' in file) parsed = parseImportText(file.text);
      // A page's content script makes blob: addresses in the page's origin; only our own pages import.
      else if (file.url.startsWith(blobPrefix)) parsed = await readImportFile(file.url);
      else throw new Refusal('the file must be chosen in a PolicyMark page');
      // Said in the reader's language where the parser gives a message for it.
      if (!parsed.ok) throw new Refusal(parsed.key ? t(parsed.key, ...(parsed.args ?? [])) : parsed.error);
      const counts = await importAnnotations(db, parsed.records);
      void notifyTabs(parsed.records.map((r) => r.url));
      // Items of the file that are no notes of a text (page notes, replies) are counted, not imported.
      return { ...counts, ignored: parsed.ignored };
    },
    'annotation:open': async ({ id, url }) => {
      const record = await db.annotations.get(id);
      void openAtAnnotation(record ? textFragmentUrl(record.url, record.quote) : url, record?.url ?? url, id);
      return { opened: true };
    },
    'page:seen': async (page) => {
      await recordPage(db, { ...page, lastSeen: Date.now() });
      return { ok: true };
    },
    'text:simplify': async ({ text, title }) => ({ text: simplify(text), title: simplify(title) }),
    'ui:load': async (_, from) => {
      const tabId = tabOf('ui:load', from);
      try {
        await runInSender(PAGE_UI_FILE, tabId, from);
      } catch (error) {
        // A tab closed or navigated meanwhile, or its site's permission withdrawn. The page cannot show
        // why (its UI is what failed): the toolbar button says it, for this tab.
        const reason = errorText(error);
        if (!GONE.test(reason)) await markUiFailure(tabId, reason);
        throw new Refusal(`ui:load: ${reason}`);
      }
      await markUiFailure(tabId, null);
      return { loaded: true };
    },
    'script:load': async ({ script }, from) => {
      const tabId = tabOf('script:load', from);
      try {
        await runInSender(ON_DEMAND_FILES[script], tabId, from);
      } catch (error) {
        // The page goes on without it (notes placed by the exact step or orphans; no English names), and
        // its UI works: the toolbar button is not marked.
        throw new Refusal(`script:load: ${script}: ${errorText(error)}`);
      }
      return { loaded: true };
    },
  };
}

/**
 * Run one validated request; storage failures become a readable error, never a silent drop. `refusal`
 * says why the sender may not make this request (scope.ts), or null.
 */
export async function handleRequest(
  handlers: Handlers,
  request: Request,
  refusal: (request: Request) => Promise<string | null> = async () => null,
  from: From = {},
): Promise<Reply<RequestType>> {
  try {
    const refused = await refusal(request);
    if (refused !== null) return { ok: false, error: refused };
    const handler = handlers[request.type] as (p: unknown, from: From) => Promise<unknown>;
    const value = await handler(request.payload, from);
    return { ok: true, value } as Reply<RequestType>;
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    const name = error instanceof Error ? error.name : '';
    const message = errorText(error);
    if (name === 'QuotaExceededError' || /quota/i.test(message)) {
      return { ok: false, error: 'Storage is full: the note was not saved. Free some space and try again.' };
    }
    return { ok: false, error: `Could not save: ${message}` };
  }
}
