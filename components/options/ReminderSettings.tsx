// Reminder settings: lead times, the toolbar badge, notifications. Every change is saved at once.
// The `notifications` permission is optional: it is requested when the user turns reminders on
// (from the click itself, as browsers require) and given back when they turn them off.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { BADGE_WINDOW_DAYS } from '@/lib/reminders/badge';
import { NOTIFICATIONS_PERMISSION, notificationsGranted } from '@/lib/reminders/wiring';
import { DEFAULT_LEAD_TIMES, MAX_LEAD_DAYS, MAX_LEAD_TIMES, type Settings } from '@/lib/settings/schema';
import { updateSettings } from '@/lib/settings/store';

type Message = { kind: 'ok' | 'error'; text: string } | null;

const dayWord = (n: number) => (n === 1 ? 'day' : 'days');

export function ReminderSettings({ settings }: { settings: Settings }) {
  const [message, setMessage] = useState<Message>(null);
  const [draftLead, setDraftLead] = useState('');
  const [granted, setGranted] = useState<boolean | null>(null);

  useEffect(() => {
    void notificationsGranted().then(setGranted);
  }, []);

  const save = async (patch: Partial<Settings>, done = 'Saved.') => {
    const r = await updateSettings(patch);
    setMessage(r.ok ? { kind: 'ok', text: done } : { kind: 'error', text: r.error });
    return r.ok;
  };

  const addLead = async () => {
    const days = Number(draftLead);
    if (draftLead.trim() === '' || !Number.isInteger(days)) {
      setMessage({ kind: 'error', text: 'Type a whole number of days, such as 21.' });
      return;
    }
    if (await save({ leadTimes: [...settings.leadTimes, days] })) setDraftLead('');
  };

  const onNotifications = (on: boolean) => {
    if (on) {
      // Called first, synchronously in the click: Firefox refuses a request made after an await.
      browser.permissions.request(NOTIFICATIONS_PERMISSION).then(
        async (ok) => {
          setGranted(ok);
          if (ok) await save({ notificationsEnabled: true }, 'Reminders are on.');
          else
            setMessage({
              kind: 'error',
              text: 'The browser did not allow notifications, so reminders stay off. Try again and choose Allow.',
            });
        },
        (error: unknown) =>
          setMessage({ kind: 'error', text: `Could not ask for the permission: ${String(error)}` }),
      );
      return;
    }
    void save({ notificationsEnabled: false }, 'Reminders are off.').then(async () => {
      // Give the permission back: nothing else uses it.
      await browser.permissions.remove(NOTIFICATIONS_PERMISSION).catch(() => false);
      setGranted(false);
    });
  };

  const notificationsOn = settings.notificationsEnabled && granted !== false;

  return (
    <section className="panel" aria-labelledby="reminders-title" data-testid="reminder-settings">
      <h2 id="reminders-title">Deadline reminders</h2>
      <p className="hint">
        Once a day ACE Assist recomputes every saved portfolio as of today. Nothing leaves your computer.
      </p>

      <label className="check">
        <input
          type="checkbox"
          data-testid="badge-enabled"
          checked={settings.badgeEnabled}
          onChange={(e) => void save({ badgeEnabled: e.target.checked })}
        />
        Toolbar badge: number of entries with a last day within {BADGE_WINDOW_DAYS} days
      </label>

      <label className="check">
        <input
          type="checkbox"
          data-testid="notifications-enabled"
          checked={notificationsOn}
          onChange={(e) => onNotifications(e.target.checked)}
        />
        Notifications before each CAPE and protest last day
      </label>
      {settings.notificationsEnabled && granted === false ? (
        <p className="warning" data-testid="permission-missing">
          Reminders are on, but the browser's notification permission was taken away. Turn them off and on
          again to allow it.
        </p>
      ) : null}

      <fieldset>
        <legend>Remind me this many days before a last day</legend>
        <ul className="chips" data-testid="lead-times">
          {settings.leadTimes.map((days) => (
            <li key={days} data-lead={days}>
              {days === 0 ? 'on the day' : `${days} ${dayWord(days)}`}
              <button
                type="button"
                aria-label={`Remove the ${days}-day reminder`}
                data-testid={`remove-lead-${days}`}
                onClick={() => void save({ leadTimes: settings.leadTimes.filter((d) => d !== days) })}
              >
                ×
              </button>
            </li>
          ))}
          {settings.leadTimes.length === 0 ? (
            <li className="empty">No reminders before a last day.</li>
          ) : null}
        </ul>
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            void addLead();
          }}
        >
          <label htmlFor="lead-input">Add (0 to {MAX_LEAD_DAYS} days)</label>
          <input
            id="lead-input"
            data-testid="lead-time-input"
            type="number"
            min={0}
            max={MAX_LEAD_DAYS}
            step={1}
            inputMode="numeric"
            value={draftLead}
            onChange={(e) => setDraftLead(e.target.value)}
          />
          <button
            type="submit"
            data-testid="add-lead-time"
            disabled={settings.leadTimes.length >= MAX_LEAD_TIMES}
          >
            Add
          </button>
          <button
            type="button"
            data-testid="reset-lead-times"
            onClick={() => void save({ leadTimes: [...DEFAULT_LEAD_TIMES] })}
          >
            Back to {DEFAULT_LEAD_TIMES.join(', ')}
          </button>
        </form>
      </fieldset>

      <p
        role={message?.kind === 'error' ? 'alert' : 'status'}
        className={message?.kind === 'error' ? 'alert' : 'status'}
        data-testid="settings-status"
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}
