// Upcoming last days by week, as a plain SVG bar chart. Screen readers get the one-sentence summary
// (role=img + aria-label) and the numbers in a visually hidden table right after it.
import { memo, useId } from 'react';
import { formatUsd } from '@/lib/analyzer-ui/format';
import { type Timeline, timelineSummary } from '@/lib/analyzer-ui/timeline';

const W = 760;
const H = 220;
const PAD = { left: 36, right: 8, top: 12, bottom: 40 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A round upper bound for the y axis: 1, 2, 5, 10, 20, 50, ... */
function niceMax(n: number): number {
  if (n <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

export const TimelineChart = memo(function TimelineChart({ timeline }: { timeline: Timeline }) {
  const titleId = useId();
  const summary = timelineSummary(timeline);
  const weeks = timeline.weeks;
  const max = niceMax(Math.max(1, ...weeks.map((w) => Math.max(w.cape, w.protest))));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / weeks.length;
  const bar = Math.max(2, slot / 2 - 2);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  let lastMonth = '';
  return (
    <section className="aa-card" aria-labelledby={titleId} data-testid="timeline">
      <h2 id={titleId}>Upcoming last days (next 180 days, by week)</h2>
      <p className="aa-muted">{summary}</p>
      <div className="aa-legend" aria-hidden="true">
        <span className="aa-legend__item aa-legend__item--cape">CAPE last day</span>
        <span className="aa-legend__item aa-legend__item--protest">Protest last day</span>
      </div>
      <svg
        className="aa-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={summary}
        data-testid="timeline-chart"
        preserveAspectRatio="xMidYMid meet"
      >
        {[0, max / 2, max].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="aa-chart__grid" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="aa-chart__label">
              {Number.isInteger(v) ? v : ''}
            </text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const x = PAD.left + i * slot;
          const month = w.start.slice(0, 7);
          const newMonth = month !== lastMonth;
          lastMonth = month;
          return (
            <g key={w.start} data-week={w.start}>
              {w.cape > 0 && (
                <rect
                  className="aa-chart__cape"
                  x={x + 1}
                  y={y(w.cape)}
                  width={bar}
                  height={y(0) - y(w.cape)}
                >
                  <title>{`Week of ${w.start}: ${w.cape} CAPE last day(s), ${formatUsd(w.capeDutyCents)} IEEPA duty`}</title>
                </rect>
              )}
              {w.protest > 0 && (
                <rect
                  className="aa-chart__protest"
                  x={x + 1 + bar + 1}
                  y={y(w.protest)}
                  width={bar}
                  height={y(0) - y(w.protest)}
                >
                  <title>{`Week of ${w.start}: ${w.protest} protest last day(s), ${formatUsd(w.protestDutyCents)} IEEPA duty`}</title>
                </rect>
              )}
              {newMonth && (
                <text x={x + 1} y={H - PAD.bottom + 16} className="aa-chart__label">
                  {`${MONTHS[Number(w.start.slice(5, 7)) - 1]} ${w.start.slice(8, 10)}`}
                </text>
              )}
            </g>
          );
        })}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="aa-chart__axis" />
        <text x={PAD.left} y={H - 6} className="aa-chart__label">
          Weeks from {timeline.asOf} (each bar: entries whose last day falls in that week)
        </text>
      </svg>
      <table className="aa-visually-hidden" data-testid="timeline-data">
        <caption>Upcoming last days by week</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">CAPE last days</th>
            <th scope="col">Protest last days</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.start}>
              <th scope="row">
                {w.start} to {w.end}
              </th>
              <td>{w.cape}</td>
              <td>{w.protest}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
