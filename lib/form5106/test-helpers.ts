// Shared by the form5106 unit tests: a fresh IndexedDB and fake browser per test, and a filled form.
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Draft } from './draft';
import { emptyForm, type Form5106 } from './schema';
import { forgetConnections } from './store';

export function freshStorage(): void {
  globalThis.indexedDB = new IDBFactory();
  forgetConnections();
  fakeBrowser.reset();
}

/** A complete, valid 5106 (EIN filer, corporate office, no Section 3 needed). */
export function filledForm(): Form5106 {
  const f = emptyForm();
  f.typeOfAction.actions = ['notification'];
  Object.assign(f.section1, {
    name: 'Acme Imports LLC',
    idType: 'ein',
    idNumber: '12-3456789',
    companyType: 'llc',
    entriesPerYear: '5-24',
    utilization: ['importerOfRecord'],
  });
  Object.assign(f.section2.mailing, {
    street1: '100 Market St',
    city: 'Wilmington',
    state: 'DE',
    zip: '19801',
    type: 'corporateOffice',
  });
  Object.assign(f.section2, { phone: '302-555-0100', email: 'ops@acme.example' });
  Object.assign(f.certification, { lastName: 'Doe', firstName: 'Jane', title: 'CFO', date: '2026-03-01' });
  return f;
}

/** A stored draft around filledForm() with 1B set as given. */
export function draftWith(idType: string, idNumber: string): Draft {
  const form = filledForm();
  Object.assign(form.section1, { idType, idNumber });
  return {
    id: 'd1',
    revision: 1,
    createdAt: 0,
    updatedAt: 0,
    schemaVersion: 2,
    name: 'Acme',
    onFileDate: '',
    notes: '',
    form,
  };
}
