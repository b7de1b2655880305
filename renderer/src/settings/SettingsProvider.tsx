import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from '../../../shared/ipc/contract';
import { getDesktop } from '../bridge/desktop';
import { SettingsContext, type SettingsApi } from './settings-context';

interface SettingsProviderProps {
  initial: Settings;
  children: ReactNode;
}

/** Holds the settings for the whole interface and saves changes through the desktop API. */
export function SettingsProvider({ initial, children }: SettingsProviderProps) {
  const [settings, setSettings] = useState(initial);
  const save = useCallback<SettingsApi['save']>(async (changes) => {
    const result = await getDesktop().settings.set(changes);
    if (result.ok) setSettings(result.value);
    return result;
  }, []);
  const api = useMemo(() => ({ settings, save }), [settings, save]);
  return <SettingsContext value={api}>{children}</SettingsContext>;
}
