/**
 * Wires the page to PolicyMark: analyse → paint → anchor saved notes, then
 * answer the reader's selections, clicks, commands and the popup's requests.
 * Every listener, observer and timer ends with the content script's context.
 */

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { shownOf } from '../../components/note-edit';
import { describeRange } from '../../lib/anchor/describe';
import { type AnnotationRecord, COLOURS, type Colour, parseTags, RECORD_LIMITS } from '../../lib/annotation';
import { hitTest } from '../../lib/highlight/hit-test';
import { clearAll, flash, installHighlightStyles, markRun, STATUS } from '../../lib/highlight/paint';
import { t } from '../../lib/i18n';
import type { Reply, TabInfo, TabRequest } from '../../lib/messages';
import { sendRequest } from '../../lib/send-request';
import { ENABLED_KEY, onListChange, PAUSED_KEY, sitePattern, siteState } from '../../lib/store/settings';
import { newId } from '../../lib/uuid';
import { anchorRecords, placeSaved } from './anchoring';
import { analysePage, distinctInitiatives, loadRecords, type PageState, readInFull } from './page-state';
import { type PaintedItem, paintAll } from './painter';
import { resolveSpan } from './resolve';
import { boxOf, readSelection } from './selection';
import type { CardHost } from './ui/card-actions';
import { loadUi, RETRY_MS } from './ui/load';
import { PANEL_SIZE, placePanel } from './ui/place';
import {
  type Badge,
  BLANK_UI,
  COLOUR_KEY,
  type Draft,
  holdsDraft,
  type PageActions,
  sentence,
  type Target,
  type UiState,
} from './ui/types';
import { afterPageLoad, watchPage } from './watch';

/** The page's title as notes and the page list store it (at most 1000 characters, the schemas' limit). */
const storedTitle = (page: PageState): string => page.article.title.slice(0, 1000);

/** Runs asked for, RETRY_MS apart, after an analysis that could not be read in full. */
const REREADS = 3;

