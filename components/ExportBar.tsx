/** "Export JSON", "Export Markdown", "Export CSV" and "Import" for a set of annotations. */
import { useRef, useState } from 'preact/hooks';
import type { AnnotationRecord } from '../lib/annotation';
import { errorText } from '../lib/error-text';
import { UNREADABLE } from '../lib/export/import-file';
import { t } from '../lib/i18n';
import { sendRequest } from '../lib/send-request';
import { downloadText } from './download';
import type { ExportFormat } from './export-files';

type Scope = 'all' | 'page' | 'filtered';

export function ExportBar(props: {
  records: () => Promise<AnnotationRecord[]>;
  scope: Scope;
  label?: string;
}) {
  const file = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const run = async (format: ExportFormat): Promise<void> => {
    try {
      // The export code is loaded at the first export, while the notes are read.
      const [records, { exportFiles }] = await Promise.all([props.records(), import('./export-files')]);
      const files = exportFiles(records, format, props.scope, new Date());
      for (const f of files) downloadText(document, f.name, f.text, f.mime);
      setStatus(files.length > 1 ? t('exportSplit', String(records.length), String(files.length)) : null);
    } catch (e) {
      // The notes could not be read or the export's code not loaded: say so, never nothing.
      setStatus(t('exportFailed', errorText(e)));
    }
  };
  const onFile = async (input: HTMLInputElement): Promise<void> => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    // The background reads, checks and stores the file in one request (lib/export/import-file.ts).
    setStatus(t('importWorking', (chosen.size / 1e6).toFixed(1)));
    const url = URL.createObjectURL(chosen);
    let reply = await sendRequest('annotations:import-file', { url }).finally(() => URL.revokeObjectURL(url));
    // A background in another browsing context (Firefox keeps private windows and containers apart)
    // cannot read this page's blob: address: the file's text travels in the message instead.
    if (!reply.ok && reply.error === UNREADABLE) {
      const text = await chosen.text().catch(() => null);
      if (text !== null) reply = await sendRequest('annotations:import-file', { text });
    }
    if (!reply.ok) return setStatus(t('importFailed', reply.error));
    const { added, updated, skipped, ignored } = reply.value;
    const done = t('importDone', String(added), String(updated), String(skipped));
    // Page notes and replies of a Hypothesis export are left out: say so, never silently.
    setStatus(ignored > 0 ? `${done} ${t('importIgnored', String(ignored))}` : done);
  };
  if (props.scope === 'page') {
    // This page's notes only: the three formats, no import.
    return (
      <fieldset class="export-bar">
        <legend class="muted">{props.label}</legend>
        <button type="button" onClick={() => void run('json')}>
          JSON
        </button>
        <button type="button" onClick={() => void run('md')}>
          Markdown
        </button>
        <button type="button" onClick={() => void run('csv')}>
          CSV
        </button>
      </fieldset>
    );
  }
  return (
    <div class="export-bar">
      <button type="button" onClick={() => void run('json')}>
        {t('exportJson')}
      </button>
      <button type="button" onClick={() => void run('md')}>
        {t('exportMarkdown')}
      </button>
      <button type="button" onClick={() => void run('csv')}>
        {t('exportCsv')}
      </button>
      <button type="button" onClick={() => file.current?.click()}>
        {t('import')}
      </button>
      <input
        ref={file}
        type="file"
        accept=".json,application/json,application/ld+json"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => void onFile(e.currentTarget)}
      />
      {status !== null && (
        <p class="status" role="status">
          {status}
        </p>
      )}
    </div>
  );
}
