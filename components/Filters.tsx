/** Search box and kind / colour / site filters shared by popup and library. */
import { COLOURS, KINDS } from '../lib/annotation';
import { t } from '../lib/i18n';
import { type NoteFilter, STATUS_FILTERS } from './note-filter';

export function Filters(props: {
  filter: NoteFilter;
  sites: string[];
  onChange: (f: NoteFilter) => void;
  /** The reader reached for the search or a filter (focus): time to read what they will search. */
  onFocus?: () => void;
  /** Offer the filter on where notes stood on their pages (the library). */
  statusFilter?: boolean;
}) {
  const { filter, onChange } = props;
  return (
    <div class="toolbar" onFocusIn={props.onFocus}>
      <input
        type="search"
        aria-label={t('search')}
        placeholder={t('search')}
        value={filter.query}
        onInput={(e) => onChange({ ...filter, query: e.currentTarget.value })}
      />
      <Choice
        label={t('filterKind')}
        value={filter.kind}
        options={KINDS.map((k) => [k, t(`kind_${k}`)])}
        onPick={(kind) => onChange({ ...filter, kind })}
      />
      <Choice
        label={t('colour')}
        value={filter.colour}
        options={COLOURS.map((c) => [c, t(`colour_${c}`)])}
        onPick={(colour) => onChange({ ...filter, colour })}
      />
      {/* A fixed width (base.css): the sites are read after the list, and a select widening to its longest
          site would wrap the filters and move everything under them as the reader reaches for it. */}
      <Choice
        class="site-filter"
        label={t('filterSite')}
        value={filter.site}
        options={props.sites.map((s) => [s, s])}
        onPick={(site) => onChange({ ...filter, site })}
      />
      {props.statusFilter && (
        <Choice
          label={t('filterStatus')}
          value={filter.status}
          options={STATUS_FILTERS.map((s) => [s, t(`status_${s}`)])}
          onPick={(status) => onChange({ ...filter, status })}
        />
      )}
    </div>
  );
}

/** One filter: a select named by `label`, whose first option (`any`) is the label itself. */
function Choice<V extends string>(props: {
  class?: string;
  label: string;
  value: V | 'any';
  options: ReadonlyArray<readonly [V, string]>;
  onPick: (value: V | 'any') => void;
}) {
  return (
    <select
      class={props.class}
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onPick(e.currentTarget.value as V | 'any')}
    >
      <option value="any">{props.label}</option>
      {props.options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );
}
