// Which refund path the answers point to, and how the plan names it. The first matching rule wins.
// The path follows DOMAIN §5.4 / §6.3: unliquidated or liquidated ≤ 80 days → CAPE declaration;
// 81–180 days → protest; later → finally liquidated, outside CAPE Phase 1 and disputed in court.
import type { Condition, PathId } from './condition';

export type PathRule = { when: Condition; path: PathId };

export const PATH_RULES: readonly PathRule[] = [
  { when: { imported: ['no'] }, path: 'none' },
  { when: { liquidation: ['cape-range'] }, path: 'cape' },
  { when: { liquidation: ['protest-range'] }, path: 'protest' },
  { when: { liquidation: ['past-protest'] }, path: 'counsel' },
  { when: { liquidation: ['mixed'] }, path: 'mixed' },
  { when: { liquidation: ['unknown'] }, path: 'undetermined' },
];

export type OutcomeRow = {
  path: PathId;
  /** The refund path, in a few words. */
  title: string;
  summary: string;
  /** Headline when nothing blocks the path / when some steps must come first. */
  ready: string;
  notReady: string;
};

export const OUTCOMES: Readonly<Record<PathId, OutcomeRow>> = {
  none: {
    path: 'none',
    title: 'No IEEPA refund to claim',
    summary:
      'IEEPA duties applied only to goods entered {ieepaFrom} to {ieepaTo}. If you did not import then, there is nothing to claim. If you later find 7501s from that period, take the check again.',
    ready: 'Nothing to do.',
    notReady: 'Nothing to do.',
  },
  cape: {
    path: 'cape',
    title: 'CAPE declaration',
    summary:
      'Unliquidated entries and entries liquidated {capeDays} days ago or less go in a CAPE declaration, filed in the ACE portal. The refund comes by ACH, with interest.',
    ready: 'You look ready to file a CAPE declaration.',
    notReady: 'A CAPE declaration is your path, once the steps marked "needed first" are done.',
  },
  protest: {
    path: 'protest',
    title: 'Protest',
    summary:
      'Entries liquidated more than {capeDays} days ago are outside CAPE Phase 1; a protest (CBP Form 19, or the ACE Protest module) can be filed until day {protestDays} after liquidation.',
    ready: 'You look ready to file protests: mind each entry’s last day.',
    notReady:
      'A protest is your path, once the steps marked "needed first" are done: mind each entry’s last day.',
  },
  counsel: {
    path: 'counsel',
    title: 'Likely past the window: talk to counsel',
    summary:
      'Entries liquidated more than {protestDays} days ago look finally liquidated. They were outside CAPE Phase 1, and refunds for them were disputed in court in June 2026: a customs attorney can say whether a court route is open.',
    ready: 'Talk to a customs attorney before anything else.',
    notReady: 'Talk to a customs attorney; the steps below keep your other options open.',
  },
  mixed: {
    path: 'mixed',
    title: 'CAPE declaration, protests, and counsel for the oldest',
    summary:
      'Each entry takes its own path by its liquidation date: CAPE up to day {capeDays}, a protest up to day {protestDays}, counsel after that. Work out each entry’s status first.',
    ready: 'You look ready: sort your entries by status, then file CAPE declarations and protests.',
    notReady: 'Your entries take different paths, once the steps marked "needed first" are done.',
  },
  undetermined: {
    path: 'undetermined',
    title: 'Path depends on liquidation dates',
    summary:
      'Without liquidation dates no path can be chosen: unliquidated or liquidated ≤ {capeDays} days → CAPE declaration; up to {protestDays} days → protest; later → counsel. Get the dates first.',
    ready: 'Get your liquidation dates first; the rest is in place.',
    notReady: 'Get your liquidation dates, and do the steps marked "needed first".',
  },
};
