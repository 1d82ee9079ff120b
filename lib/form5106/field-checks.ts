// Format checks of single fields, all through lib/validation (one rule, one place). Blank fields are
// fine here; completeness.ts says what is missing, cross-rules.ts what contradicts what.
import { type FieldKind, validate } from '@/lib/validation/index';
import { addressFieldIssues } from './address-rules';
import { checkIdNumber } from './id-number';
import { type Issue, issue } from './issues';
import type { Form5106 } from './schema';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const WEBSITE = /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i;

export function fieldIssues(form: Form5106): Issue[] {
  const out: Issue[] = [];
  const check = (path: string, kind: FieldKind, value: string) => {
    const r = validate(kind, value);
    if (r.level !== 'ok') out.push(issue(path, r.level, r.message ?? 'Check this value.'));
  };
  const date = (path: string, value: string) => {
    if (value.trim() !== '' && !isIsoDate(value.trim())) {
      out.push(issue(path, 'error', 'Enter a real date as YYYY-MM-DD, for example 2026-03-31.'));
    }
  };

  const s1 = form.section1;
  const id = checkIdNumber(s1);
  if (id && id.level !== 'ok')
    out.push(issue('section1.idNumber', id.level, id.message ?? 'Check this value.'));
  check('section1.cbpAssignedNumber', 'cbpAssignedNumber', s1.cbpAssignedNumber);

  const s2 = form.section2;
  out.push(...addressFieldIssues('section2.mailing', s2.mailing));
  if (!s2.physical.sameAsMailing) out.push(...addressFieldIssues('section2.physical', s2.physical));
  check('section2.phone', 'phone', s2.phone);
  check('section2.phoneExt', 'phoneExtension', s2.phoneExt);
  check('section2.fax', 'phone', s2.fax);
  check('section2.email', 'email', s2.email);
  if (s2.website.trim() !== '' && !WEBSITE.test(s2.website.trim())) {
    out.push(
      issue('section2.website', 'warning', 'This does not look like a web address, as in www.example.com.'),
    );
  }

  const s3 = form.section3;
  check('section3.naics', 'naics', s3.naics);
  check('section3.duns', 'duns', s3.duns);
  check('section3.filerCode', 'filerCode', s3.filerCode);
  check('section3.yearEstablished', 'year', s3.yearEstablished);
  // 3F rows are {status, name, EIN/SSN/CBP number} (DOMAIN.md §2.2): no importer-number suffix.
  s3.related.forEach((row, i) => {
    check(`section3.related.${i}.idNumber`, 'einSsnOrCbpNumber', row.idNumber);
  });
  check('section3.bank.routingNumber', 'routingNumber', s3.bank.routingNumber);
  check('section3.bank.state', 'usState', s3.bank.state);
  check('section3.bank.country', 'countryIso2', s3.bank.country);
  if (s3.articlesLocator.trim() !== '') {
    // A U.S. state or an ISO country: accept whichever reads cleanly.
    const asState = validate('usState', s3.articlesLocator);
    const asCountry = validate('countryIso2', s3.articlesLocator);
    if (asState.level === 'error' && asCountry.level === 'error') {
      out.push(
        issue(
          'section3.articlesLocator',
          'error',
          'Enter the 2-letter state or ISO country code, e.g. DE or GB.',
        ),
      );
    }
  }
  s3.officers.forEach((row, i) => {
    const p = `section3.officers.${i}`;
    check(`${p}.phone`, 'phone', row.phone);
    check(`${p}.email`, 'email', row.email);
    check(`${p}.ssn`, 'ssn', row.ssn);
    check(`${p}.passportCountry`, 'countryIso2', row.passportCountry);
    date(`${p}.passportExpiration`, row.passportExpiration);
    if (row.middleInitial.trim().length > 1) {
      out.push(issue(`${p}.middleInitial`, 'warning', 'The middle initial is one letter.'));
    }
  });

  const c = form.certification;
  check('certification.phone', 'phone', c.phone);
  check('certification.brokerPhone', 'phone', c.brokerPhone);
  date('certification.date', c.date);
  return out;
}
