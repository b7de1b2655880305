import { useEffect, useRef } from 'react';
import type { DeskPerson } from '../session/session-context';
import { UnlockScreen } from '../screens/unlock/UnlockScreen';
import { MemberSearchProvider } from '../search/MemberSearchProvider';
import classes from './LockableShell.module.css';
import { Shell } from './Shell';
import { StartLayout } from './StartLayout';

interface LockableShellProps {
  person: DeskPerson;
  locked: boolean;
}

/**
 * The person's shell, and over it the unlock screen while locked. Locked, the shell stays
 * mounted (typed input is kept) but is hidden, inert and out of the accessibility tree; screens
 * drop what they decrypted (see useSessionData). Focus returns where it was after unlocking.
 */
export function LockableShell({ person, locked }: LockableShellProps) {
  const app = useRef<HTMLDivElement>(null);
  const lastFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (locked) {
      const active = document.activeElement;
      lastFocus.current =
        active instanceof HTMLElement && app.current?.contains(active) ? active : null;
    } else if (lastFocus.current?.isConnected) {
      lastFocus.current.focus();
      lastFocus.current = null;
    }
  }, [locked]);

  return (
    <>
      <div
        ref={app}
        className={classes.app}
        inert={locked}
        aria-hidden={locked || undefined}
        data-locked={locked || undefined}
      >
        <MemberSearchProvider>
          <Shell person={person} />
        </MemberSearchProvider>
      </div>
      {locked && (
        <div className={classes.overlay}>
          <StartLayout>
            <UnlockScreen lockedPerson={person} />
          </StartLayout>
        </div>
      )}
    </>
  );
}
