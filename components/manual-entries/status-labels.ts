// Short words for each engine status, for the entry cards. The same words as the CLI's summary
// (lib/reports/cli-format.ts STATUS_LABELS); kept here so this UI does not pull in the CLI module.
import type { EntryStatus } from '@/lib/reports/model';

export const STATUS_LABELS: Readonly<Record<EntryStatus, string>> = {
  'cape-window': 'CAPE window open',
  unliquidated: 'Unliquidated (CAPE)',
  'protest-window': 'Protest window open',
  protested: 'Protest open',
  'cape-excluded': 'Excluded from CAPE',
  final: 'Final (windows closed)',
  'no-ieepa': 'No IEEPA duty',
};
