// The 5106 rules as a table: each row changes a complete form and names the issue it must cause.
import { describe, expect, it } from 'vitest';
import { checkForm, completeness } from './completeness';
import type { IssueLevel } from './issues';
import { emptyForm, emptyOfficer, type Form5106 } from './schema';
import { filledForm } from './test-helpers';

type Case = [string, (f: Form5106) => void, string, IssueLevel];

const CASES: Case[] = [
  [
    'no type of action',
    (f) => {
      f.typeOfAction.actions = [];
    },
    'typeOfAction.actions',
    'missing',
  ],
  [
    '1A missing',
    (f) => {
      f.section1.name = '';
    },
    'section1.name',
    'missing',
  ],
  [
    '1B number missing',
    (f) => {
      f.section1.idNumber = '';
    },
    'section1.idNumber',
    'missing',
  ],
  [
    '1B bad EIN',
    (f) => {
      f.section1.idNumber = '12-34';
    },
    'section1.idNumber',
    'error',
  ],
  [
    '1B bad SSN',
    (f) => {
      Object.assign(f.section1, { idType: 'ssn', idNumber: '000-12-3456' });
    },
    'section1.idNumber',
    'error',
  ],
  [
    '1D without 1C',
    (f) => {
      f.section1.otherName = 'Acme Toys';
    },
    'section1.otherName',
    'error',
  ],
  [
    '1C without 1D',
    (f) => {
      f.section1.nameKinds = ['dba'];
    },
    'section1.otherName',
    'missing',
  ],
  [
    '1B none without 1E',
    (f) => {
      Object.assign(f.section1, { idType: 'none', idNumber: '' });
    },
    'section1.wishCbpNumber',
    'error',
  ],
  [
    '1E without reasons',
    (f) => {
      Object.assign(f.section1, { idType: 'none', idNumber: '', wishCbpNumber: true });
    },
    'section1.cbpReasons',
    'missing',
  ],
  [
    '1E with an EIN',
    (f) => {
      Object.assign(f.section1, { wishCbpNumber: true, cbpReasons: ['notUsResident'] });
    },
    'section1.wishCbpNumber',
    'warning',
  ],
  [
    '1E "no IRS number" with an EIN',
    (f) => {
      Object.assign(f.section1, { wishCbpNumber: true, cbpReasons: ['noIrsNumber'] });
    },
    'section1.cbpReasons',
    'error',
  ],
  [
    '1E reasons without 1E',
    (f) => {
      f.section1.cbpReasons = ['notUsResident'];
    },
    'section1.cbpReasons',
    'warning',
  ],
  [
    '3J required for "SSN but CBP number"',
    (f) => {
      Object.assign(f.section1, {
        idType: 'none',
        idNumber: '',
        wishCbpNumber: true,
        cbpReasons: ['ssnButWishCbp'],
      });
    },
    'section3.officers',
    'missing',
  ],
  [
    '1F on a first notification',
    (f) => {
      f.section1.cbpAssignedNumber = '26270412345';
    },
    'section1.cbpAssignedNumber',
    'warning',
  ],
  [
    '1I other without text',
    (f) => {
      f.section1.utilization = ['other'];
    },
    'section1.utilizationOther',
    'missing',
  ],
  [
    'street line over 32',
    (f) => {
      f.section2.mailing.street1 = 'A'.repeat(33);
    },
    'section2.mailing.street1',
    'error',
  ],
  [
    'US ZIP malformed',
    (f) => {
      f.section2.mailing.zip = '1980';
    },
    'section2.mailing.zip',
    'error',
  ],
  [
    'US ZIP missing',
    (f) => {
      f.section2.mailing.zip = '';
    },
    'section2.mailing.zip',
    'missing',
  ],
  [
    'country US spelled out',
    (f) => {
      f.section2.mailing.country = 'US';
    },
    'section2.mailing.country',
    'warning',
  ],
  [
    'Canadian postal code',
    (f) => {
      Object.assign(f.section2.mailing, { country: 'CA', state: 'ON', zip: '12345' });
    },
    'section2.mailing.zip',
    'error',
  ],
  [
    'ZIP given for Mexico',
    (f) => {
      Object.assign(f.section2.mailing, { country: 'MX', state: '', zip: '06600' });
    },
    'section2.mailing.zip',
    'warning',
  ],
  [
    'mailing type missing',
    (f) => {
      f.section2.mailing.type = '';
    },
    'section2.mailing.type',
    'missing',
  ],
  [
    '"Other" type without text',
    (f) => {
      f.section2.mailing.type = 'other';
    },
    'section2.mailing.typeOther',
    'missing',
  ],
  [
    'PO-box mailing needs 2B',
    (f) => {
      f.section2.mailing.type = 'poBox';
    },
    'section2.physical.street1',
    'missing',
  ],
  [
    'PO box typed as street needs 2B',
    (f) => {
      f.section2.mailing.street1 = 'P.O. Box 12';
    },
    'section2.physical.street1',
    'missing',
  ],
  [
    '2B same as a PO-box mailing',
    (f) => {
      f.section2.mailing.type = 'poBox';
      f.section2.physical.sameAsMailing = true;
    },
    'section2.physical.sameAsMailing',
    'error',
  ],
  [
    '2B typed as a PO box',
    (f) => {
      Object.assign(f.section2.physical, {
        street1: 'PO Box 9',
        city: 'X',
        state: 'DE',
        zip: '19801',
        type: 'residence',
      });
    },
    'section2.physical.street1',
    'error',
  ],
  [
    '2B a business service center',
    (f) => {
      Object.assign(f.section2.physical, {
        street1: '1 Main',
        city: 'X',
        state: 'DE',
        zip: '19801',
        type: 'businessServiceCenter',
      });
    },
    'section2.physical.type',
    'error',
  ],
  [
    '2B given without type',
    (f) => {
      Object.assign(f.section2.physical, { street1: '1 Main', city: 'X', state: 'DE', zip: '19801' });
    },
    'section2.physical.type',
    'missing',
  ],
  [
    'phone missing',
    (f) => {
      f.section2.phone = '';
    },
    'section2.phone',
    'missing',
  ],
  [
    'email malformed',
    (f) => {
      f.section2.email = 'ops.acme.example';
    },
    'section2.email',
    'error',
  ],
  [
    '3B NAICS',
    (f) => {
      f.section3.naics = '12';
    },
    'section3.naics',
    'error',
  ],
  [
    '3D filer code',
    (f) => {
      f.section3.filerCode = 'AB';
    },
    'section3.filerCode',
    'error',
  ],
  [
    '3G routing number',
    (f) => {
      f.section3.bank.routingNumber = '123456789';
    },
    'section3.bank.routingNumber',
    'error',
  ],
  [
    '3J SSN',
    (f) => {
      f.section3.officers = [{ ...emptyOfficer(), ssn: '666-12-3456' }];
    },
    'section3.officers.0.ssn',
    'error',
  ],
  [
    '3J passport date',
    (f) => {
      f.section3.officers = [{ ...emptyOfficer(), passportExpiration: '2026-02-30' }];
    },
    'section3.officers.0.passportExpiration',
    'error',
  ],
  [
    'certification date',
    (f) => {
      f.certification.date = '03/01/2026';
    },
    'certification.date',
    'error',
  ],
  [
    'certification title missing',
    (f) => {
      f.certification.title = '';
    },
    'certification.title',
    'missing',
  ],
];

