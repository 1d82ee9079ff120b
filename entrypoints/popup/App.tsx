import { useEffect, useState } from 'react';
import { DraftsApp } from '@/components/drafts/DraftsApp';
import { sendMessage } from '@/lib/messaging/client';

export function App() {
  const [version, setVersion] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    sendMessage('ping', {}).then(
      (r) => setVersion(r.version),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  return (
    <main className="popup" data-testid="popup">
      <header className="popup-head">
        <h1>ACE Assist</h1>
        <p data-testid="bg-version" data-state={version ? 'ok' : error ? 'error' : 'pending'}>
          {version ? `Version ${version}` : error ? `Background not reachable: ${error}` : 'Starting…'}
        </p>
      </header>
      <DraftsApp mode="popup" />
    </main>
  );
}
