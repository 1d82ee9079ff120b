// Short words for each engine status, one source of wording for the CLI, the analyzer and the
// manual entries.
import type { EntryStatus } from './model';

export const STATUS_LABELS: Readonly<Record<EntryStatus, string>> = {
  'cape-window': 'CAPE window open',
  unliquidated: 'Unliquidated (CAPE)',
  'protest-window': 'Protest window open',
  protested: 'Protest open',
  'cape-excluded': 'Excluded from CAPE',
  final: 'Final (windows closed)',
  'no-ieepa': 'No IEEPA duty',
};
