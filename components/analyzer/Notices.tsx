// File problems and data warnings, shown above the results (not in a detail view).
import { memo } from 'react';
import type { ResultView } from '@/lib/analyzer-ui/worker-protocol';

type Props = { view: ResultView; onMap(fileIndex: number): void };

export const Notices = memo(function Notices({ view, onMap }: Props) {
  if (view.notices.length === 0) return null;
  return (
    <section className="aa-card aa-notices" aria-labelledby="notices-h" data-testid="notices">
      <h2 id="notices-h">Warnings ({view.notices.length})</h2>
      <ul>
        {view.notices.map((n) => {
          const fileIndex = n.file === null ? -1 : view.files.findIndex((f) => f.name === n.file);
          return (
            <li
              key={`${n.level}:${n.file}:${n.text}`}
              className={`aa-notice aa-notice--${n.level}`}
              data-level={n.level}
              data-file={n.file ?? ''}
            >
              <span className="aa-notice__level">{n.level === 'error' ? 'Not used' : 'Warning'}</span>
              {n.file !== null && <strong className="aa-notice__file">{n.file}: </strong>}
              <span>{n.text}</span>
              {n.mappable && fileIndex >= 0 && (
                <button type="button" className="aa-button aa-button--small" onClick={() => onMap(fileIndex)}>
                  Map the columns of {n.file}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
