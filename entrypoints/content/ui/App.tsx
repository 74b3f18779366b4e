/** Root of the in-page UI: the floating panel and the note badges. */
import { t } from '../../../lib/i18n';
import { NoteCard } from './NoteCard';
import { Toolbar } from './Toolbar';
import type { UiActions, UiState } from './types';

export function App(props: {
  state: UiState;
  actions: UiActions;
  position: { left: number; top: number } | null;
}) {
  const { state, actions, position } = props;
  const { panel } = state;
  const style = position ? `left:${position.left}px;top:${position.top}px` : 'visibility:hidden';
  return (
    <div class="pm-root">
      {state.badges.map((b) => (
        <button
          type="button"
          key={b.id}
          class="pm-badge"
          style={`left:${b.left}px;top:${b.top}px`}
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
        <div class="pm-tooltip" role="tooltip" style={`left:${state.hover.left}px;top:${state.hover.top}px`}>
          {state.hover.text}
        </div>
      )}
      {state.toast !== null && (
        <div class="pm-toast" role="status">
          {state.toast}
        </div>
      )}
    </div>
  );
}
