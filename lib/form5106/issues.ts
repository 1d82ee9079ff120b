// What the checks return: one issue per field path, with a message a user can act on.
import { fieldLabel, type SectionId, sectionOf } from './labels';

export const ISSUE_LEVELS = ['error', 'warning', 'missing'] as const;
export type IssueLevel = (typeof ISSUE_LEVELS)[number];

export type Issue = {
  /** Dot path into Form5106, e.g. 'section2.mailing.zip' or 'section3.officers.0.ssn'. */
  path: string;
  section: SectionId;
  level: IssueLevel;
  message: string;
};

export function issue(path: string, level: IssueLevel, message: string): Issue {
  return { path, section: sectionOf(path), level, message };
}

export function missing(path: string, message = `${fieldLabel(path)} is required.`): Issue {
  return issue(path, 'missing', message);
}

/** Issues for one path, errors first: what an input shows under itself. */
export function issuesAt(issues: readonly Issue[], path: string): Issue[] {
  const order: Record<IssueLevel, number> = { error: 0, missing: 1, warning: 2 };
  return issues.filter((i) => i.path === path).sort((a, b) => order[a.level] - order[b.level]);
}
