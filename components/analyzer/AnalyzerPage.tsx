// The analyzer page: files in (drop, picker, popup handoff or the sample), as-of date, progress with
// Cancel, then warnings, totals with what to do next, downloads, the deadline chart, the entries
// table with detail, and the monthly view. A file with an unknown layout opens the mapping screen.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { z } from 'zod';
import { SavePortfolio } from '@/components/portfolios/SavePortfolio';
import { plural } from '@/lib/analyzer-ui/format';
import { parseAnalyzerHash, takeHandoff } from '@/lib/analyzer-ui/handoff';
import { loadMappings, saveMapping } from '@/lib/analyzer-ui/mapping-store';
import type { Filter, Sort } from '@/lib/analyzer-ui/query';
import type { entrySchema } from '@/lib/analyzer-ui/worker-protocol';
import { isCalendarDate, todayIn } from '@/lib/deadlines/calendar-date';
import { STATUS_DISCLAIMER } from '@/lib/deadlines/status-text';
import { sendMessage } from '@/lib/messaging/client';
import { parseAnalyzerHash as parseReminderHash } from '@/lib/reminders/targets';
import type { ColumnMapping, ColumnMappings } from '@/lib/reports/columns';
import { DropZone } from './DropZone';
import { EntryDetail } from './EntryDetail';
import { Exports } from './Exports';
import { MappingScreen, type Preview } from './MappingScreen';
import { MonthlyView } from './MonthlyView';
import { Notices } from './Notices';
import { ProgressPanel } from './ProgressPanel';
import { ResultsTable } from './ResultsTable';
import { TimelineChart } from './TimelineChart';
import { Totals } from './Totals';
import { type Inputs, useAnalyzer } from './useAnalyzer';
import { useStages } from './useStages';

type Entry = z.infer<typeof entrySchema>;

/** Parts of a result, mounted one per frame (see `stage` below). */
const STAGES = 5;

