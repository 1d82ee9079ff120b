// "Try with sample data": a small synthetic ES-003 + ES-701 pair, built in code so Node (CLI, tests)
// and the browser bundle share it. Dates are placed relative to the as-of day, so every entry status
// appears whatever day it is; with SAMPLE_AS_OF the output is fixed (tests pin it).
//
// No real importer or entry: filer code SMP, importer numbers of the 12-3456789 form, made-up names.
import { addDays, type CalendarDate, dayOfWeek } from '../../deadlines/calendar-date';
import { entryCheckDigit } from '../../validation/entry-number';
import { formatDollars } from '../normalize';
import type { ByteSource } from '../read/types';
import { textSource } from '../text-source';

export const SAMPLE_AS_OF: CalendarDate = '2026-06-01';
export const SAMPLE_ES003_NAME = 'sample-ES-003-entry-summary-line-tariff-details.csv';
export const SAMPLE_ES701_NAME = 'sample-ES-701-courtesy-notice-of-liquidation.csv';

type Line = { hts: string; value: number; duty: number };
type SampleEntry = {
  seq: number;
  /** What the entry demonstrates (not in the files; for tests and readers). */
  shows: string;
  importer: 0 | 1;
  entryType: string;
  entryDaysBefore: number;
  /** Liquidation on the Friday on or before asOf - n days; null = unliquidated. */
  liquidatedDaysBefore: number | null;
  lines: Line[];
  inEs701?: boolean;
  /** ES-003's optional Liquidation Date column says something else than ES-701 (days earlier). */
  es003LiquidationOffset?: number;
  protest?: { number: string; status: string };
  reconciliation?: boolean;
  badCheckDigit?: boolean;
};

const IMPORTERS = [
  { number: '12-3456789', name: 'Harbor Lane Imports, Inc.' },
  { number: '98-7654321', name: 'Northwind Trading Co., Ltd.' },
] as const;

const CHINA_FENTANYL = '9903.01.24';
const RECIPROCAL = '9903.01.25';
const RECIPROCAL_2 = '9903.02.19';
const SECTION_301 = '9903.88.15';
const SECTION_232 = '9903.81.91';
const SECTION_122 = '9903.03.01';

const ENTRIES: readonly SampleEntry[] = [
  {
    seq: 1,
    shows: 'cape-window',
    importer: 0,
    entryType: '01',
    entryDaysBefore: 330,
    liquidatedDaysBefore: 20,
    inEs701: true,
    lines: [
      { hts: '8471.30.0100', value: 48_250_00, duty: 0 },
      { hts: RECIPROCAL, value: 0, duty: 4_825_00 },
      { hts: CHINA_FENTANYL, value: 0, duty: 9_650_00 },
      { hts: SECTION_301, value: 0, duty: 12_062_50 },
    ],
  },
  {
    seq: 2,
    shows: 'protest-window',
    importer: 0,
    entryType: '01',
    entryDaysBefore: 430,
    liquidatedDaysBefore: 120,
    inEs701: true,
    lines: [
      { hts: '9403.20.0050', value: 12_400_00, duty: 0 },
      { hts: RECIPROCAL, value: 0, duty: 1_240_00 },
    ],
  },
  {
    seq: 3,
    shows: 'final',
    importer: 1,
    entryType: '01',
    entryDaysBefore: 480,
    liquidatedDaysBefore: 200,
    inEs701: true,
    lines: [
      { hts: '6204.62.4011', value: 7_310_55, duty: 1_213_55 },
      { hts: RECIPROCAL, value: 0, duty: 731_06 },
    ],
  },
  {
    seq: 4,
    shows: 'unliquidated',
    importer: 1,
    entryType: '01',
    entryDaysBefore: 150,
    liquidatedDaysBefore: null,
    lines: [
      { hts: '8516.60.4070', value: 22_000_00, duty: 0 },
      { hts: RECIPROCAL_2, value: 0, duty: 3_300_00 },
      { hts: SECTION_122, value: 0, duty: 2_200_00 },
    ],
  },
  {
    seq: 5,
    shows: 'protested',
    importer: 0,
    entryType: '01',
    entryDaysBefore: 400,
    liquidatedDaysBefore: 100,
    inEs701: true,
    protest: { number: '270426100123', status: 'Open' },
    lines: [
      { hts: '8708.99.8180', value: 5_000_00, duty: 125_00 },
      { hts: RECIPROCAL, value: 0, duty: 500_00 },
      { hts: SECTION_232, value: 0, duty: 1_250_00 },
    ],
  },
  {
    seq: 6,
    shows: 'cape-excluded',
    importer: 1,
    entryType: '01',
    entryDaysBefore: 200,
    liquidatedDaysBefore: null,
    reconciliation: true,
    lines: [
      { hts: '3926.90.9985', value: 3_150_00, duty: 166_95 },
      { hts: RECIPROCAL, value: 0, duty: 315_00 },
    ],
  },
  {
    seq: 7,
    shows: 'no-ieepa',
    importer: 0,
    entryType: '01',
    entryDaysBefore: 380,
    liquidatedDaysBefore: 60,
    inEs701: true,
    lines: [
      { hts: '7318.15.2095', value: 9_800_00, duty: 833_00 },
      { hts: SECTION_232, value: 0, duty: 2_450_00 },
      { hts: '9903.01.33', value: 0, duty: 0 },
    ],
  },
  {
    seq: 8,
    shows: 'bad-check-digit + ES-003/ES-701 liquidation conflict (cape-window)',
    importer: 1,
    entryType: '01',
    entryDaysBefore: 340,
    liquidatedDaysBefore: 30,
    inEs701: true,
    es003LiquidationOffset: 7,
    badCheckDigit: true,
    lines: [
      { hts: '9506.91.0030', value: 1_999_99, duty: 92_00 },
      { hts: RECIPROCAL, value: 0, duty: 200_00 },
    ],
  },
];

