import { use } from 'react';
import { SettingsContext, type SettingsApi } from './settings-context';

export function useSettings(): SettingsApi {
  const api = use(SettingsContext);
  if (api === null) throw new Error('useSettings needs a SettingsProvider above it');
  return api;
}
