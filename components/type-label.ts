/** Reader-facing labels of detected items: an initiative's type, a directive's style, in the UI's language. */
import type { MessageKey } from '../lib/i18n';
import { t } from '../lib/i18n';

/** The localised label of an initiative type (falls back to the type itself). */
export function typeLabel(type: string): string {
  const label = t(`type_${type}` as MessageKey);
  return label.startsWith('type_') ? type : label;
}

/** The localised label of a directive style (`ordinal`, `dash-bullet`…); falls back to the style itself. */
export function styleLabel(style: string): string {
  const label = t(`style_${style.replace(/-/g, '_')}` as MessageKey);
  return label.startsWith('style_') ? style : label;
}

/** "Directive · enumerated point", "Initiative · campaign": a detected item's kind, then its style or type. */
export function detectedLabel(kind: 'directive' | 'initiative', type: string): string {
  return `${t(`kind_${kind}`)} · ${kind === 'initiative' ? typeLabel(type) : styleLabel(type)}`;
}
