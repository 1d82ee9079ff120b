// Export and import of drafts as a JSON file. The file carries the schema version; import reads it
// with zod, migrates older versions, reports every problem by field, and adds all drafts in one
// transaction or none (repo.addAll).
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, type Draft, type DraftContent } from './draft';
import { type FieldProblem, migrateContent } from './migrations/index';
import { contentOf, type DraftRepo } from './repo';

export const EXPORT_FORMAT = 'ace-assist/form5106-drafts';

export type ExportFile = {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  drafts: DraftContent[];
};

export function buildExport(drafts: Draft[], now = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    drafts: drafts.map(contentOf),
  };
}

export function exportFileName(today: string): string {
  return `ace-assist-5106-drafts-${today}.json`;
}

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: 'This is not an ACE Assist drafts file.' }),
  schemaVersion: z.number().int().min(1),
  drafts: z.array(z.unknown()).min(1, 'The file holds no drafts.'),
});

export type ParsedImport =
  | { ok: true; contents: DraftContent[]; migrated: number }
  | { ok: false; problems: FieldProblem[] };

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      problems: [{ path: '(file)', message: 'The file is too large to be a drafts export.' }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '(file)', message: 'The file is not valid JSON.' }] };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      problems: envelope.error.issues.map((i) => ({
        path: i.path.join('.') || '(file)',
        message: i.message,
      })),
    };
  }
  const problems: FieldProblem[] = [];
  const contents: DraftContent[] = [];
  let migrated = 0;
  envelope.data.drafts.forEach((item, i) => {
    // Drafts without their own version take the file's.
    const withVersion =
      item && typeof item === 'object' && !('schemaVersion' in item)
        ? { ...item, schemaVersion: envelope.data.schemaVersion }
        : item;
    const r = migrateContent(withVersion, `drafts.${i}`);
    if (r.ok) {
      contents.push(r.content);
      if (r.migratedFrom !== undefined) migrated++;
    } else {
      problems.push(...r.problems);
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, contents, migrated };
}

export type ImportOutcome =
  | { ok: true; drafts: Draft[]; migrated: number }
  | { ok: false; problems: FieldProblem[] };

export async function importDrafts(repo: DraftRepo, text: string): Promise<ImportOutcome> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const added = await repo.addAll(parsed.contents);
  if (!added.ok) return { ok: false, problems: [{ path: '(storage)', message: added.error }] };
  return { ok: true, drafts: added.value, migrated: parsed.migrated };
}
