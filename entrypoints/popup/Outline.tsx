/** The policy outline of the current page: the directive tree and the initiatives with types and counts. */
import { typeLabel } from '../../components/type-label';
import type { Analysis, Directive } from '../../lib/detect/types';
import { t } from '../../lib/i18n';

function Tree(props: { directives: Directive[]; parent: number | null; onPick: (d: Directive) => void }) {
  const children = props.directives
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.parent === props.parent && !d.inToc);
  if (children.length === 0) return null;
  return (
    <ol class="tree">
      {children.map(({ d, i }) => (
        <li key={i}>
          <button type="button" class="link" onClick={() => props.onPick(d)}>
            <strong>{d.marker}</strong> {d.text}
          </button>
          <Tree directives={props.directives} parent={i} onPick={props.onPick} />
        </li>
      ))}
    </ol>
  );
}

export function Outline(props: {
  analysis: Analysis;
  onPick: (span: { start: number; end: number }) => void;
}) {
  const { analysis } = props;
  const counts = new Map<string, { type: string; count: number; first: { start: number; end: number } }>();
  for (const it of analysis.initiatives) {
    const c = counts.get(it.text);
    if (c) c.count++;
    else counts.set(it.text, { type: it.type, count: 1, first: it });
  }
  return (
    <section aria-label={t('outline')}>
      <p class="policy-status">
        {t(analysis.isPolicy ? 'policyArticle' : 'notPolicyArticle', analysis.score.toFixed(2))}
      </p>
      {analysis.isPolicy && analysis.directives.length > 0 && (
        <details open>
          <summary>
            {t('directives')} ({analysis.directives.filter((d) => !d.inToc).length})
          </summary>
          <Tree directives={analysis.directives} parent={null} onPick={props.onPick} />
        </details>
      )}
      {analysis.isPolicy && counts.size > 0 && (
        <details open>
          <summary>
            {t('initiatives')} ({counts.size})
          </summary>
          <ul class="initiatives">
            {[...counts].map(([text, c]) => (
              <li key={text}>
                <button type="button" class="link" onClick={() => props.onPick(c.first)}>
                  {text}
                </button>{' '}
                <span class="type">{typeLabel(c.type)}</span>
                {c.count > 1 && <span class="count"> ×{c.count}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
