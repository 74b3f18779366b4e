/** "Part of PolicyMark could not be loaded (…). Reload this page.": code on first use that did not arrive. */
import { t } from '../lib/i18n';

/** The alert for `reason` (why the code could not be loaded), or nothing when it is null. */
export function LoadFailed(props: { reason: string | null }) {
  return props.reason === null ? null : (
    <p class="error" role="alert">
      {t('codeLoadFailed', props.reason)}
    </p>
  );
}
