/**
 * A saved note's text and tags as edited, in a list or in the page's note card: what the text boxes start
 * from, and which fields a save changes. A field the reader left alone is not written, so the stored
 * value stays exactly as it was (tags with a comma or a leading #, a note's leading indentation).
 */
import { type AnnotationRecord, draftLimit, parseTags, tagsText } from '../lib/annotation';
import type { AnnotationChanges } from '../lib/store/annotations';

/** The note and tags as the boxes show them. */
export interface Shown {
  note: string;
  tags: string;
}

/** The note and tags being edited, what the boxes showed at first, and the stored ones they came from. */
export interface Draft extends Shown {
  /** The boxes' text when the edit began: a field still equal to it was not edited. */
  shown: Shown;
  /** The stored note and tags the edit started from (the background refuses it if they changed since). */
  base: { note: string; tags: string[] };
}

/** What the boxes show for `r`: its note, and its tags joined with ", ". */
export function shownOf(r: Pick<AnnotationRecord, 'note' | 'tags'>): Shown {
  return { note: r.note, tags: tagsText(r.tags) };
}

/** A draft of `r` as stored. */
export function startDraft(r: Pick<AnnotationRecord, 'note' | 'tags'>): Draft {
  const shown = shownOf(r);
  return { ...shown, shown, base: { note: r.note, tags: r.tags } };
}

/** The fields a save writes: only those the reader edited, read as before; null when none was. */
export function draftChanges(
  draft: Pick<Draft, 'note' | 'tags' | 'shown'>,
): Pick<AnnotationChanges, 'note' | 'tags'> | null {
  const changes: Pick<AnnotationChanges, 'note' | 'tags'> = {};
  if (draft.note !== draft.shown.note) changes.note = draft.note.trim();
  if (draft.tags !== draft.shown.tags) changes.tags = parseTags(draft.tags);
  return changes.note === undefined && changes.tags === undefined ? null : changes;
}

/** The limit an edited field of `draft` is over (`draftLimit`), if any; a field left alone is not checked. */
export function changesOver(
  draft: Pick<Draft, 'tags'>,
  changes: Pick<AnnotationChanges, 'note' | 'tags'>,
): ReturnType<typeof draftLimit> {
  return draftLimit(changes.note ?? '', changes.tags === undefined ? '' : draft.tags);
}
