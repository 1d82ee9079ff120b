// A draft: one 5106 in progress, with what the list needs around it. Current schema version 2;
// older shapes are brought forward by migrations/ before this schema sees them.
import { z } from 'zod';
import { form5106Schema } from './schema';

export const CURRENT_SCHEMA_VERSION = 2;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31.');

/** What the user owns: the label, the date their 5106 is on file with CBP, and the form. */
export const draftContentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** Label in the list, e.g. the client's name. */
  name: z.string().default(''),
  /** When the user's 5106 was last filed/updated with CBP (YYYY-MM-DD), '' if unknown. */
  onFileDate: z.union([isoDate, z.literal('')]).default(''),
  /** The user's own notes; migrations also park here what they could not map, so nothing is lost. */
  notes: z.string().default(''),
  form: form5106Schema.prefault({}),
});

/** Bookkeeping the repository owns. Times are epoch milliseconds (instants, not calendar dates). */
export const draftMetaSchema = z.object({
  id: z.string().min(1),
  /** Bumped on every write; an editor saves only against the revision it loaded (conflict check). */
  revision: z.number().int().nonnegative(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /**
   * `<session id>#<edit sequence>` of the editor that wrote this revision. A page's own autosave and
   * its close-time save (sent through the background) can cross: a newer revision from the same
   * session is not a conflict, and the higher sequence (later typing) wins.
   */
  lastEditor: z.string().optional(),
});

export const draftSchema = draftMetaSchema.extend(draftContentSchema.shape);

export type DraftContent = z.infer<typeof draftContentSchema>;
export type DraftMeta = z.infer<typeof draftMetaSchema>;
export type Draft = z.infer<typeof draftSchema>;
