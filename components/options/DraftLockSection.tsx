// The Form 5106 draft lock, as the drafts pages show it (components/drafts/LockPanel): the same
// component and the same lock service, embedded here so all settings are in one place.
import { useCallback, useEffect, useState } from 'react';
import { LockSettings, UnlockForm } from '@/components/drafts/LockPanel';
import type { LockStatus } from '@/lib/form5106/lock';
import { lock } from './services';

export function DraftLockSection({ revision }: { revision: number }) {
  const [status, setStatus] = useState<LockStatus | null>(null);
  const refresh = useCallback(() => void lock.status().then(setStatus), []);
  useEffect(() => {
    void revision;
    refresh();
  }, [refresh, revision]);
  if (!status) return null;
  return (
    <div className="draft-lock" data-testid="draft-lock">
      {status.enabled && !status.unlocked ? <UnlockForm onUnlocked={refresh} /> : null}
      <LockSettings status={status} onChange={refresh} />
      <p className="hint">
        <a href="/drafts.html" target="_blank" rel="noopener">
          Open the Form 5106 drafts
        </a>
      </p>
    </div>
  );
}
