import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/person';
import { isLocale } from '../../../shared/i18n/locales';
import { useSessionData } from '../session/use-session-data';
import type { Session, Visible } from '../store';
import { personDisplayName } from './person-display-name';
import { readPeople } from './read-people';

/** The persons named by a list (without high-risk fields) and their display names. */
export function usePeople(ids: readonly string[]) {
  const { i18n } = useTranslation();
  const key = useMemo(() => [...new Set(ids)].sort().join(','), [ids]);
  const load = useCallback(
    (session: Session) => readPeople(session, key === '' ? [] : key.split(',')),
    [key],
  );
  const data = useSessionData(load, key);
  const result = data.result;
  const people: ReadonlyMap<string, Visible<Person>> = useMemo(
    () => (result?.ok === true ? result.value : new Map()),
    [result],
  );
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const [id, person] of people) map.set(id, personDisplayName(person.names, locale));
    return map;
  }, [people, locale]);
  return { people, names, result };
}
