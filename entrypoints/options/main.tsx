// Options page (manifest options_ui, opened in a tab): wiring only; the page is components/options.
import '@/lib/messaging/protocol';
import React from 'react';
import ReactDOM from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/drafts/drafts.css';
import '@/components/options/options.css';

const root = document.getElementById('root');
if (root) {
  ReactDOM.createRoot(root).render(
    <React.StrictMode>
      <OptionsApp />
    </React.StrictMode>,
  );
}
