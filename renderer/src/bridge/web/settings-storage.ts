import { Settings, defaultSettings } from '../../../../shared/ipc/contract';

/** The localStorage key the web bridge keeps settings under. */
export const settingsStorageKey = 'diaspora-desk.settings';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Settings from whatever was stored: each field that is missing or damaged falls back to its
 * default, so a bad idle-lock value never costs the person their language choice.
 */
export function settingsFromStored(raw: string | null): Settings {
  let stored: unknown;
  try {
    stored = raw === null ? {} : JSON.parse(raw);
  } catch {
    stored = {};
  }
  const record = typeof stored === 'object' && stored !== null ? stored : {};
  const fields = Object.keys(Settings.shape) as (keyof Settings)[];
  const settings: Record<string, unknown> = {};
  for (const field of fields) {
    const parsed = Settings.shape[field].safeParse((record as Record<string, unknown>)[field]);
    settings[field] = parsed.success ? parsed.data : defaultSettings[field];
  }
  return Settings.parse(settings);
}

export function readSettings(storage: KeyValueStorage): Settings {
  return settingsFromStored(storage.getItem(settingsStorageKey));
}

/** Merges a validated change into the stored settings and returns what is now stored. */
export function writeSettings(storage: KeyValueStorage, changes: Partial<Settings>): Settings {
  const next = Settings.parse({ ...readSettings(storage), ...changes });
  storage.setItem(settingsStorageKey, JSON.stringify(next));
  return next;
}
