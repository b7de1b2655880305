import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultSettings, Settings } from '../../shared/ipc/contract';
import { errorKind, mainLog } from './main-log';
import { writeFileAtomic } from './write-file-atomic';

export const SETTINGS_FILE = 'settings.json';

export interface SettingsStore {
  /** Reads the file once at startup; a damaged file is moved aside and defaults are used. */
  load(): Promise<Settings>;
  /** The settings in force (defaults until `load` ran). */
  current(): Settings;
  /** Applies a validated partial change and writes the file atomically. Updates run in order. */
  update(patch: Partial<Settings>): Promise<Settings>;
}

type ReadOutcome =
  | { kind: 'ok'; settings: Settings }
  | { kind: 'missing' }
  | { kind: 'unreadable' }
  | { kind: 'damaged' };

async function readSettingsFile(path: string): Promise<ReadOutcome> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const kind = errorKind(error);
    if (kind === 'ENOENT') return { kind: 'missing' };
    mainLog.warn('settings.unreadable', { error: kind });
    return { kind: 'unreadable' };
  }
  try {
    const parsed = Settings.safeParse(JSON.parse(text));
    return parsed.success ? { kind: 'ok', settings: parsed.data } : { kind: 'damaged' };
  } catch {
    return { kind: 'damaged' };
  }
}

/** `settings.damaged-2025-01-31T10-20-30-000Z.json`: kept for support, never overwritten. */
export function damagedFileName(at: Date): string {
  return `settings.damaged-${at.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** Moves a damaged file aside so that the next save cannot overwrite it. */
async function keepAside(dir: string, at: Date): Promise<void> {
  try {
    await rename(join(dir, SETTINGS_FILE), join(dir, damagedFileName(at)));
    mainLog.warn('settings.damaged-file-kept-aside');
  } catch (error) {
    mainLog.error('settings.keep-aside-failed', { error: errorKind(error) });
  }
}

function withoutUndefined(patch: Partial<Settings>): Partial<Settings> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

export function createSettingsStore(
  dir: string,
  now: () => Date = () => new Date(),
): SettingsStore {
  const path = join(dir, SETTINGS_FILE);
  let current: Settings = { ...defaultSettings };
  let queue: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<Settings> => {
    const outcome = await readSettingsFile(path);
    switch (outcome.kind) {
      case 'ok':
        current = outcome.settings;
        break;
      case 'missing':
      case 'unreadable':
        current = { ...defaultSettings };
        break;
      case 'damaged':
        await keepAside(dir, now());
        current = { ...defaultSettings };
        break;
      default:
        outcome satisfies never;
    }
    return current;
  };

  const update = (patch: Partial<Settings>): Promise<Settings> => {
    const run = queue.then(async () => {
      const next = Settings.parse({ ...current, ...withoutUndefined(patch) });
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`);
      current = next;
      return next;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return { load, current: () => current, update };
}