describe('Form 5106 rules', () => {
  it('a filled form has no errors and nothing missing', () => {
    const issues = checkForm(filledForm()).filter((i) => i.level !== 'warning');
    expect(issues).toEqual([]);
    expect(completeness(filledForm())).toMatchObject({ complete: true, percent: 100, missingCount: 0 });
  });

  it.each(CASES)('%s', (_label, change, path, level) => {
    const form = filledForm();
    change(form);
    const issues = checkForm(form);
    expect(issues.filter((i) => i.path === path).map((i) => i.level)).toContain(level);
    for (const i of issues) expect(i.message.length).toBeGreaterThan(5);
  });

  it('accepts 3J once a row has title, name and SSN', () => {
    const form = filledForm();
    Object.assign(form.section1, {
      idType: 'none',
      idNumber: '',
      wishCbpNumber: true,
      cbpReasons: ['ssnButWishCbp'],
    });
    form.section3.officers = [
      { ...emptyOfficer(), title: 'Owner', lastName: 'Doe', firstName: 'Jane', ssn: '123-45-6789' },
    ];
    expect(checkForm(form).filter((i) => i.level !== 'warning')).toEqual([]);
  });

  it('a PO-box mailing address with a real physical address is complete', () => {
    const form = filledForm();
    form.section2.mailing.type = 'poBox';
    Object.assign(form.section2.physical, {
      street1: '1 Main St',
      city: 'Dover',
      state: 'DE',
      zip: '19901',
      type: 'warehouse',
    });
    expect(checkForm(form).filter((i) => i.level !== 'warning')).toEqual([]);
  });

  it('reports completeness per section for an empty form', () => {
    const c = completeness(emptyForm());
    expect(c.complete).toBe(false);
    expect(c.percent).toBe(0);
    const bySection = Object.fromEntries(c.sections.map((s) => [s.id, s.missing.map((m) => m.path)]));
    expect(bySection.typeOfAction).toEqual(['typeOfAction.actions']);
    expect(bySection.section1).toEqual(['section1.name', 'section1.idType']);
    expect(bySection.section2).toEqual([
      'section2.mailing.street1',
      'section2.mailing.city',
      'section2.mailing.state',
      'section2.mailing.zip',
      'section2.mailing.type',
      'section2.phone',
      'section2.email',
    ]);
    expect(bySection.section3).toEqual([]);
    expect(bySection.certification).toHaveLength(4);
  });
});
