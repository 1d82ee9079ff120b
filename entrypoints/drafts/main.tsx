// Full-size drafts page ("open in a tab" and the printable summary): drafts.html?id=<id>[&view=print].
import '@/lib/messaging/protocol';
import React from 'react';
import ReactDOM from 'react-dom/client';
import { DraftsApp } from '@/components/drafts/DraftsApp';
import '@/components/drafts/drafts.css';

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? undefined;
const view = params.get('view') === 'print' ? 'print' : undefined;

const root = document.getElementById('root');
if (root) {
  ReactDOM.createRoot(root).render(
    <React.StrictMode>
      <main className="page" data-testid="drafts-page">
        <h1 className="no-print">ACE Assist: Form 5106 drafts</h1>
        <DraftsApp mode="tab" initialDraftId={id} view={view} />
      </main>
    </React.StrictMode>,
  );
}
