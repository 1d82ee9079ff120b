import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraftRepo } from './repo';
import { filledForm, freshStorage } from './test-helpers';
import { buildExport, importDrafts, parseImport } from './transfer';

beforeEach(freshStorage);

const fixture = (name: string) => readFileSync(path.resolve('test/fixtures/form5106', name), 'utf8');

describe('export and import', () => {
  it('round-trips drafts into a fresh profile, identical', async () => {
    const repo = createDraftRepo();
    await repo.create({ name: 'One', form: filledForm(), onFileDate: '2025-01-02', notes: 'n' });
    await new Promise((r) => setTimeout(r, 2));
    await repo.create({ name: 'Two' });
    const listed = await repo.list();
    if (!listed.ok) throw new Error(listed.error);
    const file = JSON.stringify(buildExport(listed.value.drafts));

    freshStorage();
    const imported = await importDrafts(createDraftRepo(), file);
    expect(imported).toMatchObject({ ok: true, migrated: 0 });
    const again = await createDraftRepo().list();
    if (!again.ok) throw new Error(again.error);
    const strip = (f: string) => ({ ...JSON.parse(f), exportedAt: '' });
    expect(strip(JSON.stringify(buildExport(again.value.drafts)))).toEqual(strip(file));
  });

  it('migrates an older export', async () => {
    const r = await importDrafts(createDraftRepo(), fixture('v001-export.json'));
    expect(r).toMatchObject({ ok: true, migrated: 2 });
    const listed = await createDraftRepo().list();
    const byName = Object.fromEntries((listed.ok ? listed.value.drafts : []).map((d) => [d.name, d]));
    expect(byName['Old client']?.form.section2.mailing).toMatchObject({
      city: 'Austin',
      type: 'corporateOffice',
    });
    expect(byName['Old client']?.form.section1.entriesPerYear).toBe('25+');
    expect(byName.Personal?.form.section1.entriesPerYear).toBe('personal');
  });

  it('reports every problem by field and imports nothing', async () => {
    const r = await importDrafts(createDraftRepo(), fixture('v002-export-bad.json'));
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'drafts.1.name',
        'drafts.1.form.section1.companyType',
        'drafts.1.form.section2.mailing.zip',
        'drafts.2.schemaVersion',
      ]),
    );
    const listed = await createDraftRepo().list();
    expect(listed.ok && listed.value.drafts).toEqual([]);
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another file', '{"hello":1}', /not an ACE Assist drafts file/],
    ['no drafts', '{"format":"ace-assist/form5106-drafts","schemaVersion":2,"drafts":[]}', /no drafts/],
  ])('rejects %s with a message', (_l, text, message) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.problems.map((p) => p.message).join(' ')).toMatch(message);
  });
});
