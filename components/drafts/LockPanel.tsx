// The passphrase lock: the unlock screen, and the settings to turn it on or off. Deriving the key
// takes about a second (600,000 PBKDF2 rounds), so the buttons say so while it runs.
import { useState } from 'react';
import type { LockStatus } from '@/lib/form5106/lock';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/form5106/lock';
import { DEFAULT_IDLE_MINUTES, IDLE_CHOICES_MINUTES } from '@/lib/form5106/session-key';
import { lock } from './services';

export function UnlockForm({ onUnlocked }: { onUnlocked: () => void }) {
  const [pass, setPass] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="unlock"
      data-testid="unlock-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        const r = await lock.unlock(pass);
        setBusy(false);
        if (r.ok) {
          setPass('');
          onUnlocked();
        } else setError(r.error);
      }}
    >
      <h2>Drafts are locked</h2>
      <label htmlFor="unlock-pass">Passphrase</label>
      <input
        id="unlock-pass"
        type="password"
        autoComplete="current-password"
        value={pass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'unlock-error' : undefined}
        onChange={(e) => setPass(e.target.value)}
      />
      <button type="submit" disabled={busy} data-testid="unlock">
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
      {error ? (
        <p id="unlock-error" role="alert" className="alert" data-testid="unlock-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}

export function LockSettings({ status, onChange }: { status: LockStatus; onChange: () => void }) {
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [idle, setIdle] = useState<number>(DEFAULT_IDLE_MINUTES);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (status.enabled) {
    return (
      <section aria-labelledby="lock-title" className="panel" data-testid="lock-settings">
        <h2 id="lock-title">Passphrase lock: on</h2>
        <p>Drafts are encrypted on disk. They lock after {status.idleMinutes} minutes without activity.</p>
        <button
          type="button"
          data-testid="lock-now"
          onClick={async () => {
            await lock.lockNow();
            onChange();
          }}
        >
          Lock now
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const r = await lock.disable();
            setBusy(false);
            if (r.ok) onChange();
            else setMessage({ kind: 'error', text: r.error });
          }}
        >
          Turn the lock off (decrypt all drafts)
        </button>
        {message ? <p role="alert">{message.text}</p> : null}
      </section>
    );
  }
  return (
    <section aria-labelledby="lock-title" className="panel" data-testid="lock-settings">
      <h2 id="lock-title">Passphrase lock: off</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (pass !== confirm) {
            setMessage({ kind: 'error', text: 'The two passphrases differ: type them again.' });
            return;
          }
          setBusy(true);
          setMessage({ kind: 'info', text: 'Encrypting your drafts…' });
          const r = await lock.enable(pass, idle);
          setBusy(false);
          if (r.ok) {
            setPass('');
            setConfirm('');
            setMessage(null);
            onChange();
          } else setMessage({ kind: 'error', text: r.error });
        }}
      >
        <p id="lock-explain" className="hint">
          Encrypts every draft on this computer (AES-256). There is no way to recover a forgotten passphrase.
        </p>
        <label htmlFor="lock-pass">New passphrase (at least {MIN_PASSPHRASE_LENGTH} characters)</label>
        <input
          id="lock-pass"
          type="password"
          autoComplete="new-password"
          aria-describedby="lock-explain"
          value={pass}
          onChange={(e) => setPass(e.target.value)}
        />
        <label htmlFor="lock-confirm">Repeat the passphrase</label>
        <input
          id="lock-confirm"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
        />
        <label htmlFor="lock-idle">Lock after inactivity</label>
        <select id="lock-idle" value={idle} onChange={(e) => setIdle(Number(e.target.value))}>
          {IDLE_CHOICES_MINUTES.map((m) => (
            <option key={m} value={m}>
              {m < 60 ? `${m} minutes` : `${m / 60} hour${m > 60 ? 's' : ''}`}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy} data-testid="enable-lock">
          Turn the lock on
        </button>
      </form>
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} data-testid="lock-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
