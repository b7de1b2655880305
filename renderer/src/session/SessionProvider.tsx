import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSettings } from '../settings/use-settings';
import { hashForRoute, homeRoute } from '../shell/routes';
import { lock, logout as endSession, mustChangePassphrase, type Session } from '../store';
import type { DeskStore } from './desk-store';
import { DeskSessionContext, type DeskPhase, type DeskSessionApi } from './session-context';
import { useIdleLock } from './use-idle-lock';
import { useLockOnSystemEvent } from './use-lock-on-system-event';

interface SessionProviderProps {
  desk: DeskStore;
  children: ReactNode;
}

const personOf = ({ staffId, username, role }: Session) => ({ staffId, username, role });

/** The next person starts on the home screen, not on the screen someone else left. */
function goHome(): void {
  window.history.replaceState(null, '', hashForRoute(homeRoute));
}

/** The session state machine of the desk: setup, sign-in, lock (by hand, idle, system), logout. */
export function SessionProvider({ desk, children }: SessionProviderProps) {
  const { store } = desk;
  const { settings } = useSettings();
  const [phase, setPhase] = useState<DeskPhase>(() =>
    desk.hasOffice ? { kind: 'signed-out' } : { kind: 'setup' },
  );
  const phaseRef = useRef(phase);
  useEffect(() => {
    phaseRef.current = phase;
  }, [phase]);

  const signIn = useCallback(async (session: Session) => {
    const mustChange = await mustChangePassphrase(session);
    const previous = phaseRef.current;
    if (previous.kind === 'locked' && previous.person.staffId !== session.staffId) goHome();
    setPhase({
      kind: 'unlocked',
      session,
      person: personOf(session),
      mustChangePassphrase: mustChange.ok && mustChange.value,
    });
  }, []);

  const logout = useCallback(() => {
    setPhase((current) => (current.kind === 'setup' ? current : { kind: 'signed-out' }));
    goHome();
    endSession(store).catch(() => console.warn('session: logout entry not written'));
  }, [store]);

  const lockNow = useCallback(() => {
    const current = phaseRef.current;
    if (current.kind !== 'unlocked') return;
    if (current.mustChangePassphrase) return logout();
    // Hide the screen first, then write the audit entry and drop the keys.
    setPhase({ kind: 'locked', person: current.person });
    lock(store).catch(() => console.warn('session: lock entry not written'));
  }, [store, logout]);

  const passphraseChanged = useCallback(() => {
    setPhase((current) =>
      current.kind === 'unlocked' ? { ...current, mustChangePassphrase: false } : current,
    );
  }, []);

  useIdleLock(phase.kind === 'unlocked', settings.idleLockMinutes, lockNow);
  useLockOnSystemEvent(lockNow);

  const api = useMemo<DeskSessionApi>(
    () => ({
      store,
      phase,
      session: phase.kind === 'unlocked' ? phase.session : null,
      signIn,
      lockNow,
      logout,
      passphraseChanged,
    }),
    [store, phase, signIn, lockNow, logout, passphraseChanged],
  );
  return <DeskSessionContext value={api}>{children}</DeskSessionContext>;
}
