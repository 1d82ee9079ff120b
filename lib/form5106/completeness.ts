// What is still missing, per section: the starred fields of the replica plus the conditional ones
// (DOMAIN.md §2.2). The signature is made on paper, so it is never "missing" from a draft.
import { addressMissingPaths } from './address-rules';
import { crossRuleIssues, mailingIsPoBox, physicalGiven } from './cross-rules';
import { fieldIssues } from './field-checks';
import { type Issue, missing } from './issues';
import { SECTION_IDS, SECTION_LABELS, type SectionId } from './labels';
import type { Form5106 } from './schema';

const blank = (v: string) => v.trim() === '';

/** Required-field issues ('missing'), computed from the current answers. */
export function missingIssues(form: Form5106): Issue[] {
  const paths: string[] = [];
  const { typeOfAction, section1: s1, section2: s2, certification: c } = form;
  if (typeOfAction.actions.length === 0) paths.push('typeOfAction.actions');
  if (blank(s1.name)) paths.push('section1.name');
  if (s1.idType === '') paths.push('section1.idType');
  else if (s1.idType !== 'none' && blank(s1.idNumber)) paths.push('section1.idNumber');
  if (s1.nameKinds.length > 0 && blank(s1.otherName)) paths.push('section1.otherName');
  if ((s1.wishCbpNumber || s1.idType === 'none') && s1.cbpReasons.length === 0)
    paths.push('section1.cbpReasons');
  if (s1.utilization.includes('other') && blank(s1.utilizationOther)) paths.push('section1.utilizationOther');

  paths.push(...addressMissingPaths('section2.mailing', s2.mailing));
  if (!s2.physical.sameAsMailing && (mailingIsPoBox(form) || physicalGiven(form))) {
    paths.push(...addressMissingPaths('section2.physical', s2.physical));
  }
  if (blank(s2.phone)) paths.push('section2.phone');
  if (blank(s2.email)) paths.push('section2.email');

  if (blank(c.lastName)) paths.push('certification.lastName');
  if (blank(c.firstName)) paths.push('certification.firstName');
  if (blank(c.title)) paths.push('certification.title');
  if (blank(c.date)) paths.push('certification.date');

  const out = paths.map((p) => missing(p));
  if (mailingIsPoBox(form) && !s2.physical.sameAsMailing && blank(s2.physical.street1)) {
    const i = out.findIndex((x) => x.path === 'section2.physical.street1');
    const msg = 'A PO-box mailing address needs a physical location address (2B).';
    if (i >= 0) out[i] = missing('section2.physical.street1', msg);
  }
  return out;
}

/** Every issue of the draft: formats, contradictions and what is missing. */
export function checkForm(form: Form5106): Issue[] {
  return [...missingIssues(form), ...fieldIssues(form), ...crossRuleIssues(form)];
}

export type SectionStatus = {
  id: SectionId;
  label: string;
  missing: Issue[];
  errors: Issue[];
  warnings: Issue[];
  complete: boolean;
};

export type Completeness = {
  sections: SectionStatus[];
  missingCount: number;
  errorCount: number;
  warningCount: number;
  /** Share of the required fields that are filled, 0-100. */
  percent: number;
  complete: boolean;
};

/** Required fields counted for the percentage: the always-required ones; conditional ones add to it. */
const ALWAYS_REQUIRED = 14;

export function completeness(form: Form5106, issues: readonly Issue[] = checkForm(form)): Completeness {
  const sections = SECTION_IDS.map((id): SectionStatus => {
    const mine = issues.filter((i) => i.section === id);
    const s = {
      id,
      label: SECTION_LABELS[id],
      missing: mine.filter((i) => i.level === 'missing'),
      errors: mine.filter((i) => i.level === 'error'),
      warnings: mine.filter((i) => i.level === 'warning'),
    };
    return { ...s, complete: s.missing.length === 0 && s.errors.length === 0 };
  });
  const missingCount = sections.reduce((n, s) => n + s.missing.length, 0);
  const errorCount = sections.reduce((n, s) => n + s.errors.length, 0);
  const warningCount = sections.reduce((n, s) => n + s.warnings.length, 0);
  const total = Math.max(ALWAYS_REQUIRED, missingCount);
  const percent = Math.round(((total - Math.min(missingCount, total)) / total) * 100);
  return {
    sections,
    missingCount,
    errorCount,
    warningCount,
    percent,
    complete: missingCount === 0 && errorCount === 0,
  };
}
