/** The localised label of an initiative type (falls back to the type itself). */
import type { MessageKey } from '../lib/i18n';
import { t } from '../lib/i18n';

export function typeLabel(type: string): string {
  const label = t(`type_${type}` as MessageKey);
  return label.startsWith('type_') ? type : label;
}
