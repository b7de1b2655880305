import { createContext } from 'react';
import type { Settings } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';

export interface SettingsApi {
  /** The settings as last saved. */
  settings: Settings;
  /** Saves a change through the desktop API; the settings update only when it succeeded. */
  save: (changes: Partial<Settings>) => Promise<IpcResult<Settings>>;
}

export const SettingsContext = createContext<SettingsApi | null>(null);
