import { use } from 'react';
import type { Session } from '../store';
import { DeskSessionContext, type DeskSessionApi } from './session-context';

export function useDeskSession(): DeskSessionApi {
  const api = use(DeskSessionContext);
  if (api === null) throw new Error('useDeskSession needs a SessionProvider above it');
  return api;
}

/** The working session, or null while the desk is locked or signed out. */
export function useActiveSession(): Session | null {
  return useDeskSession().session;
}
