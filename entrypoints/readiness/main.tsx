// Unlisted page readiness.html: the popup's "start without downloads" components at full size
// (the readiness check and manual entries). Wiring only.
import React from 'react';
import ReactDOM from 'react-dom/client';
import { ManualEntries } from '@/components/manual-entries/ManualEntries';
import { ReadinessCheck } from '@/components/readiness/ReadinessCheck';
import './style.css';

function ReadinessPage() {
  return (
    <main className="readiness-page">
      <h1>Get started without downloads</h1>
      <p>
        For importers with paper 7501s and no ACE reports yet: a one-minute readiness check, then your entries
        by hand. Everything stays on this computer.
      </p>
      <section aria-labelledby="check-title">
        <h2 id="check-title">Readiness check</h2>
        <ReadinessCheck />
      </section>
      <section aria-labelledby="manual-title" id="manual-entries">
        <h2 id="manual-title">Manual entries</h2>
        <ManualEntries />
      </section>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  ReactDOM.createRoot(root).render(
    <React.StrictMode>
      <ReadinessPage />
    </React.StrictMode>,
  );
}
