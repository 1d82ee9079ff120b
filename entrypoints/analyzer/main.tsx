// Unlisted extension page analyzer.html: wiring only; the page is components/analyzer/AnalyzerPage.
import React from 'react';
import ReactDOM from 'react-dom/client';
import { AnalyzerPage } from '@/components/analyzer/AnalyzerPage';
import '@/components/analyzer/analyzer.css';

const root = document.getElementById('root');
if (root) {
  ReactDOM.createRoot(root).render(
    <React.StrictMode>
      <AnalyzerPage />
    </React.StrictMode>,
  );
}
