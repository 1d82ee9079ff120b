import { useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging/client';

export function Overlay() {
  const [bg, setBg] = useState<'pending' | 'ok' | 'error'>('pending');
  useEffect(() => {
    sendMessage('ping', {}).then(
      () => setBg('ok'),
      () => setBg('error'),
    );
  }, []);
  return (
    <section className="panel" data-testid="ace-assist-panel" aria-label="ACE Assist">
      <header className="panel__title">ACE Assist</header>
      <p className="panel__status" data-testid="bg-status" data-state={bg}>
        {bg === 'ok' ? 'Ready' : bg === 'error' ? 'Extension background not reachable' : 'Starting…'}
      </p>
    </section>
  );
}