export function AnalyzerPage() {
  const analyzer = useAnalyzer();
  const { run } = analyzer;
  const asOfId = useId();
  const [inputs, setInputs] = useState<Inputs | null>(null);
  const [asOf, setAsOf] = useState(() => todayIn());
  const [asOfText, setAsOfText] = useState(asOf);
  const mappingsRef = useRef<Promise<ColumnMappings>>(null);
  if (mappingsRef.current === null) mappingsRef.current = loadMappings().catch(() => ({}));
  const [pageMessage, setPageMessage] = useState<string | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [detail, setDetail] = useState<Entry | null>(null);
  const [mapping, setMapping] = useState<{ fileIndex: number; preview: Preview | null } | null>(null);
  const skipped = useRef(new Set<string>());
  const [currentView, setCurrentView] = useState<{ filter: Filter; sort: Sort } | null>(null);
  /** Shown when the page was opened from a reminder for a saved portfolio. */
  const [portfolio, setPortfolio] = useState<{ id: string; name: string; only: string[] } | null>(null);

  const start = useCallback(
    async (next: Inputs, date: string, mappings?: ColumnMappings) => {
      setInputs(next);
      setPortfolio(null);
      setSelected(null);
      setDetail(null);
      setMapping(null);
      setPageMessage(null);
      analyzer.analyze(next, date, mappings ?? (await (mappingsRef.current ?? Promise.resolve({}))));
    },
    [analyzer.analyze],
  );

  // Opened from the popup (#handoff=<id>) or its "Try with sample data" (#sample).
  // Once, on load: the hash is read a single time.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberate, see the line above.
  useEffect(() => {
    const reminder = parseReminderHash(location.hash);
    if (reminder) {
      // Opened from a deadline reminder: the saved portfolio, narrowed to the entries it named.
      history.replaceState(null, '', location.pathname);
      openPortfolio(reminder.portfolioId, reminder.entryNumbers);
      return;
    }
    const { handoff, sample } = parseAnalyzerHash(location.hash);
    if (handoff === null && !sample) return;
    // The hash is used once: a reload should not look for files that were already taken.
    history.replaceState(null, '', location.pathname);
    if (sample) {
      void start({ files: [], sample: true }, asOf);
      return;
    }
    if (handoff) {
      takeHandoff(handoff).then(
        (taken) => {
          if (taken.ok) void start({ files: taken.files, sample: taken.sample }, asOf);
          else setPageMessage(taken.message);
        },
        () => setPageMessage('The files from the popup could not be read. Drop them here again.'),
      );
    }
  }, []);

  const view = run.phase === 'done' ? run.view : null;
  // A result's sections mount top to bottom over a few frames (useStages says why): 1 = notices,
  // totals, downloads; 2 = the chart; 3 = the entries' filters and table; 4 = the table's rows (the
  // biggest part to lay out, most of the entries section); 5 = the monthly summary.
  const stage = useStages(view, STAGES);

  const openPortfolio = (id: string, only: string[]) => {
    setInputs(null);
    setSelected(null);
    setDetail(null);
    setPortfolio({ id, name: '', only });
    analyzer.loadPortfolio(id, only, asOf);
    sendMessage('portfolios/list', {}).then(
      (r) => {
        const name = r.portfolios.find((p) => p.id === id)?.name ?? '';
        setPortfolio((p) => (p && p.id === id ? { ...p, name } : p));
      },
      () => undefined,
    );
  };

  // A file whose layout is not recognised opens the mapping screen (once per layout unless mapped).
  // Only when a new result arrives.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberate, see the line above.
  useEffect(() => {
    if (!view) return;
    const index = view.files.findIndex(
      (f, i) =>
        f.report === null &&
        f.layout !== undefined &&
        f.signature !== null &&
        !skipped.current.has(f.signature) &&
        view.notices.some((n) => n.mappable && n.file === f.name) &&
        i >= 0,
    );
    if (index >= 0) openMapping(index);
  }, [view]);

  // Stable callbacks: the result's sections are memo()'d, so that a click on an entry or a new
  // filter (currentView) re-renders what changed, not the whole result with its chart and tables.
  const openMapping = useCallback(
    (fileIndex: number) => {
      setMapping({ fileIndex, preview: null });
      analyzer
        .preview(fileIndex)
        .then((p) => setMapping((m) => (m && m.fileIndex === fileIndex ? { fileIndex, preview: p } : m)));
    },
    [analyzer.preview],
  );

  const onSaveMapping = async (signature: string, m: ColumnMapping) => {
    const all = await saveMapping(signature, m).catch(() => null);
    if (all === null) {
      setPageMessage(
        'The mapping could not be saved in the browser storage; it is used for this analysis only.',
      );
    }
    const mappings = all ?? { ...(await (mappingsRef.current ?? Promise.resolve({}))), [signature]: m };
    mappingsRef.current = Promise.resolve(mappings);
    if (inputs) void start(inputs, asOf, mappings);
  };

  const select = useCallback(
    (index: number) => {
      setSelected(index);
      analyzer.detail(index).then(setDetail);
    },
    [analyzer.detail],
  );

  const onAsOf = (text: string) => {
    setAsOfText(text);
    if (!isCalendarDate(text)) return;
    setAsOf(text);
    if (inputs) void start(inputs, text);
    else if (portfolio) analyzer.loadPortfolio(portfolio.id, portfolio.only, text);
  };

  const mappingFile = mapping && view ? view.files[mapping.fileIndex] : undefined;

  return (
    <div className="aa-page">
      <header className="aa-header">
        <h1>ACE Assist: report analysis</h1>
        <p className="aa-muted">Everything is read and computed in this browser tab; nothing is uploaded.</p>
        {portfolio && (
          <p className="aa-notice" role="status" data-testid="portfolio-banner">
            Portfolio “{portfolio.name || '…'}”
            {portfolio.only.length > 0
              ? `: the ${plural(portfolio.only.length, 'entry', 'entries')} the reminder named. `
              : ': all entries. '}
            {portfolio.only.length > 0 && (
              <button type="button" className="aa-button" onClick={() => openPortfolio(portfolio.id, [])}>
                Show all entries of this portfolio
              </button>
            )}
          </p>
        )}
      </header>
      <main>
        <section className="aa-card" aria-labelledby="input-h">
          <h2 id="input-h">Reports</h2>
          <DropZone
            onFiles={(files) => void start({ files, sample: false }, asOf)}
            disabled={run.phase === 'running'}
          />
          <div className="aa-row">
            <div className="aa-field aa-field--inline">
              <label htmlFor={asOfId}>Status as of</label>
              <input
                id={asOfId}
                type="date"
                value={asOfText}
                onChange={(e) => onAsOf(e.currentTarget.value)}
                data-testid="as-of"
              />
            </div>
            <button
              type="button"
              className="aa-button"
              onClick={() => void start({ files: [], sample: true }, asOf)}
              disabled={run.phase === 'running'}
              data-testid="try-sample"
            >
              Try with sample data
            </button>
          </div>
          {inputs && (
            <p className="aa-muted" data-testid="inputs">
              {inputs.sample
                ? 'Synthetic sample data (made-up importers and entries).'
                : `Files: ${inputs.files.map((f) => f.name).join(', ')}`}
            </p>
          )}
          {pageMessage && (
            <p role="alert" className="aa-notice aa-notice--error" data-testid="page-message">
              {pageMessage}
            </p>
          )}
        </section>

        {run.phase === 'running' && <ProgressPanel progress={run.progress} onCancel={analyzer.cancel} />}
        {run.phase === 'cancelled' && (
          <p role="status" className="aa-card" data-testid="cancelled">
            Analysis cancelled. Drop the files again or choose others to start over.
          </p>
        )}
        {run.phase === 'failed' && (
          <p role="alert" className="aa-card aa-notice aa-notice--error" data-testid="failed">
            {run.message}
          </p>
        )}

        {view && mappingFile && mapping && (
          <MappingScreen
            key={`${mapping.fileIndex}-${mappingFile.signature}`}
            file={mappingFile}
            preview={mapping.preview}
            onSave={(signature, m) => void onSaveMapping(signature, m)}
            onSkip={() => {
              if (mappingFile.signature) skipped.current.add(mappingFile.signature);
              setMapping(null);
            }}
          />
        )}

        {view && !mapping && (
          // Busy until the last section is there: assistive technology (and tests) wait for the
          // whole result rather than read it while it is still being added.
          <div data-testid="analysis" data-as-of={view.asOf} aria-busy={stage < STAGES}>
            <Notices view={view} onMap={openMapping} />
            <Totals view={view} />
            <Exports exportFiles={analyzer.exportFiles} currentView={currentView} />
            <SavePortfolio save={analyzer.savePortfolio} />
            {stage >= 2 && <TimelineChart timeline={view.timeline} />}
            {stage >= 3 && (
              <ResultsTable
                view={view}
                query={analyzer.query}
                selected={selected}
                onSelect={select}
                onViewChange={setCurrentView}
                rowsLater={stage < 4}
              />
            )}
            {stage >= 3 && detail && selected !== null && (
              <EntryDetail
                key={selected}
                entry={detail}
                onClose={() => {
                  const number = detail.entryNumber;
                  setSelected(null);
                  setDetail(null);
                  // Back to where the keyboard user came from: the entry's button in the table.
                  requestAnimationFrame(() =>
                    document.querySelector<HTMLButtonElement>(`[data-entry="${number}"]`)?.focus(),
                  );
                }}
              />
            )}
            {stage >= 5 && <MonthlyView view={view} />}
            {stage >= 5 && <p className="aa-muted aa-small">{STATUS_DISCLAIMER}</p>}
          </div>
        )}
      </main>
    </div>
  );
}
