import { useEffect, useState } from 'react';
import {
  membersByAssociation,
  type MemberOfAssociation,
  type PersonMemberships,
} from '../../../../shared/referrals/association-members';
import { useActiveSession } from '../../session/use-desk-session';
import { onRecordsCommitted, type Session, type StoreError } from '../../store';
import {
  readMemberships,
  readMembershipsOf,
  type MemberNames,
  type ReadProgress,
} from './read-memberships';

export type MembersByAssociation = ReadonlyMap<string, readonly MemberOfAssociation<MemberNames>[]>;

export type AssociationMembers =
  | { readonly phase: 'reading'; readonly progress: ReadProgress }
  | { readonly phase: 'ready'; readonly members: MembersByAssociation }
  | { readonly phase: 'failed'; readonly error: StoreError };

type Held = AssociationMembers & { readonly session: Session };

const starting: ReadProgress = { done: 0, total: 0 };

/**
 * The members of every known association. People are read once when the view opens (with
 * progress), then only the persons each later commit wrote are read again, so a member just
 * registered shows up without reading the office again. Dropped when the desk locks.
 */
export function useAssociationMembers(): AssociationMembers {
  const session = useActiveSession();
  const [held, setHeld] = useState<Held | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (session === null) return;
    const controller = new AbortController();
    const people = new Map<string, PersonMemberships<MemberNames>>();
    let loaded = false;
    let waiting: string[] = [];
    const publish = () =>
      setHeld({ session, phase: 'ready', members: membersByAssociation(people.values()) });
    const fail = (error: StoreError) => setHeld({ session, phase: 'failed', error });
    const reread = async (ids: readonly string[]) => {
      const result = await readMembershipsOf(session, ids);
      if (controller.signal.aborted) return;
      if (!result.ok) return fail(result.error);
      for (const id of ids) people.delete(id);
      for (const person of result.value) people.set(person.id, person);
      publish();
    };
    const stop = onRecordsCommitted(session.store.db, (event) => {
      if (event.cleared) return setGeneration((g) => g + 1);
      const ids = event.changes.filter((c) => c.type === 'person' || c.deleted).map((c) => c.id);
      if (ids.length === 0) return;
      if (loaded) void reread(ids);
      else waiting.push(...ids);
    });
    const progress = (p: ReadProgress) => setHeld({ session, phase: 'reading', progress: p });
    void readMemberships(session, progress, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok) return fail(result.error);
      for (const person of result.value) people.set(person.id, person);
      loaded = true;
      publish();
      if (waiting.length > 0) void reread(waiting);
      waiting = [];
    });
    return () => {
      controller.abort();
      stop();
    };
  }, [session, generation]);
  if (session === null || held === null || held.session !== session) {
    return { phase: 'reading', progress: starting };
  }
  return held;
}
