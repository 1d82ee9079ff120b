// The answers of the readiness check: the one schema the question table, the plan builder and the
// stored state are typed from. Option values are stable ids (stored in browser.storage.local); the
// words a user sees live in questions.ts and can change freely.
import { z } from 'zod';

export const answersSchema = z.object({
  imported: z.enum(['yes', 'no', 'unsure']),
  importerOfRecord: z.enum(['self', 'broker', 'non-resident', 'unsure']),
  aceAccount: z.enum(['yes', 'account-no-importer', 'no', 'unsure']),
  achRefund: z.enum(['yes', 'payment-only', 'no', 'unsure']),
  form5106: z.enum(['yes', 'outdated', 'no', 'unsure']),
  liquidation: z.enum(['cape-range', 'protest-range', 'past-protest', 'mixed', 'unknown']),
  brokerAccess: z.enum(['yes', 'poa-only', 'no', 'no-broker']),
});
export type Answers = z.infer<typeof answersSchema>;
export type QuestionId = keyof Answers;
/** Answers given so far; the check can be left and resumed at any question. */
export type PartialAnswers = Partial<Answers>;

/** Question order is the table order in questions.ts; this is the set of ids. */
export const QUESTION_IDS = Object.keys(answersSchema.shape) as QuestionId[];

/** The option ids a question accepts, straight from the schema. */
export function optionIds(id: QuestionId): readonly string[] {
  return answersSchema.shape[id].options;
}
