// bench:page's second fixture: the same importer form, rendered the way single-page apps render
// (React 19, production build, controlled inputs), with the same stream of mutations done as state
// updates. scripts/bench/page.ts bundles it into the page. Nothing here is made slow on purpose: its
// scripting is what a framework costs, to compare ours with.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    __FIELDS: number;
    __LABELS: string[];
    __streamStart?: boolean;
    __streamDone?: boolean;
  }
}

function Field({ id, label }: { id: string; label: string }) {
  const [value, setValue] = useState('');
  return (
    <div className="row">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={id} value={value} onChange={(e) => setValue(e.target.value)} />
    </div>
  );
}

type StreamRow = { n: number };

function Stream() {
  const [rows, setRows] = useState<StreamRow[]>([]);
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    // Like the static fixture: 1.5 s after load, a row with two fields every 10 ms, 50 kept.
    const start = () =>
      setTimeout(() => {
        window.__streamStart = true;
        let n = 0;
        timer = setInterval(() => {
          const row = { n };
          setRows((old) => [...old, row].slice(-50));
          if (++n >= 200) {
            clearInterval(timer);
            // After React has committed the last row.
            setTimeout(() => {
              window.__streamDone = true;
            }, 0);
          }
        }, 10);
      }, 1500);
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
    return () => clearInterval(timer);
  }, []);
  return (
    <div id="stream">
      {rows.map(({ n }) => (
        <div key={n}>
          <label htmlFor={`s${n}`}>ZIP Code</label>
          <input id={`s${n}`} defaultValue="" />
          <span>status {n}</span>
          <label>
            Email <input name={`e${n}`} defaultValue="" />
          </label>
        </div>
      ))}
    </div>
  );
}

/** Field ids and labels, made once: the form never changes, only its stream does. */
const FIELDS = Array.from({ length: window.__FIELDS }, (_, i) => ({
  id: `f${i}`,
  label: `${window.__LABELS[i % window.__LABELS.length]} ${i}`,
}));

function App() {
  return (
    <>
      <h1>ACE Portal Account Application</h1>
      <form id="big">
        {FIELDS.map(({ id, label }) => (
          <Field key={id} id={id} label={label} />
        ))}
      </form>
      <Stream />
    </>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
