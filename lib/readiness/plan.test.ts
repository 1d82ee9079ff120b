import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { buildPlan, PLAN_DISCLAIMER, refundPath } from './plan';

const ASOF = '2026-11-25';

/** Everything in place; the user's entries are unliquidated or recently liquidated. */
const CAPE_READY: Answers = {
  imported: 'yes',
  importerOfRecord: 'self',
  aceAccount: 'yes',
  achRefund: 'yes',
  form5106: 'yes',
  liquidation: 'cape-range',
  brokerAccess: 'yes',
};

/** Paper 7501s only: no ACE account, no refund enrolment, 5106 unknown, dates unknown. */
const NOT_REGISTERED: Answers = {
  imported: 'yes',
  importerOfRecord: 'self',
  aceAccount: 'no',
  achRefund: 'payment-only',
  form5106: 'unsure',
  liquidation: 'unknown',
  brokerAccess: 'no',
};

function plan(answers: Answers) {
  const result = buildPlan(answers, ASOF);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

describe('refundPath', () => {
  it.each([
    ['cape-range', 'cape'],
    ['protest-range', 'protest'],
    ['past-protest', 'counsel'],
    ['mixed', 'mixed'],
    ['unknown', 'undetermined'],
  ] as const)('liquidation %s -> %s', (liquidation, path) => {
    expect(refundPath({ ...CAPE_READY, liquidation })).toBe(path);
  });

  it.each(['cape-range', 'protest-range', 'past-protest', 'mixed', 'unknown'] as const)(
    'no imports in the IEEPA period -> nothing to claim, whatever the dates (%s)',
    (liquidation) => {
      expect(refundPath({ ...CAPE_READY, imported: 'no', liquidation })).toBe('none');
    },
  );

  it('an unsure "did you import" still gets a path', () => {
    expect(refundPath({ ...CAPE_READY, imported: 'unsure' })).toBe('cape');
  });
});

describe('buildPlan', () => {
  it('CAPE-ready: ready, dated, hedged, only the filing steps', () => {
    const p = plan(CAPE_READY);
    expect(p).toMatchObject({
      asOf: ASOF,
      ruleSetId: 'cape-phase1-2026-04-20',
      path: 'cape',
      title: 'CAPE declaration',
      ready: true,
      disclaimer: PLAN_DISCLAIMER,
    });
    expect(p.disclaimer).toMatch(/estimate only, not legal advice/i);
    expect(p.steps.map((s) => s.id)).toEqual(['status-per-entry', 'file-cape']);
    expect(p.steps[0]?.link).toEqual({
      kind: 'page',
      href: 'analyzer.html',
      label: 'Open the report analyzer',
    });
    expect(p.brokerHeading).toBe('Ask your broker for');
    expect(p.brokerAsks[0]).toMatch(
      /^ES-003 .* 2025-02-01 to 2026-02-23, with the Liquidation Date and Liquidation Status/,
    );
    expect(p.brokerAsks[1]).toMatch(/^ES-701/);
    expect(p.summary).toContain('80 days');
  });

  it('not yet registered: the registration steps first, in order, and not ready', () => {
    const p = plan(NOT_REGISTERED);
    expect(p.path).toBe('undetermined');
    expect(p.ready).toBe(false);
    expect(p.steps.map((s) => s.id)).toEqual([
      'update-5106',
      'create-ace-account',
      'enrol-ach-refund',
      'broker-access',
      'get-liquidation-dates',
      'status-per-entry',
    ]);
    expect(p.steps.find((s) => s.id === 'update-5106')?.link).toMatchObject({ href: 'popup.html#drafts' });
    expect(p.steps.find((s) => s.id === 'create-ace-account')?.link).toEqual({
      kind: 'note',
      text: 'Open any ACE page to see the checklist.',
    });
    expect(p.brokerAsks.length).toBeGreaterThanOrEqual(4);
  });

  it.each([
    [{ aceAccount: 'account-no-importer' }, 'add-importer-sub-account', true],
    [{ achRefund: 'no' }, 'enrol-ach-refund', true],
    [{ form5106: 'outdated' }, 'update-5106', true],
    [{ importerOfRecord: 'unsure' }, 'confirm-importer-of-record', true],
    [{ importerOfRecord: 'broker' }, 'broker-is-importer', false],
    [{ importerOfRecord: 'non-resident' }, 'non-resident-importer', false],
    [{ brokerAccess: 'poa-only' }, 'broker-access', false],
    [{ imported: 'unsure' }, 'confirm-imports', false],
    [{ liquidation: 'protest-range' }, 'file-protest', false],
    [{ liquidation: 'past-protest' }, 'talk-to-counsel', false],
  ] as const)('%o adds step %s (blocking: %s)', (change, stepId, blocking) => {
    const p = plan({ ...CAPE_READY, ...change });
    const step = p.steps.find((s) => s.id === stepId);
    expect(step?.blocking).toBe(blocking);
    expect(p.ready).toBe(!blocking);
  });

  it('a broker or non-resident importer of record is not sent to open its own ACE account or ACH', () => {
    for (const importerOfRecord of ['broker', 'non-resident'] as const) {
      const ids = plan({ ...NOT_REGISTERED, importerOfRecord }).steps.map((s) => s.id);
      expect(ids).not.toContain('create-ace-account');
      expect(ids).not.toContain('enrol-ach-refund');
    }
  });

  it('mixed dates: CAPE, protest and counsel steps together', () => {
    const ids = plan({ ...CAPE_READY, liquidation: 'mixed' }).steps.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['file-cape', 'file-protest', 'talk-to-counsel']));
  });

  it('past the protest window: the counsel path, hedged', () => {
    const p = plan({ ...CAPE_READY, liquidation: 'past-protest' });
    expect(p.title).toBe('Likely past the window: talk to counsel');
    expect(p.summary).toMatch(/180 days/);
  });

  it('no broker: the reports are to run yourself, and no broker-only asks', () => {
    const p = plan({ ...NOT_REGISTERED, brokerAccess: 'no-broker' });
    expect(p.brokerHeading).toBe('Run these reports in ACE yourself');
    expect(p.brokerAsks).toHaveLength(2);
  });

  it('nothing imported: no steps and nothing to ask', () => {
    const p = plan({ ...CAPE_READY, imported: 'no' });
    expect(p).toMatchObject({ path: 'none', steps: [], brokerAsks: [] });
  });

  it('missing answers: no plan, a message and the missing questions in order', () => {
    expect(buildPlan({ imported: 'yes', aceAccount: 'yes' }, ASOF)).toEqual({
      ok: false,
      missing: ['importerOfRecord', 'achRefund', 'form5106', 'liquidation', 'brokerAccess'],
      message: 'Answer 5 more questions to see your plan.',
    });
    const { brokerAccess: _, ...six } = CAPE_READY;
    expect(buildPlan(six, ASOF)).toMatchObject({
      ok: false,
      message: 'Answer one more question to see your plan.',
    });
  });

  it('is pure: the same answers and day give the same plan', () => {
    expect(plan(NOT_REGISTERED)).toEqual(plan(NOT_REGISTERED));
  });
});
