import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonNames } from '../../../../shared/domain/person-names';
import { isLocale } from '../../../../shared/i18n/locales';
import { repositoryFor } from '../../store';
import type { Session } from '../../store/session';
import { personDisplayName } from '../members/profile/person-display-name';

/** The heading of a record in conflict: a person's name in the reader's script, else its id. */
export function useRecordHeading(session: Session, recordType: string, recordId: string): string {
  const { t, i18n } = useTranslation();
  const [names, setNames] = useState<PersonNames | undefined>(undefined);
  useEffect(() => {
    if (recordType !== 'person') return;
    let live = true;
    void repositoryFor('person')
      .get(session, recordId)
      .then((result) => {
        if (live && result.ok) setNames(result.value.record.names);
      });
    return () => {
      live = false;
    };
  }, [session, recordType, recordId]);
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const name = personDisplayName(names, locale);
  if (recordType !== 'person') return t('conflicts.recordHeading', { id: recordId });
  return name === '' ? t('conflicts.unnamedPerson', { id: recordId }) : name;
}
