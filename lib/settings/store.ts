// Reading and writing the settings in browser.storage.local, validated by settingsSchema both ways.
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings, settingsSchema } from './schema';

export type LoadedSettings = { settings: Settings; damaged: boolean };

/** The stored settings; the defaults when none are stored, or when the stored value is damaged. */
export async function loadSettings(): Promise<LoadedSettings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored === undefined) return { settings: DEFAULT_SETTINGS, damaged: false };
  const parsed = settingsSchema.safeParse(stored);
  return parsed.success
    ? { settings: parsed.data, damaged: false }
    : { settings: DEFAULT_SETTINGS, damaged: true };
}

export type SaveSettingsResult = { ok: true; settings: Settings } | { ok: false; error: string };

/** Applies a change to the stored settings; refuses (and stores nothing) when the result is invalid. */
export async function updateSettings(patch: Partial<Settings>): Promise<SaveSettingsResult> {
  const { settings } = await loadSettings();
  const next = settingsSchema.safeParse({ ...settings, ...patch });
  if (!next.success) return { ok: false, error: next.error.issues[0]?.message ?? 'Invalid settings.' };
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: next.data });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Could not save the settings (browser storage error: ${detail}).` };
  }
  return { ok: true, settings: next.data };
}

/** Calls `listener` with the new settings whenever they change in any context; returns an unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const parsed = settingsSchema.safeParse(changes[SETTINGS_KEY]?.newValue ?? {});
    listener(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
