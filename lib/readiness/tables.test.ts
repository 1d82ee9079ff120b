// The readiness tables agree with each other, with the answer schema, the rule table and the
// checklist; every combination of answers gives a complete plan with every placeholder filled.
import { describe, expect, it } from 'vitest';
import { CHECKLIST_IDS } from '../ace/checklist';
import { RULE_SETS } from '../deadlines/rules';
import { type Answers, answersSchema, optionIds, QUESTION_IDS } from './answers';
import { PATH_IDS } from './condition';
import { OUTCOMES, PATH_RULES } from './outcomes';
import { buildPlan } from './plan';
import { QUESTIONS } from './questions';
import { BROKER_ASKS, STEPS } from './steps';
import { fill, placeholders, WINDOWS, windowValues } from './windows';

const ASOF = '2026-11-25';
const known = new Set(Object.keys(windowValues(ASOF)));

const allTexts: [string, string][] = [
  ...QUESTIONS.flatMap((q) => [
    [`question ${q.id}`, q.title] as [string, string],
    ...q.help.map((h): [string, string] => [`help ${q.id}`, h]),
    ...q.options.map((o): [string, string] => [`option ${q.id}.${o.value}`, o.label]),
  ]),
  ...Object.values(OUTCOMES).flatMap((o) =>
    [o.title, o.summary, o.ready, o.notReady].map((t): [string, string] => [`outcome ${o.path}`, t]),
  ),
  ...STEPS.flatMap((s) => [s.title, s.detail].map((t): [string, string] => [`step ${s.id}`, t])),
  ...BROKER_ASKS.map((a): [string, string] => [`ask ${a.id}`, a.text]),
  ...WINDOWS.map((w): [string, string] => [`window ${w.id}`, w.text]),
];

/** Every combination of answers (15,360 of them). */
function* everyAnswerSet(): Generator<Answers> {
  const ids = QUESTION_IDS;
  const walk = function* (index: number, acc: Record<string, string>): Generator<Answers> {
    if (index === ids.length) {
      yield answersSchema.parse(acc);
      return;
    }
    const id = ids[index] as (typeof ids)[number];
    for (const option of optionIds(id)) yield* walk(index + 1, { ...acc, [id]: option });
  };
  yield* walk(0, {});
}

describe('readiness tables', () => {
  it('asks every question of the schema once, in schema order, with exactly its options', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual(QUESTION_IDS);
    for (const q of QUESTIONS) expect(q.options.map((o) => o.value)).toEqual(optionIds(q.id));
  });

  it('has seven questions (the issue asks for about a minute, one question at a time)', () => {
    expect(QUESTIONS).toHaveLength(7);
  });

  it.each(allTexts)('%s quotes only known placeholders', (_where, text) => {
    for (const name of placeholders(text)) expect(known).toContain(name);
  });

  it('has an outcome for every path, and a path rule leads to each one but "none" falls through nowhere', () => {
    expect(Object.keys(OUTCOMES).sort()).toEqual([...PATH_IDS].sort());
    for (const path of PATH_IDS) expect(PATH_RULES.some((r) => r.path === path)).toBe(true);
  });

  it('gives each step a unique id, and names only checklist steps that exist', () => {
    expect(new Set(STEPS.map((s) => s.id)).size).toBe(STEPS.length);
    for (const step of STEPS) {
      if (step.checklistStep) expect(CHECKLIST_IDS).toContain(step.checklistStep);
    }
  });

  it('links only to extension-relative pages (no scheme, no host, no leading slash)', () => {
    for (const step of STEPS) {
      if (step.link?.kind === 'page') expect(step.link.href).toMatch(/^[a-z0-9-]+\.html(#[a-z0-9-]+)?$/);
    }
  });

  it('quotes the windows from the rule table, not from copies', () => {
    const rules = RULE_SETS[RULE_SETS.length - 1];
    if (!rules) throw new Error('no rule set');
    const values = windowValues(ASOF, rules);
    expect(values).toMatchObject({
      ieepaFrom: rules.ieepaEntryDateWindow.from,
      ieepaTo: rules.ieepaEntryDateWindow.to,
      capeDays: String(rules.capeWindowDays),
      protestDays: String(rules.protestWindowDays),
    });
    expect(fill('{capeDays}/{protestDays}/{nope}', values)).toBe('80/180/{nope}');
  });

  it('builds a complete, filled-in plan for every combination of answers', () => {
    // Problems are collected, not asserted one by one: 15,360 plans × a dozen texts is slow in expect().
    const problems: string[] = [];
    let count = 0;
    for (const answers of everyAnswerSet()) {
      count++;
      const result = buildPlan(answers, ASOF);
      if (!result.ok) {
        problems.push(`no plan for ${JSON.stringify(answers)}`);
        continue;
      }
      const { plan } = result;
      const texts = [plan.title, plan.summary, plan.headline, ...plan.brokerAsks];
      for (const step of plan.steps) texts.push(step.title, step.detail);
      if (texts.some((t) => /[{}]/.test(t) || t.trim() === '')) problems.push(`unfilled text: ${plan.path}`);
      const ids = plan.steps.map((s) => s.id);
      if (plan.path === 'none' ? ids.length > 0 : !ids.includes('status-per-entry')) {
        problems.push(`steps ${ids.join(',')} on path ${plan.path}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(count).toBe(15_360);
  });
});
