/** Root of the in-page UI: the floating panel and the note badges. */
import { detectedLabel } from '../../../components/type-label';
import { t } from '../../../lib/i18n';
import { NoteCard } from './NoteCard';
import { Toolbar } from './Toolbar';
import type { UiActions, UiState } from './types';

/** The style that puts an absolutely positioned element at a point of the document. */
const at = (p: { left: number; top: number }): string => `left:${p.left}px;top:${p.top}px`;

/** Characters of a note a tooltip shows; the card shows the rest. */
const TIP_CHARS = 280;

/** A tooltip's text: a saved note cut to TIP_CHARS, a detected item's kind and its type or style as labels. */
function tipText(hover: NonNullable<UiState['hover']>): string {
  const { item, text } = hover;
  if (item !== 'saved') return detectedLabel(item, text);
  return text.length > TIP_CHARS ? `${text.slice(0, TIP_CHARS).trimEnd()}…` : text;
}

/** A tooltip's place: under the item, moved left where it would run past the viewport (at most 336 px wide). */
function tipAt(hover: { left: number; top: number }): string {
  const right = window.scrollX + window.innerWidth - 344;
  return at({ left: Math.max(window.scrollX + 4, Math.min(hover.left, right)), top: hover.top });
}

export function App(props: {
  state: UiState;
  actions: UiActions;
  position: { left: number; top: number } | null;
}) {
  const { state, actions, position } = props;
  const { panel } = state;
  const style = position ? at(position) : 'visibility:hidden';
  return (
    <div class="pm-root">
      {state.badges.map((b) => (
        <button
          type="button"
          key={b.id}
          data-id={b.id}
          class="pm-badge"
          style={at(b)}
          aria-label={`${t('note')}: ${b.note.slice(0, 80)}`}
          title={b.note}
          onClick={() => actions.openBadge(b.id)}
        >
          ✎
        </button>
      ))}
      {panel.mode === 'toolbar' && (
        <Toolbar state={state} target={panel.target} actions={actions} style={style} />
      )}
      {panel.mode === 'card' && (
        <NoteCard
          target={panel.target}
          draft={panel.draft}
          error={panel.error}
          saving={panel.saving}
          actions={actions}
          style={style}
        />
      )}
      {state.hover !== null && (
        <div class="pm-tooltip" role="tooltip" style={tipAt(state.hover)}>
          {tipText(state.hover)}
        </div>
      )}
      {state.toast !== null && (
        <div class="pm-toast" role="status">
          {state.toast}
          {state.undoable && (
            <button type="button" class="pm-button pm-undo" onClick={actions.undo}>
              {t('undo')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
