// The popup: four sections behind a tab bar. The hash selects one (popup.html#check), so links from
// the readiness plan and the options page can open the right section.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PopupAnalyzer } from '@/components/analyzer/PopupAnalyzer';
import '@/components/analyzer/analyzer.css';
import { DraftsApp } from '@/components/drafts/DraftsApp';
import { ManualEntries } from '@/components/manual-entries/ManualEntries';
import { ReadinessCheck } from '@/components/readiness/ReadinessCheck';
import { sendMessage } from '@/lib/messaging/client';
import { POPUP_SECTIONS, type PopupSection, sectionFromHash } from './sections';

const LABELS: Record<PopupSection, string> = {
  drafts: 'Form 5106 drafts',
  analyze: 'Analyze reports',
  check: 'Refund check',
  entries: 'Manual entries',
};

export function App() {
  const [version, setVersion] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [section, setSection] = useState<PopupSection>(() => sectionFromHash(location.hash));
  useEffect(() => {
    sendMessage('ping', {}).then(
      (r) => setVersion(r.version),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
    const onHash = () => setSection(sectionFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const choose = (s: PopupSection) => {
    setSection(s);
    history.replaceState(null, '', `#${s}`);
  };
  // Plan links point at extension pages: open them in a tab, the popup would close anyway.
  const openLink = (href: string) => {
    if (href.startsWith('popup.html#')) {
      choose(sectionFromHash(href.slice('popup.html'.length)));
      return;
    }
    void browser.tabs.create({ url: browser.runtime.getURL(`/${href.replace(/^\//, '')}` as '/popup.html') });
  };

  return (
    <main className="popup" data-testid="popup">
      <header className="popup-head">
        <h1>ACE Assist</h1>
        <p data-testid="bg-version" data-state={version ? 'ok' : error ? 'error' : 'pending'}>
          {version ? `Version ${version}` : error ? `Background not reachable: ${error}` : 'Starting…'}
        </p>
      </header>
      <nav className="popup-tabs" aria-label="Sections">
        {POPUP_SECTIONS.map((s) => (
          <button
            key={s}
            type="button"
            data-section-tab={s}
            aria-current={section === s ? 'page' : undefined}
            onClick={() => choose(s)}
          >
            {LABELS[s]}
          </button>
        ))}
      </nav>
      {section === 'drafts' && <DraftsApp mode="popup" />}
      {section === 'analyze' && <PopupAnalyzer />}
      {section === 'check' && <ReadinessCheck onOpenLink={openLink} />}
      {section === 'entries' && <ManualEntries />}
    </main>
  );
}
