import { useId } from 'react';
import { formatBytes, formatCount } from '@/lib/analyzer-ui/format';
import type { Progress } from '@/lib/analyzer-ui/worker-protocol';

export function ProgressPanel({ progress, onCancel }: { progress: Progress | null; onCancel(): void }) {
  const labelId = useId();
  const known = progress !== null && progress.totalBytes > 0;
  return (
    <section className="aa-card aa-progress" aria-labelledby={labelId} data-testid="progress">
      <h2 id={labelId} className="aa-h3">
        Analysing{progress ? ` file ${progress.fileIndex + 1} of ${progress.fileCount}` : '…'}
      </h2>
      <progress
        aria-labelledby={labelId}
        max={known ? progress.totalBytes : undefined}
        value={known ? Math.min(progress.bytesRead, progress.totalBytes) : undefined}
      />
      <p className="aa-muted" data-testid="progress-text">
        {progress === null
          ? 'Starting…'
          : `${progress.fileName} · ${formatBytes(progress.bytesRead)}${known ? ` of ${formatBytes(progress.totalBytes)}` : ''}` +
            ` · about ${formatCount(progress.rowsRead)} rows read`}
      </p>
      <button type="button" className="aa-button" onClick={onCancel} data-testid="cancel">
        Cancel
      </button>
    </section>
  );
}
