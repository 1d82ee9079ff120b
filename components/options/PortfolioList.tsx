// Saved portfolios: open in the analyzer, download the calendar (.ics), delete. Portfolios are
// created from the analyzer ("Save as portfolio"); this list manages them.
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { downloadText } from '@/components/manual-entries/download';
import { todayIn } from '@/lib/deadlines/calendar-date';
import { portfolioCalendar } from '@/lib/portfolios/calendar';
import type { PortfolioMeta } from '@/lib/portfolios/schema';
import { analyzerPath } from '@/lib/reminders/targets';
import { effectiveAsOf, type Settings } from '@/lib/settings/schema';
import { portfolios, recompute } from './services';

export function PortfolioList({ settings, revision }: { settings: Settings; revision: number }) {
  const [list, setList] = useState<PortfolioMeta[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const r = await portfolios.list();
    if (r.ok) setList(r.value);
    else setError(r.error);
  }, []);

  useEffect(() => {
    void revision;
    void reload();
  }, [reload, revision]);

  const calendar = async (meta: PortfolioMeta) => {
    const got = await portfolios.get(meta.id);
    if (!got.ok) {
      setError(got.error);
      return;
    }
    const { fileName, text } = portfolioCalendar(got.value, effectiveAsOf(settings, todayIn()));
    downloadText(fileName, text, 'text/calendar;charset=utf-8');
  };

  const remove = async (id: string) => {
    const r = await portfolios.remove(id);
    setConfirming(null);
    if (!r.ok) setError(r.error);
    recompute();
    await reload();
  };

  return (
    <section className="panel" aria-labelledby="portfolios-title" data-testid="portfolio-list">
      <h2 id="portfolios-title">Portfolios</h2>
      <p className="hint">
        Save an analysis as a portfolio from the analyzer ("Save as portfolio"); newer downloads merge into it
        by entry number. The calendar file has one all-day event per last day; importing a newer one updates
        the same events.
      </p>
      {error ? (
        <p role="alert" className="alert">
          {error}
        </p>
      ) : null}
      {list === null ? <p>Loading…</p> : null}
      {list?.length === 0 ? <p data-testid="no-portfolios">No portfolios yet.</p> : null}
      <ul className="portfolios">
        {list?.map((p) => (
          <li key={p.id} data-testid="portfolio" data-portfolio-id={p.id}>
            <span className="name">{p.name}</span>
            <span className="meta">
              {p.entryCount} {p.entryCount === 1 ? 'entry' : 'entries'}, last import as of {p.lastImportAsOf}
            </span>
            <a
              href={browser.runtime.getURL(analyzerPath(p.id, []) as '/analyzer.html')}
              target="_blank"
              rel="noopener"
            >
              Open in the analyzer
            </a>
            <button type="button" data-testid="portfolio-ics" onClick={() => void calendar(p)}>
              Calendar (.ics)
            </button>
            {confirming === p.id ? (
              <span className="confirm">
                Delete “{p.name}” and its reminders?
                <button type="button" className="danger" onClick={() => void remove(p.id)}>
                  Delete
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep
                </button>
              </span>
            ) : (
              <button type="button" onClick={() => setConfirming(p.id)}>
                Delete…
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
