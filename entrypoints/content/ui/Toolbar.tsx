/**
 * The selection toolbar: colour choice, "Highlight", "Add note". On a saved highlight the swatches show and
 * change that note's colour, and "Edit note" and "Delete" replace "Highlight" and "Add note".
 */
import { COLOURS } from '../../../lib/annotation';
import { COLOUR_VALUES } from '../../../lib/highlight/paint';
import { t } from '../../../lib/i18n';
import type { Target, UiActions, UiState } from './types';

export function Toolbar(props: { state: UiState; target: Target; actions: UiActions; style: string }) {
  const { state, target, actions } = props;
  const saved = target.kind === 'saved';
  // A saved note shows its own colour, not the one remembered for the next highlight.
  const chosen = saved ? target.record.colour : state.colour;
  return (
    <div class="pm-toolbar" role="toolbar" aria-label={t('toolbarLabel')} style={props.style}>
      <div class="pm-swatches" title={t('colour')}>
        {COLOURS.map((c) => (
          <button
            type="button"
            key={c}
            aria-pressed={chosen === c}
            aria-label={t(`colour_${c}`)}
            title={t(`colour_${c}`)}
            class="pm-swatch"
            style={`background:${COLOUR_VALUES[c]}`}
            onClick={() => actions.setColour(c)}
          />
        ))}
      </div>
      {!saved && (
        <button type="button" class="pm-button" onClick={actions.highlight}>
          {t('highlight')}
        </button>
      )}
      <button type="button" class="pm-button" onClick={actions.openCard}>
        {saved ? t('editNote') : t('addNote')}
      </button>
      {saved && (
        <button type="button" class="pm-button" onClick={actions.remove}>
          {t('delete')}
        </button>
      )}
    </div>
  );
}