export async function startController(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const win = window;
  let page: PageState | null = null;
  let items: PaintedItem[] = [];
  let ui: UiState = BLANK_UI;
  let toastTimer: number | undefined;
  /** The notes this page deleted while its toast offers to put them back, as they were stored. */
  let deleted: AnnotationRecord[] = [];

  const removeStyles = installHighlightStyles(doc);

  const render = (): void => {
    const p = ui.panel;
    mount.update(ui, p.mode === 'hidden' ? null : placePanel(p.box, PANEL_SIZE[p.mode], win));
  };
  const setUi = (patch: Partial<UiState>): void => {
    ui = { ...ui, ...patch };
    render();
  };
  /**
   * Show `message`. While notes deleted here can still be put back, the toast keeps its "Undo" (another
   * message does not take it away) and stays longer; when it goes, they stay deleted.
   */
  const showToast = (message: string, ms = 4000): void => {
    const undoable = deleted.length > 0;
    setUi({ toast: message, undoable });
    win.clearTimeout(toastTimer);
    toastTimer = ctx.setTimeout(
      () => {
        deleted = [];
        setUi({ toast: null, undoable: false });
      },
      undoable ? 10000 : ms,
    );
  };

  /** Orphans the page has told the reader about: each once per page load, not at every re-run. */
  const told = new Set<string>();
  let orphanTimer = 0;
  /**
   * Say in the toast how many saved notes could not be placed, when one is new since the last time. A
   * little after the run: a page still filling in (a late article, a re-render) often places them meanwhile.
   */
  const tellOrphans = (): void => {
    if (orphanTimer) return;
    orphanTimer = ctx.setTimeout(() => {
      orphanTimer = 0;
      const ids = page?.orphans.map((o) => o.id) ?? [];
      if (ids.every((id) => told.has(id))) return;
      // Another message is showing (a deleted note's Undo, a refused save): this one waits for it to go.
      if (ui.toast) return tellOrphans();
      for (const id of ids) told.add(id);
      showToast(t(ids.length > 1 ? 'orphansHere' : 'orphanHere', String(ids.length)), 10000);
    }, 1500);
  };

  /**
   * Where this page's notes stand: the ids not found, and those placed on words that read differently now
   * (the fuzzy step: a figure revised), with those words. The popup shows it (tab:info), the library keeps it.
   */
  const placement = (p: PageState) => {
    const { text } = p.index;
    const changed: Array<{ id: string; text: string }> = [];
    for (const { record, start, end } of p.anchored) {
      const now = text.slice(start, end);
      if (now !== record.quote.exact) changed.push({ id: record.id, text: now });
    }
    return { url: p.url, orphans: p.orphans.map((o) => o.id), changed };
  };
  /** The outcome last reported (as JSON): a re-run that changes nothing sends nothing. */
  let reported = '';
  let reportTimer = 0;
  /**
   * Tell the background where the notes stand (it keeps it for the lists, writing only what changed), a
   * little after the run, as the toast about orphans waits: a page still filling in often places them.
   */
  const report = (): void => {
    if (reportTimer) return;
    reportTimer = ctx.setTimeout(() => {
      reportTimer = 0;
      // Not while a note waits for the fuzzy step that did not load: it would read as not found.
      const placed = page && !page.partial && placement(page);
      const key = JSON.stringify(placed);
      if (!placed || key === reported) return;
      reported = key;
      void sendRequest('annotations:placed', placed).then((reply) => {
        if (!reply.ok) reported = '';
      });
    }, 1500);
  };

  /** A write this page asked for and the background refused: said in the toast (no card holds a draft). */
  const sayIfRefused = (reply: { ok: true } | { ok: false; error: string }): void => {
    if (!reply.ok) showToast(t('notSaved', sentence(reply.error)));
  };

  // Painted items exist only while there is a page.
  const computeBadges = (): Badge[] => {
    const badges: Badge[] = [];
    for (const it of items) {
      if (it.kind !== 'saved' || !it.record.note) continue;
      const last = [...it.range.getClientRects()].pop();
      if (!last) continue;
      badges.push({
        id: it.record.id,
        left: last.right + win.scrollX + 2,
        top: last.top + win.scrollY - 8,
        note: it.record.note,
      });
    }
    return badges;
  };

  const repaint = (): void => {
    if (!page) return;
    items = paintAll(page.index, page.analysis, page.anchored);
    setUi({ badges: computeBadges() });
  };

  let paused = false;
  // Note badges follow the text when the article reflows (fonts, images, late styles), not only on resize.
  const reflow = new ResizeObserver(() => reposition());
  let reflowRoot: Element | null = null;
  /** The article root of the latest analysis (set before its records load): what the change watcher follows. */
  let analysedRoot: Element | null = null;
  /** Number of the latest run: a run that awaited its records and is no longer the latest is dropped. */
  let latestRun = 0;
  /** Number of the latest run that got past its analysis. */
  let appliedRun = 0;
  /** A reload was asked for (a run with `reload`) and no run has loaded the records since. */
  let reloadPending = false;
  /** This page's own writes that landed (saves, updates, deletes): a load of its notes that overlaps one reads again. */
  let writes = 0;
  /** Runs asked for since the last analysis read in full (`readInFull`) on this address: a few, RETRY_MS apart. */
  let rereads = 0;
  /** The one re-read waiting, if any: runs meanwhile (the page changing during the backoff) add none. */
  let rereadTimer: number | null = null;
  /** Points the reflow observer at the current article root (it changes on in-page navigation). */
  const followRoot = (): void => {
    const root = ctx.isInvalid ? null : (page?.article.root ?? null);
    if (root === reflowRoot) return;
    if (reflowRoot) reflow.unobserve(reflowRoot);
    if (root) reflow.observe(root);
    reflowRoot = root;
  };
  /**
   * (Re)analyse the page and re-anchor the saved annotations. A re-run for a change inside the same
   * article (`reload` false) re-anchors the records it already holds instead of asking the background
   * again, and reports the page only when its address or verdict changed. A run overtaken by a newer
   * one while its records loaded is dropped; a reload it was asked for passes to the newer run.
   */
  const refresh = async (reload = true): Promise<void> => {
    const run = ++latestRun;
    if (reload) reloadPending = true;
    const next = paused ? null : await analysePage(doc, location.href, page);
    // While a Traditional page was read, or the detector's English half loaded (the waits above), the script
    // may have been replaced, or a newer run may have finished: this one is then stale. A newer run still
    // waiting does not stop it, so a page whose text keeps changing is still painted.
    if (ctx.isInvalid || run < appliedRun) return;
    appliedRun = run;
    analysedRoot = next?.article.root ?? null;
    if (!next) {
      page = null;
      items = [];
      clearAll();
      setUi({ badges: [], panel: { mode: 'hidden' } });
      followRoot();
      markRun();
      return;
    }
    const previous = page?.url === next.url ? page : null;
    const held = previous ? [...previous.anchored.map((a) => a.record), ...previous.orphans] : [];
    const fresh = reloadPending || !previous;
    if (!fresh && previous.analysis === next.analysis) {
      // Same records on the same text (analysePage reused the detection): their offsets are unchanged.
      page = { ...previous, ...next };
    } else {
      const seen = writes;
      const records = fresh ? await loadRecords(next.url, held, () => writes) : held;
      const placed = await anchorRecords(next.index.text, records);
      // The script may have been replaced (extension update) or a newer run started while the records
      // loaded, or the fuzzy step did.
      if (ctx.isInvalid || run !== latestRun) return;
      // One of this page's own writes landed meanwhile (after loadRecords' last read, or while the fuzzy
      // step loaded): these records may lack it, so a new run reads them again.
      if (writes !== seen) return void refresh();
      reloadPending = false;
      page = { ...next, ...placed };
      // Records read again (a load, another view's change): reported again, for the background to compare.
      if (fresh) reported = '';
      if (records.length > 0) report();
    }
    repaint();
    followRoot();
    markRun();
    if (page.orphans.length > 0) tellOrphans();
    // Read without the background's help (a Traditional page's simplified reading, or the detector's
    // English half, did not come): read again later even if the page never changes, a few times per
    // address, one re-read waiting at a time (RETRY_MS after the run: past on-demand.ts's backoff).
    const full = readInFull(page.analysis);
    if (full || !previous) rereads = 0;
    if (!full && rereadTimer === null && rereads < REREADS) {
      rereads++;
      rereadTimer = ctx.setTimeout(() => {
        rereadTimer = null;
        if (!paused) void refresh(false);
      }, RETRY_MS);
    }
    // The library's record of the page follows a new verdict and a first reading in full; a reading not in
    // full never replaces one that was.
    if (previous) {
      const wasFull = readInFull(previous.analysis);
      if (wasFull && !full) return;
      if (!fresh && previous.analysis.isPolicy === page.analysis.isPolicy && wasFull === full) return;
    }
    void sendRequest('page:seen', {
      url: page.url,
      title: storedTitle(page),
      site: location.hostname,
      isPolicy: page.analysis.isPolicy,
      score: page.analysis.score,
      initiatives: distinctInitiatives(page.analysis),
    });
  };

  /** Where the target is in the current text; null when a selection's or detected item's text is gone. */
  const targetRange = (target: Target): { start: number; end: number } | null =>
    target.kind === 'saved'
      ? (page?.anchored.find((a) => a.record.id === target.record.id) ?? { start: 0, end: 0 })
      : page && resolveSpan(page.index, target);

  /** A new record of the target at `at`; `id` is made by the caller when a retry must reuse it, else a fresh one. */
  const makeRecord = (
    target: Exclude<Target, { kind: 'saved' }>,
    at: { start: number; end: number },
    draft?: Draft,
    id?: string,
  ): AnnotationRecord | null => {
    if (!page) return null;
    const { quote, position } = describeRange(page.index.text, at.start, at.end);
    const now = Date.now();
    return {
      id: id ?? newId(),
      url: page.url,
      pageTitle: storedTitle(page),
      site: location.hostname,
      kind: target.kind === 'detected' ? target.item : 'own',
      detectedType: target.kind === 'detected' ? target.detectedType : null,
      colour: ui.colour,
      quote,
      position,
      note: draft?.note.trim() ?? '',
      tags: draft ? parseTags(draft.tags) : [],
      created: now,
      modified: now,
    };
  };

  /**
   * Save through the background; on success paint the note. At `at` while the text is the one it was
   * saved on; if the page changed meanwhile (a run rebuilt the text), the note is found again in it.
   */
  const persist = async (
    record: AnnotationRecord,
    at: { start: number; end: number },
  ): Promise<Reply<'annotation:save'>> => {
    const savedOn = page?.index.text ?? '';
    const reply = await sendRequest('annotation:save', { record });
    if (!reply.ok) return reply;
    writes++;
    const placed = await placeSaved(record, at, savedOn, () => page?.index.text ?? null);
    // Not on another article the page moved to meanwhile (in-page navigation).
    if (page?.url === record.url) {
      const anchored = page.anchored.filter((a) => a.record.id !== record.id);
      const orphans = page.orphans.filter((o) => o.id !== record.id);
      if (placed) anchored.push({ record, start: placed.start, end: placed.end });
      else orphans.push(record);
      page = { ...page, anchored, orphans };
      repaint();
    }
    return reply;
  };

  // The UI's own controls' actions (a swatch, the card, Undo) come with the UI (ui/card-actions.ts).
  const actions: PageActions = {
    highlight() {
      const p = ui.panel;
      if (p.mode === 'hidden') return;
      const target = p.target;
      const at = targetRange(target);
      // The page changed under the selection and its text is gone: nothing is saved on other text.
      if (!at) {
        setUi({ panel: { mode: 'hidden' } });
        return showToast(t('textChanged'));
      }
      // A saved note keeps its colour (its swatches change it); only a new highlight takes the chosen one.
      const record = target.kind === 'saved' ? null : makeRecord(target, at);
      const sent = record && persist(record, at);
      if (!sent) return;
      setUi({ panel: { mode: 'hidden' } });
      win.getSelection()?.removeAllRanges();
      void sent.then(sayIfRefused);
    },
    openCard() {
      const p = ui.panel;
      if (p.mode !== 'toolbar') return;
      const shown = p.target.kind === 'saved' ? shownOf(p.target.record) : { note: '', tags: '' };
      setUi({
        panel: {
          mode: 'card',
          box: p.box,
          target: p.target,
          draft: shown,
          shown,
          error: null,
          saving: false,
          recordId: newId(),
        },
      });
    },
    close() {
      setUi({ panel: { mode: 'hidden' } });
    },
    openBadge(id) {
      if (holdsDraft(ui.panel)) return;
      const it = items.find((i) => i.kind === 'saved' && i.record.id === id);
      if (it?.kind !== 'saved') return;
      const box = boxOf(it.range, win);
      setUi({ panel: { mode: 'toolbar', box, target: it } });
      actions.openCard();
    },
  };

  const cardHost: CardHost = {
    ui: () => ui,
    setUi,
    page: () => page,
    wrote(change) {
      writes++;
      if (!change) return;
      if (page) page = change(page);
      repaint();
    },
    refresh,
    targetRange,
    makeRecord,
    persist,
    showToast,
    sayIfRefused,
    get deleted() {
      return deleted;
    },
    set deleted(records) {
      deleted = records;
    },
  };
  const mount = loadUi(doc, actions, cardHost);

  /** Show the toolbar for the current selection, if any, unless a card holds an unsaved draft; returns whether it did. */
  const offerSelection = (): boolean => {
    if (!page || holdsDraft(ui.panel)) return false;
    const sel = readSelection(win, page.article.root, page.index);
    if (!sel) return false;
    // More than a note can quote (a select-all to copy the article): said, with no toolbar to fail later.
    if (sel.quote.exact.length > RECORD_LIMITS.exact) {
      showToast(t('selectionTooLong', RECORD_LIMITS.exact.toLocaleString()));
      return false;
    }
    // The selection is its own target.
    setUi({ panel: { mode: 'toolbar', box: sel.box, target: sel } });
    return true;
  };

  /** The painted item under viewport coordinates, if any. */
  const itemAt = (x: number, y: number): PaintedItem | undefined => {
    if (!page) return undefined;
    const caret = doc.caretPositionFromPoint(x, y);
    if (!caret) return undefined;
    const offset = page.index.offsetAt(caret.offsetNode, caret.offset);
    return offset === null ? undefined : hitTest(items, offset, x, y);
  };

  const offerItemAt = (x: number, y: number): boolean => {
    const hit = holdsDraft(ui.panel) ? undefined : itemAt(x, y);
    if (!hit || !page) return false;
    const box = boxOf(hit.range, win);
    // The target is the item itself, or a copy marked detected with its quote (found again at save time).
    const target: Target =
      hit.kind === 'saved'
        ? hit
        : {
            ...hit,
            kind: 'detected',
            item: hit.kind,
            quote: describeRange(page.index.text, hit.start, hit.end).quote,
          };
    setUi({ panel: { mode: 'toolbar', box, target } });
    return true;
  };

  // Only the reader's own input counts: page scripts can fire synthetic events.
  // The offer waits for the selection to settle; a command arriving meanwhile has answered it already.
  let pendingOffer: number | undefined;
  ctx.addEventListener(doc, 'mouseup', (e: MouseEvent) => {
    if (!e.isTrusted || mount.contains(e.target)) return;
    win.clearTimeout(pendingOffer);
    pendingOffer = ctx.setTimeout(() => {
      pendingOffer = undefined;
      if (offerSelection() || offerItemAt(e.clientX, e.clientY)) return;
      if (ui.panel.mode === 'toolbar') setUi({ panel: { mode: 'hidden' } });
    }, 0);
  });
  ctx.addEventListener(doc, 'keyup', (e: KeyboardEvent) => {
    if (!e.isTrusted || mount.contains(e.target)) return;
    if (e.key === 'Escape' && ui.panel.mode !== 'hidden') return actions.close();
    if (e.shiftKey && e.key.startsWith('Arrow')) offerSelection();
  });
  let frame = 0;
  const reposition = (): void => {
    if (frame) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      if (ui.badges.length > 0) setUi({ badges: computeBadges() });
    });
  };
  ctx.addEventListener(win, 'resize', reposition);

  // Hovering a highlight shows what it is: the note of a saved one, the kind and type of a detected one.
  let hoverFrame = 0;
  let hovered: PaintedItem | undefined;
  ctx.addEventListener(doc, 'mousemove', (e: MouseEvent) => {
    if (!e.isTrusted) return;
    // A drag (a selection being made): the UI's script loads meanwhile, so the toolbar is there at the
    // mouse-up even when the background's worker was asleep (about 50 ms to wake). Not on a plain click.
    if (e.buttons & 1 && page) mount.preload();
    if (hoverFrame || mount.contains(e.target)) return;
    hoverFrame = ctx.requestAnimationFrame(() => {
      hoverFrame = 0;
      const hit = itemAt(e.clientX, e.clientY);
      if (hit === hovered) return;
      hovered = hit;
      if (!hit) return setUi({ hover: null });
      const text = hit.kind === 'saved' ? hit.record.note || hit.record.quote.exact : hit.detectedType;
      const rect = [...hit.range.getClientRects()].pop();
      if (!rect) return;
      setUi({
        hover: { left: rect.left + win.scrollX, top: rect.bottom + win.scrollY + 4, item: hit.kind, text },
      });
    });
  });

  /** The answer to a tab request: a value, a promise of one, or undefined for a message not ours. */
  const answer = (message: TabRequest): unknown => {
    switch (message?.type) {
      case 'tab:command': {
        win.clearTimeout(pendingOffer);
        // The command acts on the selection: offerSelection puts the toolbar on it, or there is none.
        if (!offerSelection()) return false;
        if (message.action === 'highlight') actions.highlight();
        else actions.openCard();
        return true;
      }
      case 'tab:info': {
        const placed = page && placement(page);
        const info: TabInfo = {
          url: page?.url ?? location.href,
          title: page?.article.title ?? doc.title,
          site: location.hostname,
          enabled: !paused,
          analysis: page?.analysis ?? null,
          orphanIds: placed?.orphans ?? [],
          changed: placed?.changed ?? [],
        };
        return info;
      }
      case 'tab:scroll-to': {
        if (!page) return false;
        const target = message.target;
        const span =
          'annotationId' in target ? page.anchored.find((a) => a.record.id === target.annotationId) : target;
        const range = span ? page.index.rangeFor(span.start, span.end) : null;
        if (!range) {
          // Its words are gone from the page: said here, where the reader was sent to find them (the popup
          // says it itself, for the page it shows).
          const orphan = 'annotationId' in target && page.orphans.some((r) => r.id === target.annotationId);
          if (orphan && message.sayGone) {
            told.add(target.annotationId);
            showToast(t('noteNotFoundHere'));
            return true;
          }
          return false;
        }
        const el = range.startContainer.parentElement;
        el?.scrollIntoView({ block: 'center' });
        flash(range);
        return true;
      }
      case 'tab:refresh':
        return refresh().then(() => true);
      case 'tab:changed':
        // Another tab or our pages changed this page's notes: read them again (docs/design.md, "Saving").
        if (page && message.urls.includes(page.url)) void refresh();
        return true;
    }
  };
  const onTabMessage = (raw: unknown): Promise<unknown> | undefined => {
    const value = answer(raw as TabRequest);
    return value === undefined ? undefined : Promise.resolve(value);
  };
  browser.runtime.onMessage.addListener(onTabMessage);

  // One storage read at start: the colour, and whether this site is paused or (when not built in) enabled.
  const stored = await browser.storage.local.get([COLOUR_KEY, PAUSED_KEY, ENABLED_KEY]);
  // Anything stored that is not one of the colours (includes compares strictly) is ignored.
  const colour = stored[COLOUR_KEY] as Colour;
  if (COLOURS.includes(colour)) ui = { ...ui, colour };

  // Paused by the reader, or on a site they enabled and then disabled: nothing is painted.
  const host = location.hostname;
  const origin = sitePattern(location.href) ?? '';
  const site = siteState(stored, host, origin);
  const builtIn = site.builtIn;
  let pausedHere = site.paused;
  let enabledHere = site.chosen;
  paused = pausedHere || !enabledHere;
  // document_idle may come before the load event: the first analysis waits for it, so it never delays it.
  await afterPageLoad(ctx);
  await refresh();
  // Another site's change to a list leaves this page as it is.
  const follow = (): void => {
    const next = pausedHere || !enabledHere;
    if (next === paused) return;
    paused = next;
    void refresh();
  };
  const stopPauseWatch = onListChange(PAUSED_KEY, (sites) => {
    pausedHere = sites.includes(host);
    follow();
  });
  const stopEnabledWatch = onListChange(ENABLED_KEY, (sites) => {
    enabledHere = builtIn || sites.includes(origin);
    follow();
  });
  // While paused nothing is analysed, so page changes need no re-run (resuming runs one).
  watchPage(
    ctx,
    () => analysedRoot,
    () => {
      if (!paused) void refresh(false);
    },
  );
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onTabMessage);
    stopPauseWatch();
    stopEnabledWatch();
    reflow.disconnect();
    clearAll();
    CSS.highlights.delete(STATUS);
    removeStyles();
    mount.remove();
  });
}
