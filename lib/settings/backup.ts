// "Export all data" and its import: one JSON file with the settings, the portfolios, the Form 5106
// drafts (in lib/form5106's own export format, so its validation and migrations apply) and the
// manual entries.
//
// Import is all or nothing. The whole file is validated first and every problem listed; only then
// is anything written, each database in one transaction, in the order drafts → manual entries →
// portfolios → settings, and a failing step undoes the steps before it. Manual entries already
// stored under the same entry number are left as they are (importing the same file twice does not
// fail or duplicate them).
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { DraftRepo } from '../form5106/repo';
import { buildExport, EXPORT_FORMAT as DRAFTS_FORMAT, parseImport } from '../form5106/transfer';
import type { ManualEntryRepo } from '../manual-entries/repo';
import { manualEntrySchema } from '../manual-entries/schema';
import type { PortfolioRepo } from '../portfolios/repo';
import { portfolioSchema } from '../portfolios/schema';
import { SETTINGS_KEY, settingsSchema } from './schema';
import { loadSettings } from './store';

export const BACKUP_FORMAT = 'ace-assist/all-data';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT, {
    error: 'This is not an ACE Assist data file (make one with Options > Data > Export all data).',
  }),
  version: z.literal(BACKUP_VERSION, { error: 'This data file is from a newer ACE Assist: update first.' }),
  exportedAt: z.string(),
  settings: settingsSchema,
  portfolios: z.array(portfolioSchema),
  /** lib/form5106's export file, or null when there were no drafts. */
  drafts: z.unknown().nullable(),
  manualEntries: z.array(manualEntrySchema),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

export type DataRepos = { portfolios: PortfolioRepo; drafts: DraftRepo; manual: ManualEntryRepo };

export type BackupResult = { ok: true; fileName: string; text: string } | { ok: false; error: string };

export function backupFileName(today: string): string {
  return `ace-assist-data-${today}.json`;
}

export async function buildBackup(repos: DataRepos, today: string, now = new Date()): Promise<BackupResult> {
  const portfolios = await repos.portfolios.loadAll();
  if (!portfolios.ok) return { ok: false, error: portfolios.error };
  const drafts = await repos.drafts.list();
  if (!drafts.ok) {
    return {
      ok: false,
      error:
        drafts.code === 'locked'
          ? 'Your Form 5106 drafts are locked: unlock them (Draft lock, below) so they can be included, then export again.'
          : drafts.error,
    };
  }
  const manual = await repos.manual.list();
  if (!manual.ok) return { ok: false, error: manual.error };
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: (await loadSettings()).settings,
    portfolios: portfolios.value.portfolios,
    drafts: drafts.value.drafts.length > 0 ? buildExport(drafts.value.drafts, now) : null,
    manualEntries: manual.value.entries,
  };
  return { ok: true, fileName: backupFileName(today), text: JSON.stringify(file, null, 2) };
}

export type RestoreCounts = {
  portfolios: number;
  drafts: number;
  manualEntries: number;
  manualSkipped: number;
};
export type RestoreResult = { ok: true; counts: RestoreCounts } | { ok: false; problems: string[] };

/** Validates a data file; every problem comes back with where it is in the file. */
export function parseBackup(text: string) {
  if (text.length > MAX_BACKUP_BYTES)
    return { ok: false as const, problems: ['The file is too large to be an ACE Assist data file.'] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false as const,
      problems: ['The file is not valid JSON: pick the .json file ACE Assist exported.'],
    };
  }
  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false as const,
      problems: parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
    };
  }
  let draftContents: ReturnType<typeof parseImport> & { ok: true } = { ok: true, contents: [], migrated: 0 };
  const drafts = parsed.data.drafts as { format?: unknown; drafts?: unknown[] } | null;
  if (
    drafts !== null &&
    !(drafts.format === DRAFTS_FORMAT && Array.isArray(drafts.drafts) && drafts.drafts.length === 0)
  ) {
    const d = parseImport(JSON.stringify(drafts));
    if (!d.ok)
      return { ok: false as const, problems: d.problems.map((p) => `drafts.${p.path}: ${p.message}`) };
    draftContents = d;
  }
  return { ok: true as const, file: parsed.data, draftContents: draftContents.contents };
}

export async function restoreBackup(repos: DataRepos, text: string): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const { file, draftContents } = parsed;
  const fail = (problem: string, undo: string): RestoreResult => ({
    ok: false,
    problems: [`${problem} ${undo}`],
  });

  const existingManual = await repos.manual.list();
  if (!existingManual.ok) return { ok: false, problems: [existingManual.error] };
  const known = new Set(existingManual.value.entries.map((e) => e.entryNumber));

  // 1. Drafts, in one transaction.
  let draftIds: string[] = [];
  if (draftContents.length > 0) {
    const added = await repos.drafts.addAll(draftContents);
    if (!added.ok) return fail(`Drafts: ${added.error}`, 'Nothing was imported.');
    draftIds = added.value.map((d) => d.id);
  }
  const undoDrafts = async () => {
    for (const id of draftIds) await repos.drafts.remove(id);
  };

  // 2. Manual entries, one by one (the repository has no batch write): undone on failure.
  const manualIds: string[] = [];
  const undoManual = async () => {
    for (const id of manualIds) await repos.manual.remove(id);
  };
  let manualSkipped = 0;
  for (const entry of file.manualEntries) {
    if (known.has(entry.entryNumber)) {
      manualSkipped++;
      continue;
    }
    const { entryNumber, entryDate, liquidationDate, entryType, ieepaDutyCents } = entry;
    const created = await repos.manual.create({
      entryNumber,
      entryDate,
      liquidationDate,
      entryType,
      ieepaDutyCents,
    });
    const attached =
      created.ok && entry.portfolioId !== null
        ? await repos.manual.setPortfolio(created.value.id, entry.portfolioId)
        : created;
    if (created.ok) manualIds.push(created.value.id);
    if (!created.ok || !attached.ok) {
      await undoManual();
      await undoDrafts();
      const error = !created.ok ? created.error : !attached.ok ? attached.error : '';
      return fail(`Manual entry ${entryNumber}: ${error}`, 'Nothing was imported.');
    }
    known.add(entryNumber);
  }

  // 3. Portfolios, in one transaction.
  const put = await repos.portfolios.putAll(file.portfolios);
  if (!put.ok) {
    await undoManual();
    await undoDrafts();
    return fail(`Portfolios: ${put.error}`, 'Nothing was imported.');
  }

  // 4. Settings.
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: file.settings });
  } catch (error) {
    await repos.portfolios.removeMany(file.portfolios.map((p) => p.id));
    await undoManual();
    await undoDrafts();
    return fail(
      `Settings: ${error instanceof Error ? error.message : String(error)}.`,
      'Nothing was imported.',
    );
  }
  return {
    ok: true,
    counts: {
      portfolios: file.portfolios.length,
      drafts: draftIds.length,
      manualEntries: manualIds.length,
      manualSkipped,
    },
  };
}
