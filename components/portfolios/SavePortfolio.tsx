// "Keep watching these deadlines": save an analysis (or manual entries) as a named portfolio, or
// merge into one saved earlier (newer data wins), and show what changed. Reminders and the badge
// then follow it. Used by the analyzer page and the manual entries.
import { useCallback, useEffect, useId, useState } from 'react';
import { sendMessage } from '@/lib/messaging/client';
import '@/components/analyzer/analyzer.css';

type Saved = { ok: boolean; portfolioName: string | null; messages: string[] };
type Props = {
  save(target: { name: string } | { portfolioId: string }): Promise<Saved>;
  /** What is being saved, for the explanation ("the entries", "your manual entries"). */
  what?: string;
};

export function SavePortfolio({ save, what = 'the entries' }: Props) {
  const nameId = useId();
  const pickId = useId();
  const [portfolios, setPortfolios] = useState<{ id: string; name: string }[]>([]);
  const [target, setTarget] = useState('new');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Saved | null>(null);

  const refresh = useCallback(
    () =>
      sendMessage('portfolios/list', {}).then(
        (r) => setPortfolios(r.portfolios.map((p) => ({ id: p.id, name: p.name }))),
        () => setPortfolios([]),
      ),
    [],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const saved = await save(target === 'new' ? { name: name.trim() } : { portfolioId: target });
      setResult(saved);
      if (saved.ok) void refresh();
    } catch (error) {
      setResult({
        ok: false,
        portfolioName: null,
        messages: [error instanceof Error ? error.message : String(error)],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="aa-card" aria-labelledby="save-portfolio-h" data-testid="save-portfolio">
      <h2 id="save-portfolio-h">Keep watching these deadlines</h2>
      <p className="aa-muted">
        Save {what} as a portfolio (per importer or client). ACE Assist then shows the count of last days
        within 14 days on its toolbar icon and, if you turn them on in the options, reminds you before each
        one. Importing newer downloads into the same portfolio merges them by entry number.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} className="aa-row">
        <label htmlFor={pickId}>Save into</label>
        <select
          id={pickId}
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          data-testid="portfolio-target"
        >
          <option value="new">a new portfolio</option>
          {portfolios.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {target === 'new' && (
          <>
            <label htmlFor={nameId}>Name</label>
            <input
              id={nameId}
              value={name}
              required
              maxLength={80}
              placeholder="e.g. Acme Imports"
              onChange={(e) => setName(e.currentTarget.value)}
              data-testid="portfolio-name"
            />
          </>
        )}
        <button
          type="submit"
          className="aa-button aa-button--primary"
          disabled={busy}
          data-testid="save-portfolio-button"
        >
          {target === 'new' ? 'Save portfolio' : 'Merge into portfolio'}
        </button>
      </form>
      <div
        role="status"
        data-testid="save-portfolio-status"
        data-state={result ? (result.ok ? 'ok' : 'error') : 'idle'}
      >
        {result?.ok && <p>Saved to “{result.portfolioName}”.</p>}
        {result && (
          <ul>
            {result.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
