// The plan: the answers run through the tables (outcomes.ts, steps.ts) for the rule set in force on
// `asOf`. Pure: same answers and date, same plan. Dated and hedged, because the rules were still
// moving in 2026 and the answers are the user's own estimate of their situation.
import type { CalendarDate } from '../deadlines/calendar-date';
import { type RuleSet, rulesFor } from '../deadlines/rules';
import { type Answers, answersSchema, type PartialAnswers, QUESTION_IDS, type QuestionId } from './answers';
import { matches, type PathId } from './condition';
import { OUTCOMES, PATH_RULES } from './outcomes';
import { BROKER_ASKS, BROKER_HEADINGS, STEPS, type StepLink } from './steps';
import { fill, WINDOWS, windowValues } from './windows';

export const PLAN_DISCLAIMER =
  'Estimate only, not legal advice: this plan comes from your answers and the published CAPE and protest rules. ' +
  'Confirm with your broker or a customs attorney before you rely on it.';

export type PlanStep = {
  id: string;
  title: string;
  detail: string;
  blocking: boolean;
  link: StepLink | null;
  checklistStep: string | null;
};

export type Plan = {
  asOf: CalendarDate;
  ruleSetId: string;
  path: PathId;
  title: string;
  summary: string;
  /** No step stands between the user and the path. */
  ready: boolean;
  headline: string;
  steps: PlanStep[];
  brokerHeading: string;
  brokerAsks: string[];
  windows: { id: string; label: string; text: string }[];
  disclaimer: string;
};

export type PlanResult = { ok: true; plan: Plan } | { ok: false; missing: QuestionId[]; message: string };

export function refundPath(answers: Answers): PathId {
  return PATH_RULES.find((rule) => matches(rule.when, answers))?.path ?? 'undetermined';
}

/** Builds the plan once every question is answered; otherwise says which answers are missing. */
export function buildPlan(
  partial: PartialAnswers,
  asOf: CalendarDate,
  rules: RuleSet = rulesFor(asOf),
): PlanResult {
  const parsed = answersSchema.safeParse(partial);
  if (!parsed.success) {
    const missing = QUESTION_IDS.filter((id) => !answersSchema.shape[id].safeParse(partial[id]).success);
    return {
      ok: false,
      missing,
      message: `Answer ${missing.length === 1 ? 'one more question' : `${missing.length} more questions`} to see your plan.`,
    };
  }
  const answers = parsed.data;
  const values = windowValues(asOf, rules);
  const text = (template: string) => fill(template, values);
  const path = refundPath(answers);
  const outcome = OUTCOMES[path];

  const steps: PlanStep[] = STEPS.filter((row) => matches(row.when, answers, path)).map((row) => ({
    id: row.id,
    title: text(row.title),
    detail: text(row.detail),
    blocking: row.blocking,
    link: row.link ?? null,
    checklistStep: row.checklistStep ?? null,
  }));
  const ready = !steps.some((s) => s.blocking);

  return {
    ok: true,
    plan: {
      asOf,
      ruleSetId: rules.id,
      path,
      title: text(outcome.title),
      summary: text(outcome.summary),
      ready,
      headline: text(ready ? outcome.ready : outcome.notReady),
      steps,
      brokerHeading: answers.brokerAccess === 'no-broker' ? BROKER_HEADINGS.self : BROKER_HEADINGS.broker,
      brokerAsks: BROKER_ASKS.filter((row) => matches(row.when, answers, path)).map((row) => text(row.text)),
      windows: WINDOWS.map((w) => ({ id: w.id, label: w.label, text: text(w.text) })),
      disclaimer: PLAN_DISCLAIMER,
    },
  };
}
