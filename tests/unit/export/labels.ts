/** The Markdown export's labels of one locale folder (public/_locales), read as the browser would. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type MarkdownLabels,
  type Messages,
  markdownLabels,
  messagesLookup,
} from '../../../lib/export/markdown-labels';

export function labelsOf(folder: string): MarkdownLabels {
  const file = join(import.meta.dirname, '../../../public/_locales', folder, 'messages.json');
  return markdownLabels(messagesLookup(JSON.parse(readFileSync(file, 'utf8')) as Messages));
}
