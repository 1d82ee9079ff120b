// Status names as the UI shows them: the CLI's labels, one source of wording.
export { STATUS_LABELS } from '@/lib/reports/cli-format';
