// When a row of a readiness table applies: every named question must have one of the listed answers,
// and the refund path (if named) must be one of the listed paths. No code in the tables, so a rule
// change is a data change.
import type { Answers, QuestionId } from './answers';

export const PATH_IDS = ['none', 'cape', 'protest', 'counsel', 'mixed', 'undetermined'] as const;
export type PathId = (typeof PATH_IDS)[number];

export type Condition = { paths?: readonly PathId[] } & { [K in QuestionId]?: readonly Answers[K][] };

export function matches(condition: Condition, answers: Answers, path?: PathId): boolean {
  if (condition.paths && (path === undefined || !condition.paths.includes(path))) return false;
  for (const id of Object.keys(answers) as QuestionId[]) {
    const allowed = condition[id] as readonly string[] | undefined;
    if (allowed && !allowed.includes(answers[id])) return false;
  }
  return true;
}
