/**
 * A note's text and tags as edited in a list: what the text boxes start from, and which fields a save
 * changes. A field the reader left alone is not written, so the stored value stays exactly as it was
 * (tags with a comma or a leading #, a note's leading indentation).
 */
import { type AnnotationRecord, parseTags, tagsText } from '../lib/annotation';
import type { AnnotationChanges } from '../lib/store/annotations';

/** The note and tags being edited, what the boxes showed at first, and the stored ones they came from. */
export interface Draft {
  note: string;
  tags: string;
  /** The boxes' text when the edit began: a field still equal to it was not edited. */
  shown: { note: string; tags: string };
  /** The stored note and tags the edit started from (the background refuses it if they changed since). */
  base: { note: string; tags: string[] };
}

/** A draft of `r` as stored. */
export function startDraft(r: Pick<AnnotationRecord, 'note' | 'tags'>): Draft {
  const shown = { note: r.note, tags: tagsText(r.tags) };
  return { ...shown, shown, base: { note: r.note, tags: r.tags } };
}

/** The fields a save writes: only those the reader edited, read as before; null when none was. */
export function draftChanges(draft: Draft): Pick<AnnotationChanges, 'note' | 'tags'> | null {
  const changes: Pick<AnnotationChanges, 'note' | 'tags'> = {};
  if (draft.note !== draft.shown.note) changes.note = draft.note.trim();
  if (draft.tags !== draft.shown.tags) changes.tags = parseTags(draft.tags);
  return changes.note === undefined && changes.tags === undefined ? null : changes;
}
