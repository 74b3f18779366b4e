/** Search box and kind / colour / site filters shared by popup and library. */
import { COLOURS, KINDS } from '../lib/annotation';
import { t } from '../lib/i18n';
import { type NoteFilter, STATUS_FILTERS } from './filter';

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
      <select
        aria-label={t('filterKind')}
        value={filter.kind}
        onChange={(e) => onChange({ ...filter, kind: e.currentTarget.value as NoteFilter['kind'] })}
      >
        <option value="any">{t('filterKind')}</option>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind_${k}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('colour')}
        value={filter.colour}
        onChange={(e) => onChange({ ...filter, colour: e.currentTarget.value as NoteFilter['colour'] })}
      >
        <option value="any">{t('colour')}</option>
        {COLOURS.map((c) => (
          <option key={c} value={c}>
            {t(`colour_${c}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('filterSite')}
        value={filter.site}
        onChange={(e) => onChange({ ...filter, site: e.currentTarget.value })}
      >
        <option value="any">{t('filterSite')}</option>
        {props.sites.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      {props.statusFilter && (
        <select
          aria-label={t('filterStatus')}
          value={filter.status}
          onChange={(e) => onChange({ ...filter, status: e.currentTarget.value as NoteFilter['status'] })}
        >
          <option value="any">{t('filterStatus')}</option>
          {STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(`status_${s}`)}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
