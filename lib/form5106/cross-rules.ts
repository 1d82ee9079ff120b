// Rules between fields (DOMAIN.md §2.1-2.2): what one answer forbids or requires of another.

import { isEmptyAddress, looksLikePoBox } from './address-rules';
import { NOT_PHYSICAL_ADDRESS_TYPES } from './codes';
import { type Issue, issue } from './issues';
import type { Form5106 } from './schema';

const blank = (v: string) => v.trim() === '';

export function mailingIsPoBox(form: Form5106): boolean {
  const m = form.section2.mailing;
  return m.type === 'poBox' || looksLikePoBox(m);
}

/** 2B is "given" when the user ticked same-as-mailing or typed any part of it. */
export function physicalGiven(form: Form5106): boolean {
  const p = form.section2.physical;
  return p.sameAsMailing || !isEmptyAddress(p) || p.type !== '';
}

export function crossRuleIssues(form: Form5106): Issue[] {
  const out: Issue[] = [];
  const { typeOfAction, section1: s1, section2: s2, section3: s3 } = form;
  const reasons = new Set(s1.cbpReasons);

  // 1D only with 1C.
  if (!blank(s1.otherName) && s1.nameKinds.length === 0) {
    out.push(
      issue('section1.otherName', 'error', '1D is filled only with 1C: tick DIV, AKA or DBA, or clear 1D.'),
    );
  }
  // 1E: the CBP-number request and its reasons.
  if (s1.idType === 'none' && !s1.wishCbpNumber) {
    out.push(
      issue(
        'section1.wishCbpNumber',
        'error',
        'Without a number in 1B, tick 1E to request a CBP-Assigned Number.',
      ),
    );
  }
  if (!s1.wishCbpNumber && reasons.size > 0) {
    out.push(issue('section1.cbpReasons', 'warning', 'Reasons count only when 1E is ticked.'));
  }
  if (s1.wishCbpNumber && s1.idType === 'ein') {
    out.push(
      issue(
        'section1.wishCbpNumber',
        'warning',
        'With an EIN, the EIN becomes the number and no CBP number is issued.',
      ),
    );
  }
  if (reasons.has('noIrsNumber') && s1.idType === 'ein') {
    out.push(issue('section1.cbpReasons', 'error', '"I have no IRS Number" contradicts the EIN in 1B.'));
  }
  if (reasons.has('noSsn') && (s1.idType === 'ssn' || reasons.has('ssnButWishCbp'))) {
    out.push(
      issue('section1.cbpReasons', 'error', '"I have no Social Security Number" contradicts the SSN given.'),
    );
  }
  if (reasons.has('notApplied') && (s1.idType === 'ein' || s1.idType === 'ssn')) {
    out.push(
      issue('section1.cbpReasons', 'error', '"I have not applied for an IRS number or SSN" contradicts 1B.'),
    );
  }
  if (s1.idType === 'none' && !blank(s1.idNumber)) {
    out.push(
      issue('section1.idNumber', 'warning', 'No number is given when a CBP-Assigned Number is requested.'),
    );
  }
  // 1F: only an already-assigned number, and only for a change.
  const isChange = typeOfAction.actions.some((a) => a === 'changeOfName' || a === 'changeOfAddress');
  if (!blank(s1.cbpAssignedNumber) && !isChange) {
    out.push(
      issue(
        'section1.cbpAssignedNumber',
        'warning',
        '1F is filled only when a number is already assigned and this is a change.',
      ),
    );
  }
  if (s1.utilization.length > 0 && !s1.utilization.includes('other') && !blank(s1.utilizationOther)) {
    out.push(issue('section1.utilizationOther', 'warning', 'This text is used only when "Other" is ticked.'));
  }

  // 2B may not be a PO box or a business service center.
  const p = s2.physical;
  if (p.sameAsMailing) {
    if (mailingIsPoBox(form) || NOT_PHYSICAL_ADDRESS_TYPES.includes(s2.mailing.type)) {
      out.push(
        issue(
          'section2.physical.sameAsMailing',
          'error',
          'The mailing address is a PO box or business service center, which cannot be the physical location: enter the physical address.',
        ),
      );
    }
  } else {
    if (NOT_PHYSICAL_ADDRESS_TYPES.includes(p.type)) {
      out.push(
        issue(
          'section2.physical.type',
          'error',
          'The physical location cannot be a PO box or business service center.',
        ),
      );
    }
    if (looksLikePoBox(p)) {
      out.push(
        issue(
          'section2.physical.street1',
          'error',
          'The physical location cannot be a PO box: give the street address.',
        ),
      );
    }
  }
  if (s2.mailing.type !== 'poBox' && looksLikePoBox(s2.mailing)) {
    out.push(
      issue(
        'section2.mailing.type',
        'warning',
        'The street line reads like a PO box: choose "Post Office Box" as the type.',
      ),
    );
  }

  // 3J is required with "I have a SSN, but wish to use a CBP-Assigned Number".
  if (s1.wishCbpNumber && reasons.has('ssnButWishCbp')) {
    const complete = s3.officers.some(
      (o) => !blank(o.title) && !blank(o.lastName) && !blank(o.firstName) && !blank(o.ssn),
    );
    if (!complete) {
      out.push(
        issue(
          'section3.officers',
          'missing',
          '3J is required when you have an SSN but wish to use a CBP-Assigned Number: add a row with title, name and SSN.',
        ),
      );
    }
  }
  s3.officers.forEach((o, i) => {
    if (!blank(o.passportNumber) && (blank(o.passportCountry) || blank(o.passportExpiration))) {
      out.push(
        issue(
          `section3.officers.${i}.passportNumber`,
          'warning',
          'Give the passport country and expiration date too.',
        ),
      );
    }
  });
  return out;
}
