// What `npm run analyze` prints: the --json shape (a stable contract, see `cliJsonSchema`) and the
// readable summary. DOM- and Node-free so the same text can be shown elsewhere.
import { z } from 'zod';
import type { AnalysisResult } from './analyze';
import { ENTRY_STATUSES, type EntryStatus } from './model';
import { formatDollars } from './normalize';
import { REPORT_IDS } from './report-types';
import { STATUS_LABELS } from './status-labels';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const cliJsonSchema = z
  .object({
    asOf: date,
    files: z.array(
      z
        .object({
          name: z.string(),
          report: z.enum(REPORT_IDS).nullable(),
          rows: z.number().int().nonnegative(),
          skipped: z.number().int().nonnegative(),
          warnings: z.array(z.string()),
          /** Only present when the file could not be used (or stopped part way). */
          error: z.string().optional(),
        })
        .strict(),
    ),
    entries: z.array(
      z
        .object({
          entryNumber: z.string(),
          entryDate: date.nullable(),
          liquidationDate: date.nullable(),
          status: z.enum(ENTRY_STATUSES),
          ieepaDutyCents: z.number().int(),
          otherDutyCents: z.number().int(),
          capeLastDay: date.nullable(),
          protestLastDay: date.nullable(),
          projectedLiquidation: date.nullable(),
          flags: z.array(z.string()),
        })
        .strict(),
    ),
    totals: z.object({
      files: z.number().int(),
      filesFailed: z.number().int(),
      entries: z.number().int(),
      lines: z.number().int(),
      rowsSkipped: z.number().int(),
      ieepaDutyCents: z.number().int(),
      otherDutyCents: z.number().int(),
      section122DutyCents: z.number().int(),
      section301DutyCents: z.number().int(),
      section232DutyCents: z.number().int(),
      badCheckDigit: z.number().int(),
      byStatus: z.record(
        z.enum(ENTRY_STATUSES),
        z.object({ entries: z.number().int(), ieepaDutyCents: z.number().int() }),
      ),
    }),
  })
  .strict();
export type CliJson = z.infer<typeof cliJsonSchema>;

export function toCliJson(result: AnalysisResult): CliJson {
  return {
    asOf: result.asOf,
    files: result.files.map((f) => ({
      name: f.name,
      report: f.report,
      rows: f.rows,
      skipped: f.skipped,
      warnings: f.warnings,
      ...(f.error !== undefined ? { error: f.error } : {}),
    })),
    entries: Array.from(result.entries, (e) => ({
      entryNumber: e.entryNumber,
      entryDate: e.entryDate,
      liquidationDate: e.liquidationDate,
      status: e.status,
      ieepaDutyCents: e.ieepaDutyCents,
      otherDutyCents: e.otherDutyCents,
      capeLastDay: e.capeLastDay,
      protestLastDay: e.protestLastDay,
      projectedLiquidation: e.projectedLiquidation,
      flags: e.flags,
    })),
    totals: result.totals,
  };
}

export { STATUS_LABELS };

/** Display order: what needs action first. */
const STATUS_ORDER: readonly EntryStatus[] = [
  'cape-window',
  'unliquidated',
  'protest-window',
  'protested',
  'cape-excluded',
  'final',
  'no-ieepa',
];

function table(rows: string[][], rightAligned: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

export type SummaryOptions = { maxEntries?: number };

export function formatSummary(result: AnalysisResult, options: SummaryOptions = {}): string {
  const maxEntries = options.maxEntries ?? 40;
  const out: string[] = [];
  const t = result.totals;
  out.push(`ACE Assist report analysis as of ${result.asOf} (rules ${result.rulesId})`, '', 'Files');
  for (const f of result.files) {
    const what = f.reportLabel ?? 'not recognised';
    out.push(`  ${f.name}: ${what}; ${f.rows} rows, ${f.skipped} skipped, ${f.entries} entries`);
    if (f.error !== undefined) out.push(`    ERROR: ${f.error}`);
    for (const w of f.warnings) out.push(`    warning: ${w}`);
  }
  out.push(
    '',
    `Entries: ${t.entries} (${t.lines} tariff lines)${t.badCheckDigit > 0 ? `; ${t.badCheckDigit} with a bad check digit` : ''}`,
    `IEEPA duty: ${formatDollars(t.ieepaDutyCents)}   Other duty: ${formatDollars(t.otherDutyCents)} ` +
      `(Section 122 ${formatDollars(t.section122DutyCents)}, 301 ${formatDollars(t.section301DutyCents)}, ` +
      `232 ${formatDollars(t.section232DutyCents)}, rest ${formatDollars(
        t.otherDutyCents - t.section122DutyCents - t.section301DutyCents - t.section232DutyCents,
      )})`,
    '',
  );
  out.push(
    ...table(
      [
        ['Status', 'Entries', 'IEEPA duty'],
        ...STATUS_ORDER.map((s) => [
          STATUS_LABELS[s],
          String(t.byStatus[s].entries),
          formatDollars(t.byStatus[s].ieepaDutyCents),
        ]),
      ],
      new Set([1, 2]),
    ),
  );
  if (result.entries.length > 0) {
    out.push('');
    const shown = Array.from({ length: Math.min(maxEntries, result.entries.length) }, (_, i) =>
      result.entries.at(i),
    ).filter((e) => e !== undefined);
    out.push(
      ...table(
        [
          [
            'Entry',
            'Entry date',
            'Liquidated',
            'Status',
            'IEEPA duty',
            'CAPE last day',
            'Protest last day',
            'Flags',
          ],
          ...shown.map((e) => [
            e.entryNumber,
            e.entryDate ?? '-',
            e.liquidationDate ?? '-',
            STATUS_LABELS[e.status],
            formatDollars(e.ieepaDutyCents),
            e.capeLastDay ?? '-',
            e.protestLastDay ?? '-',
            e.flags.join(' '),
          ]),
        ],
        new Set([4]),
      ),
    );
    if (result.entries.length > shown.length) {
      out.push(`  ... and ${result.entries.length - shown.length} more entries (use --json for all).`);
    }
  }
  if (result.monthly.length > 0) {
    out.push('', 'Importer summary by month of entry date (derived; not an ACE report)');
    out.push(
      ...table(
        [
          ['Importer', 'Month', 'Entries', 'Total duty', 'IEEPA duty'],
          ...result.monthly.map((m) => [
            m.importerNumber ?? '(none)',
            m.month ?? '(no date)',
            String(m.entries),
            formatDollars(m.totalDutyCents),
            formatDollars(m.ieepaDutyCents),
          ]),
        ],
        new Set([2, 3, 4]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
