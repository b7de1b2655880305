import { createContext } from 'react';
import type { StaffRole } from '../../../shared/domain/staff-user';
import type { OfficeStore, Session } from '../store';

/** Who the shell on screen belongs to: kept while the desk is locked, without any secret. */
export interface DeskPerson {
  readonly staffId: string;
  readonly username: string;
  readonly role: StaffRole;
}

/**
 * Where the desk is. `setup`: no office yet. `signed-out`: nobody's screen is open.
 * `unlocked`: a person works (`mustChangePassphrase`: first, they replace the one an admin gave
 * them). `locked`: their screen stays mounted but hidden and inert under the unlock screen.
 */
export type DeskPhase =
  | { readonly kind: 'setup' }
  | { readonly kind: 'signed-out' }
  | {
      readonly kind: 'unlocked';
      readonly session: Session;
      readonly person: DeskPerson;
      readonly mustChangePassphrase: boolean;
    }
  | { readonly kind: 'locked'; readonly person: DeskPerson };

export interface DeskSessionApi {
  readonly store: OfficeStore;
  readonly phase: DeskPhase;
  /** The working session; null while locked or signed out (no key is in memory then). */
  readonly session: Session | null;
  /** Opens the desk for a session from createOffice, unlock or recoverAccess. */
  signIn(session: Session): Promise<void>;
  /** Locks at once: hides the screen, writes the audit entry, drops the keys. */
  lockNow(): void;
  /** Ends the session and closes the person's screen. */
  logout(): void;
  /** The person has chosen their own passphrase (first sign-in). */
  passphraseChanged(): void;
}

export const DeskSessionContext = createContext<DeskSessionApi | null>(null);