function onOrBeforeFriday(date: CalendarDate): CalendarDate {
  return addDays(date, -((dayOfWeek(date) - 5 + 7) % 7));
}

function us(date: CalendarDate): string {
  return `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;
}

/** `"$1,234.56"`: quoted, as the thousands comma needs in a CSV. */
function money(cents: number): string {
  return `"${formatDollars(cents)}"`;
}

function entryNumber(e: SampleEntry): string {
  const base = `SMP${String(4_100_000 + e.seq).padStart(7, '0')}`;
  const check = entryCheckDigit(base) ?? 0;
  return base + String(e.badCheckDigit ? (check + 1) % 10 : check);
}

function quote(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type SampleFile = { name: string; text: string };

/** The sample ES-003 and ES-701 CSV texts for `asOf`. */
export function sampleFiles(asOf: CalendarDate = SAMPLE_AS_OF): SampleFile[] {
  const es003 = [
    'Entry Summary Line Tariff Details',
    'FOR OFFICIAL USE ONLY - synthetic sample data',
    [
      'Entry Summary Number',
      'Entry Summary Line Number',
      'Entry Type Code',
      'Importer Number',
      'Importer Name',
      'Port of Entry Code',
      'Entry Date',
      'Tariff Ordinal Number',
      'HTS Number - Full',
      'Line Tariff Goods Value Amount',
      'Line Tariff Duty Amount',
      'Liquidation Date',
      'Liquidation Status',
      'Protest Number',
      'Protest Status',
      'Reconciliation Indicator',
    ].join(','),
  ];
  const es701 = [
    [
      'Entry Summary Number',
      'Importer Number',
      'Entry Type Code',
      'Entry Date',
      'Liquidation Date',
      'Liquidation Status',
    ].join(','),
  ];
  for (const e of ENTRIES) {
    const number = entryNumber(e);
    const importer = IMPORTERS[e.importer];
    const entryDate = addDays(asOf, -e.entryDaysBefore);
    const liquidation =
      e.liquidatedDaysBefore === null ? null : onOrBeforeFriday(addDays(asOf, -e.liquidatedDaysBefore));
    const es003Liquidation =
      liquidation !== null && e.es003LiquidationOffset !== undefined
        ? addDays(liquidation, -e.es003LiquidationOffset)
        : null;
    e.lines.forEach((line, i) => {
      es003.push(
        [
          number,
          '001',
          e.entryType,
          importer.number,
          quote(importer.name),
          '2704',
          us(entryDate),
          String(i + 1),
          line.hts,
          money(line.value),
          line.duty === 0 && line.hts.startsWith('9903') ? 'FREE' : money(line.duty),
          es003Liquidation ? us(es003Liquidation) : '',
          es003Liquidation ? 'Liquidated' : '',
          e.protest?.number ?? '',
          e.protest?.status ?? '',
          e.reconciliation ? 'Y' : 'N',
        ].join(','),
      );
    });
    if (e.inEs701 && liquidation !== null) {
      es701.push(
        [number, importer.number, e.entryType, us(entryDate), us(liquidation), 'Liquidated'].join(','),
      );
    }
  }
  return [
    { name: SAMPLE_ES003_NAME, text: `${es003.join('\r\n')}\r\n` },
    { name: SAMPLE_ES701_NAME, text: `${es701.join('\n')}\n` },
  ];
}

export function sampleSources(asOf: CalendarDate = SAMPLE_AS_OF): ByteSource[] {
  return sampleFiles(asOf).map((f) => textSource(f.name, f.text));
}

/** What each sample entry demonstrates, keyed by entry number (tests and the UI's tour). */
export function sampleExpectations(): Record<string, string> {
  return Object.fromEntries(ENTRIES.map((e) => [entryNumber(e), e.shows]));
}
