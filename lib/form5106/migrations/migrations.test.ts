// Every migration step against a fixture of the older shape (test/fixtures/form5106).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../draft';
import { MIGRATIONS, migrateContent } from './index';
import { entriesPerYearFromText } from './v001-to-v002';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.resolve('test/fixtures/form5106', name), 'utf8'));

describe('draft migrations', () => {
  it('has one step per version up to the current one', () => {
    expect(MIGRATIONS).toHaveLength(CURRENT_SCHEMA_VERSION - 1);
  });

  it('v1 -> v2: flat addresses become objects, 1H text becomes the choice', () => {
    const r = migrateContent(fixture('v001-draft.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    const { content } = r;
    expect(content.schemaVersion).toBe(2);
    expect(content.onFileDate).toBe('2024-05-01');
    expect(content.form.section1).toMatchObject({
      name: 'Acme Imports LLC',
      idNumber: '12-3456789',
      entriesPerYear: '5-24',
    });
    expect(content.form.section2.mailing).toMatchObject({
      street1: 'PO Box 1234',
      city: 'Wilmington',
      state: 'DE',
      zip: '19801',
      type: 'poBox',
    });
    // An address type v2 does not know becomes "Other" with the text kept.
    expect(content.form.section2.physical).toMatchObject({
      street1: '100 Market St',
      street2: 'Suite 5',
      type: 'other',
      typeOther: 'Shared co-working space',
      sameAsMailing: false,
    });
    expect(content.form.section2).toMatchObject({ phone: '302-555-0100', email: 'ops@acme.example' });
    expect(content.notes).toBe('');
  });

  it('v1 -> v2 keeps 1H text it cannot read in the notes', () => {
    const v1 = {
      schemaVersion: 1,
      name: 'x',
      form: { section1: { entriesPerYear: 'depends on the season' } },
    };
    const r = migrateContent(v1);
    expect(r.ok && r.content.form.section1.entriesPerYear).toBe('');
    expect(r.ok && r.content.notes).toContain('depends on the season');
  });

  it.each([
    ['', ''],
    ['3', '1-4'],
    ['about 10 a year', '5-24'],
    ['25 or more', '25+'],
    ['30+', '25+'],
    ['Infrequent personal shipments', 'personal'],
    ['I do not intend to import', 'noImport'],
    ['lots', undefined],
  ])('1H text %j -> %j', (text, expected) => {
    expect(entriesPerYearFromText(text)).toBe(expected);
  });

  it('reads a current draft unchanged and refuses one from a newer version', () => {
    expect(migrateContent({ schemaVersion: 2, name: 'n' })).toMatchObject({ ok: true });
    const newer = migrateContent({ schemaVersion: 3 });
    expect(newer.ok).toBe(false);
    expect(!newer.ok && newer.problems[0]?.message).toMatch(/newer ACE Assist/);
  });
});
