// "What to do next" per status: short, dated, hedged. The rules behind them are in
// /lib/deadlines (status.ts, status-text.ts); this only turns a status into an action.
import type { CalendarDate, EntryStatus } from '../reports/model';

export type NextStep = { title: string; text: string };

export const NEXT_STEPS_DISCLAIMER =
  'Suggestions from the published CAPE and protest rules as of the analysis date; check each entry in ' +
  'ACE and with your broker or counsel. Not legal advice.';

/**
 * `nearest` is the earliest relevant last day among the entries with that status (CAPE last day
 * for cape-window, protest last day for protest-window), so the text can name a date.
 */
export function nextStep(status: EntryStatus, asOf: CalendarDate, nearest: CalendarDate | null): NextStep {
  const by = nearest ? ` The first of these last days is ${nearest}.` : '';
  switch (status) {
    case 'cape-window':
      return {
        title: 'Declare in CAPE now',
        text:
          'Upload the CAPE declaration file (ACE Portal > CAPE tab > File Uploads) before each entry’s CAPE last day. ' +
          `After that day, a protest is the remaining route.${by}`,
      };
    case 'unliquidated':
      return {
        title: 'Declare in CAPE',
        text:
          `Not liquidated as of ${asOf}: CAPE Phase 1 accepts these entries now. Upload the CAPE declaration file ` +
          '(ACE Portal > CAPE tab > File Uploads); the refund comes with liquidation.',
      };
    case 'protest-window':
      return {
        title: 'Protest by the last day',
        text:
          'The CAPE window has closed. File a protest through the ACE Protest module (or through your broker) ' +
          `no later than each entry’s protest last day; do not count on a weekend or holiday extension.${by}`,
      };
    case 'protested':
      return {
        title: 'Follow the open protest',
        text: 'CAPE Phase 1 excludes entries with an open protest: the protest is the route. Track it in ACE.',
      };
    case 'cape-excluded':
      return {
        title: 'Ask about another route',
        text: 'Excluded from CAPE Phase 1 (entry type, reconciliation or drawback). Ask your broker or counsel whether a protest or a later CAPE phase applies.',
      };
    case 'final':
      return {
        title: 'No open window',
        text: `As of ${asOf} the protest window has closed. Refunds for finally liquidated entries are not in CAPE Phase 1; watch for CBP guidance.`,
      };
    case 'no-ieepa':
      return { title: 'Nothing to claim', text: 'No IEEPA duty was found on these entries.' };
  }
}
