import { Alert, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeConsentPurposes, type ConsentPurpose } from '../../../../../shared/domain/consent';
import type { Person } from '../../../../../shared/domain/person';
import { useStoreErrorMessage } from '../../../i18n/use-store-error-message';
import { useActiveSession } from '../../../session/use-desk-session';
import { ScreenTitle } from '../../../shell/ScreenTitle';
import { repositoryFor, type Session, type StoreError } from '../../../store';
import { listPersonConsents } from '../profile/list-person-consents';
import { emptyMemberForm } from './empty-member-form';
import { fromPerson } from './from-person';
import { MemberForm } from './MemberForm';
import { memberFormRoute } from './member-form-route';
import type { MemberFormValues } from './member-form-values';
import type { EditTarget } from './save-member';

type Loaded = {
  initial: MemberFormValues;
  officeCountry: string | null;
  activeConsents: ReadonlySet<ConsentPurpose>;
  editing?: EditTarget;
};

async function officeCountryOf(session: Session): Promise<string | null> {
  const office = await repositoryFor('office').get(session, session.officeId);
  return office.ok ? (office.value.record.country?.code ?? null) : null;
}

async function load(session: Session, id: string | undefined): Promise<Loaded | StoreError> {
  const officeCountry = await officeCountryOf(session);
  if (id === undefined) {
    return { initial: emptyMemberForm(officeCountry), officeCountry, activeConsents: new Set() };
  }
  const person = await repositoryFor('person').get(session, id);
  if (!person.ok) return person.error;
  const consents = await listPersonConsents(session, id);
  if (!consents.ok) return consents.error;
  const active = activeConsentPurposes(id, consents.value);
  const record = person.value.record as Partial<Person> & { id: string; rev: number };
  return {
    initial: fromPerson(record, officeCountry),
    officeCountry,
    activeConsents: active,
    editing: { id, rev: record.rev, original: record, hiddenFields: person.value.hiddenFields },
  };
}

/**
 * `#/members/new` registers a member; `#/members/<id>/edit` edits one. A further segment names
 * the section to open (`#/members/<id>/edit/contact`), its first field focused.
 */
export function MemberFormScreen({ path }: { path: readonly string[] }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const storeMessage = useStoreErrorMessage();
  const route = memberFormRoute(path);
  const { id } = route;
  const [state, setState] = useState<{ key: string; value: Loaded | StoreError } | null>(null);
  const key = id ?? 'new';
  // Bumped after each registration: the next one starts on a newly mounted, empty form.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (session === null) return;
    let live = true;
    void load(session, id).then((value) => live && setState({ key, value }));
    return () => {
      live = false;
    };
  }, [session, id, key]);
  const loaded = state?.key === key ? state.value : null;
  return (
    <>
      <ScreenTitle>
        {id === undefined ? t('memberForm.titleNew') : t('memberForm.titleEdit')}
      </ScreenTitle>
      {loaded === null ? (
        <Loader aria-label={t('memberForm.loading')} />
      ) : 'code' in loaded ? (
        <Alert color="red" role="alert">
          {storeMessage(loaded)}
        </Alert>
      ) : (
        <MemberForm
          key={`${key}:${generation}`}
          {...loaded}
          onRegistered={() => setGeneration((n) => n + 1)}
          initialSection={route.section}
          focusSection={route.sectionNamed}
        />
      )}
    </>
  );
}
