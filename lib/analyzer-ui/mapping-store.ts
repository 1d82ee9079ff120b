// Column mappings a user made on the mapping screen, remembered per header layout
// (`headerSignature`) in browser.storage.local, so re-analysing the same export needs no new mapping.
// Read through zod: a damaged value is dropped, never trusted.
import { browser } from 'wxt/browser';
import { type ColumnMapping, type ColumnMappings, columnMappingSchema } from '../reports/columns';

export const MAPPINGS_KEY = 'analyzer.columnMappings';

export async function loadMappings(): Promise<ColumnMappings> {
  const got = await browser.storage.local.get(MAPPINGS_KEY);
  const raw = got[MAPPINGS_KEY];
  if (raw === null || typeof raw !== 'object') return {};
  // Entry by entry: one bad mapping must not throw away the others.
  const out: ColumnMappings = {};
  for (const [signature, value] of Object.entries(raw as Record<string, unknown>)) {
    const parsed = columnMappingSchema.safeParse(value);
    if (parsed.success) out[signature] = parsed.data;
  }
  return out;
}

export async function saveMapping(signature: string, mapping: ColumnMapping): Promise<ColumnMappings> {
  const all = { ...(await loadMappings()), [signature]: columnMappingSchema.parse(mapping) };
  await browser.storage.local.set({ [MAPPINGS_KEY]: all });
  return all;
}

export async function forgetMapping(signature: string): Promise<ColumnMappings> {
  const all = await loadMappings();
  delete all[signature];
  await browser.storage.local.set({ [MAPPINGS_KEY]: all });
  return all;
}
