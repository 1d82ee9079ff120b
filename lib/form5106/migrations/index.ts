// Runs a stored or imported draft through every migration from its version to the current one,
// then reads it with the current schema. Numbered steps, one file each (vNNN-to-vMMM.ts), each
// tested against a fixture of the older shape (test/fixtures/form5106).
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, type DraftContent, draftContentSchema } from '../draft';
import { v001ToV002 } from './v001-to-v002';

/** MIGRATIONS[n] takes version n+1 to n+2. */
export const MIGRATIONS: ReadonlyArray<(raw: unknown) => unknown> = [v001ToV002];

export type FieldProblem = { path: string; message: string };
export type MigrateResult =
  | { ok: true; content: DraftContent; migratedFrom?: number }
  | { ok: false; problems: FieldProblem[] };

export function zodProblems(error: z.ZodError, prefix = ''): FieldProblem[] {
  return error.issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter((p) => p !== '').join('.') || '(whole draft)',
    message: i.message,
  }));
}

const versionSchema = z.object({ schemaVersion: z.number().int().min(1) });

export function migrateContent(raw: unknown, prefix = ''): MigrateResult {
  const v = versionSchema.safeParse(raw);
  if (!v.success) return { ok: false, problems: zodProblems(v.error, prefix) };
  const from = v.data.schemaVersion;
  if (from > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: [prefix, 'schemaVersion'].filter(Boolean).join('.'),
          message: `Made by a newer ACE Assist (draft version ${from}, this one reads up to ${CURRENT_SCHEMA_VERSION}): update the extension.`,
        },
      ],
    };
  }
  let current = raw;
  try {
    for (let version = from; version < CURRENT_SCHEMA_VERSION; version++) {
      const step = MIGRATIONS[version - 1];
      if (!step) throw new Error(`No migration from version ${version}.`);
      current = step(current);
    }
  } catch (error) {
    const problems =
      error instanceof z.ZodError
        ? zodProblems(error, prefix)
        : [
            {
              path: prefix || '(whole draft)',
              message: error instanceof Error ? error.message : String(error),
            },
          ];
    return { ok: false, problems };
  }
  const parsed = draftContentSchema.safeParse(current);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error, prefix) };
  return from === CURRENT_SCHEMA_VERSION
    ? { ok: true, content: parsed.data }
    : { ok: true, content: parsed.data, migratedFrom: from };
}
