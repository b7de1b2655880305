import { useCallback, useEffect, useRef, useState } from 'react';
import { useWatch, type UseFormGetValues } from 'react-hook-form';
import type { PersonInput } from '../../../../../shared/domain/person';
import type { DuplicateCandidate } from '../../../search/member-search-types';
import { useMemberSearch } from '../../../search/use-member-search';
import { useActiveSession } from '../../../session/use-desk-session';
import { fillCandidateNames } from './fill-candidate-names';
import { findIdentifierMatches } from './find-identifier-matches';
import type { MemberFormControl } from './member-form-resolver';
import type { MemberFormValues } from './member-form-values';
import { mergeCandidates } from './merge-candidates';
import { toPersonContent } from './to-person-content';

const DEBOUNCE_MS = 400;

export interface DuplicateCheck {
  readonly candidates: readonly DuplicateCandidate[];
  readonly checking: boolean;
  /** Runs the check at once on these values (before saving) and returns what it found. */
  readonly checkNow: (values: MemberFormValues) => Promise<readonly DuplicateCandidate[]>;
}

/**
 * Possible duplicates of the person being registered, looked up as phones, e-mail, documents,
 * names and date of birth are typed (debounced): the search index's candidates (names, birth
 * year) joined with exact identifier matches from the store's blind indexes. Only a warning.
 */
export function useDuplicateCheck(
  control: MemberFormControl,
  getValues: UseFormGetValues<MemberFormValues>,
  editingId: string | undefined,
): DuplicateCheck {
  const session = useActiveSession();
  const search = useMemberSearch();
  const [candidates, setCandidates] = useState<readonly DuplicateCandidate[]>([]);
  const [checking, setChecking] = useState(false);
  const latest = useRef(0);
  const watched = useWatch({
    control,
    name: ['names', 'dateOfBirth', 'phones', 'email', 'documents'],
  });

  const checkNow = useCallback(
    async (values: MemberFormValues) => {
      if (session === null) return [];
      const run = ++latest.current;
      setChecking(true);
      const { content } = toPersonContent(values);
      const [indexed, exact] = await Promise.all([
        search.findDuplicates(content as Partial<PersonInput>, editingId).catch(() => []),
        findIdentifierMatches(session, content, editingId),
      ]);
      const found = await fillCandidateNames(session, mergeCandidates(exact, indexed));
      if (run === latest.current) {
        setCandidates(found);
        setChecking(false);
      }
      return found;
    },
    [editingId, search, session],
  );

  // Compared as text: only a real change of these fields restarts the wait.
  const key = JSON.stringify(watched);
  useEffect(() => {
    const timer = window.setTimeout(() => void checkNow(getValues()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [key, checkNow, getValues]);

  return { candidates, checking, checkNow };
}
