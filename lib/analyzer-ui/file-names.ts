// Names of the files the analyzer page downloads. One prefix and the analysis date, so a user's
// Downloads folder sorts them together and two analyses on different days do not overwrite each other.
import type { CalendarDate } from '../reports/model';

const PREFIX = 'ace-assist';

/** Stem for buildCapeDeclarations' baseName; it appends "-01-of-02" when it splits. */
export function capeBaseName(asOf: CalendarDate): string {
  return `${PREFIX}-cape-${asOf}`;
}

export function resultsFileName(asOf: CalendarDate, scope: 'all' | 'filtered' = 'all'): string {
  return `${PREFIX}-results-${asOf}${scope === 'filtered' ? '-filtered' : ''}.csv`;
}

export function icsFileName(asOf: CalendarDate): string {
  return `${PREFIX}-deadlines-${asOf}.ics`;
}

/**
 * The name every analyzer calendar gets. It is not part of the event UIDs (lib/reports/outputs/ics.ts
 * hashes the entries each event covers), so files of different analyses never replace each other's
 * events however they are named.
 */
export const CALENDAR_NAME = 'ACE Assist deadlines';
