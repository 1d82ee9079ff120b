// The options page: reminders, the default as-of date, portfolios, the draft lock, and data.
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { AsOfSetting } from './AsOfSetting';
import { DataManagement } from './DataManagement';
import { DraftLockSection } from './DraftLockSection';
import { PortfolioList } from './PortfolioList';
import { ReminderSettings } from './ReminderSettings';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [damaged, setDamaged] = useState(false);
  // Bumped after an import or a delete-all, so the lists read storage again.
  const [revision, setRevision] = useState(0);

  const reload = useCallback(async () => {
    const loaded = await loadSettings();
    setSettings(loaded.settings);
    setDamaged(loaded.damaged);
  }, []);

  useEffect(() => {
    void reload();
    return watchSettings((s) => {
      setSettings(s);
      setDamaged(false);
    });
  }, [reload]);

  if (!settings) return <p>Loading…</p>;
  return (
    <main className="options" data-testid="options-page" data-ready="true">
      <h1>ACE Assist options</h1>
      {damaged ? (
        <p role="alert" className="alert">
          The saved settings could not be read, so the defaults are shown. Changing any setting saves them
          again.
        </p>
      ) : null}
      <ReminderSettings settings={settings} />
      <AsOfSetting settings={settings} />
      <PortfolioList settings={settings} revision={revision} />
      <section className="panel" aria-labelledby="lock-section-title">
        <h2 id="lock-section-title">Form 5106 draft lock</h2>
        <DraftLockSection revision={revision} />
      </section>
      <DataManagement
        onChanged={() => {
          setRevision((r) => r + 1);
          void reload();
        }}
      />
    </main>
  );
}
