import { DISCLAIMER, PAGE_HINTS } from '@/lib/ace/hints';
import type { PageId } from '@/lib/ace/pages';

export function Hints({ pageId }: { pageId: PageId }) {
  const hints = PAGE_HINTS[pageId] ?? [];
  if (hints.length === 0) return <p className="muted">No hints for this page.</p>;
  return (
    <div>
      <ul className="hints">
        {hints.map((h) => (
          <li key={h.id} data-hint-id={h.id} className={`hint hint--${h.severity}`}>
            {h.text}
            {h.asOf && <span className="asof"> (as of {h.asOf})</span>}
          </li>
        ))}
      </ul>
      <p className="muted small">{DISCLAIMER}</p>
    </div>
  );
}
