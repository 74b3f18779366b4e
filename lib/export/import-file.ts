/**
 * Read an import file that an extension page handed over as a `blob:` address, then validate it like
 * `parseImportText`. The background reads the file itself, so 10,000 notes are not serialised into a
 * message between the page and the background (that message cost about as much as parsing the file).
 */
import { type ImportResult, MAX_IMPORT_CHARS, parseImportText, tooLarge } from './import-json';

/** A UTF-8 file holds at most 3 bytes per UTF-16 code unit (plus a BOM). */
const MAX_BYTES_PER_CHAR = 3;

export const UNREADABLE = 'could not read the chosen file; choose it again';

export async function readImportFile(url: string, maxChars = MAX_IMPORT_CHARS): Promise<ImportResult> {
  let text: string;
  try {
    const file = await (await fetch(url)).blob();
    // Refuse a huge file before turning it into a string.
    if (file.size > MAX_BYTES_PER_CHAR * maxChars + 3) return tooLarge(maxChars);
    // A chosen file is read from disk here: it may have changed or gone since it was chosen.
    text = await file.text();
  } catch {
    return { ok: false, error: UNREADABLE, key: 'importUnreadable' };
  }
  return parseImportText(text, maxChars);
}
