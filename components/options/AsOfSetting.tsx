// The default as-of date of analyses: today, or a fixed day (to reproduce what a list looked like
// then). Reminders and the badge always use today.
import { useState } from 'react';
import { todayIn } from '@/lib/deadlines/calendar-date';
import type { Settings } from '@/lib/settings/schema';
import { updateSettings } from '@/lib/settings/store';

export function AsOfSetting({ settings }: { settings: Settings }) {
  const [error, setError] = useState<string | null>(null);
  const fixedDate = settings.asOf.mode === 'fixed' ? settings.asOf.date : todayIn();
  const save = async (asOf: Settings['asOf']) => {
    const r = await updateSettings({ asOf });
    setError(r.ok ? null : r.error);
  };
  return (
    <section className="panel" aria-labelledby="asof-title" data-testid="asof-setting">
      <h2 id="asof-title">Statuses as of</h2>
      <p className="hint">
        The day analyses and calendar files compute statuses for. Reminders always use today.
      </p>
      <label className="check">
        <input
          type="radio"
          name="asof"
          data-testid="asof-today"
          checked={settings.asOf.mode === 'today'}
          onChange={() => void save({ mode: 'today' })}
        />
        Today
      </label>
      <label className="check">
        <input
          type="radio"
          name="asof"
          data-testid="asof-fixed"
          checked={settings.asOf.mode === 'fixed'}
          onChange={() => void save({ mode: 'fixed', date: fixedDate })}
        />
        A fixed date:
        <input
          type="date"
          aria-label="Fixed as-of date"
          data-testid="asof-date"
          value={fixedDate}
          disabled={settings.asOf.mode !== 'fixed'}
          onChange={(e) => void save({ mode: 'fixed', date: e.target.value })}
        />
      </label>
      {error ? (
        <p role="alert" className="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
