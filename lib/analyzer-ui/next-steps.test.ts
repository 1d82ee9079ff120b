import { describe, expect, it } from 'vitest';
import { ENTRY_STATUSES } from '../reports/model';
import { nextStep } from './next-steps';

describe('what to do next', () => {
  it.each(ENTRY_STATUSES)('has a short step for %s', (status) => {
    const step = nextStep(status, '2026-06-01', '2026-06-19');
    expect(step.title.length).toBeGreaterThan(3);
    expect(step.text.length).toBeGreaterThan(10);
  });

  it('names the date where there is one', () => {
    expect(nextStep('cape-window', '2026-06-01', '2026-06-19').text).toContain('2026-06-19');
    expect(nextStep('protest-window', '2026-06-01', '2026-09-30').text).toContain('2026-09-30');
    expect(nextStep('unliquidated', '2026-06-01', null).text).toContain('2026-06-01');
  });
});
