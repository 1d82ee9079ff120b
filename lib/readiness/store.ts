// The readiness answers in browser.storage.local: small, one record, shared by the popup and the
// readiness page. Read through zod answer by answer, so one damaged or retired answer (an option
// removed from a later table) costs that answer only, not the whole check.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { isCalendarDate } from '../deadlines/calendar-date';
import { answersSchema, type PartialAnswers, QUESTION_IDS } from './answers';

export const READINESS_KEY = 'readiness.state';

const calendarDate = z.string().refine(isCalendarDate);

export const readinessStateSchema = z.object({
  schemaVersion: z.literal(1),
  answers: answersSchema.partial(),
  /** Index of the question shown last, so a reopened popup resumes there. */
  position: z
    .number()
    .int()
    .min(0)
    .max(QUESTION_IDS.length - 1),
  /** Day the last question was answered; the plan is shown from then on. Null while in progress. */
  completedOn: calendarDate.nullable(),
});
export type ReadinessState = z.infer<typeof readinessStateSchema>;

export const EMPTY_STATE: ReadinessState = { schemaVersion: 1, answers: {}, position: 0, completedOn: null };

/** Whatever is stored, a usable state: valid answers kept, the rest dropped. */
export function readState(raw: unknown): ReadinessState {
  const whole = readinessStateSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const storedAnswers = (
    typeof record.answers === 'object' && record.answers !== null ? record.answers : {}
  ) as Record<string, unknown>;
  const answers: Record<string, unknown> = {};
  for (const id of QUESTION_IDS) {
    const one = answersSchema.shape[id].safeParse(storedAnswers[id]);
    if (one.success) answers[id] = one.data;
  }
  return { ...EMPTY_STATE, answers: answers as PartialAnswers };
}

export type ReadinessStore = {
  load(): Promise<ReadinessState>;
  /** Resolves to an error message the user can act on, or null when saved. */
  save(state: ReadinessState): Promise<string | null>;
};

export const readinessStore: ReadinessStore = {
  async load() {
    try {
      const got = await browser.storage.local.get(READINESS_KEY);
      return readState(got[READINESS_KEY]);
    } catch {
      return EMPTY_STATE;
    }
  },
  async save(state) {
    const parsed = readinessStateSchema.safeParse(state);
    if (!parsed.success) return 'Your answers could not be saved: one of them is not valid. Choose it again.';
    try {
      await browser.storage.local.set({ [READINESS_KEY]: parsed.data });
      return null;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return `Your answers could not be saved (browser storage error: ${detail}). They are still on screen.`;
    }
  },
};
