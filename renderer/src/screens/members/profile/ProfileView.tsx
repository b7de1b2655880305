import { Anchor, Loader, Stack } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { blockIds } from '../../../../../shared/domain/person-blocks';
import type { Locale } from '../../../../../shared/i18n/locales';
import { useStoreErrorMessage } from '../../../i18n/use-store-error-message';
import { useSessionData } from '../../../session/use-session-data';
import { hashForRoute } from '../../../shell/routes';
import { ScreenTitle } from '../../../shell/ScreenTitle';
import { StatusMessage } from '../../../shell/StatusMessage';
import type { Session } from '../../../store';
import { sectionRows, type SectionId } from './block-rows';
import { ConsentsSection } from './ConsentsSection';
import { HistoryPanel } from './HistoryPanel';
import { loadMemberProfile, type MemberProfile } from './load-member-profile';
import { personDisplayName } from './person-display-name';
import { ProfileHeader } from './ProfileHeader';
import { ProfileSection } from './ProfileSection';
import { ProfileServicePanels } from './ProfileServicePanels';
import { profileStatus } from './profile-status';
import { useCodeLabels } from './use-code-labels';

const sections: readonly SectionId[] = [...blockIds, 'service'];

/** A member's profile: every block, consents, the service panels and the change history. */
export function ProfileView({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const storeError = useStoreErrorMessage();
  const load = useCallback((session: Session) => loadMemberProfile(session, personId), [personId]);
  const { result, reload } = useSessionData(load, personId);
  if (result === null) {
    return (
      <section>
        <ScreenTitle>{t('profile.title')}</ScreenTitle>
        <Loader aria-label={t('profile.loading')} />
      </section>
    );
  }
  if (!result.ok) {
    const message =
      result.error.code === 'not-found' ? t('profile.notFound') : storeError(result.error);
    return (
      <section>
        <ScreenTitle>{t('profile.title')}</ScreenTitle>
        <StatusMessage tone="error">{message}</StatusMessage>
        <Anchor href={hashForRoute('members')} mt="md" display="inline-block">
          {t('profile.backToList')}
        </Anchor>
      </section>
    );
  }
  return <LoadedProfile profile={result.value} onChanged={reload} />;
}

function LoadedProfile({ profile, onChanged }: { profile: MemberProfile; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { person, hiddenFields, consents } = profile;
  const codes = useCodeLabels(
    useMemo(() => [person, consents], [person, consents]),
    ['iso-639-3'],
  );
  const format = { t, locale, label: codes.label };
  const status = profileStatus(person, hiddenFields, consents);
  const name = personDisplayName(person.names, locale);
  return (
    <section>
      <ScreenTitle>{name === '' ? t('profile.title') : name}</ScreenTitle>
      <ProfileHeader
        personId={person.id}
        createdAt={person.createdAt}
        updatedAt={person.updatedAt}
        status={status}
        syncState={profile.syncState}
      />
      <Stack gap="md" maw="64rem">
        {sections.map((section) => (
          <ProfileSection
            key={section}
            personId={person.id}
            section={section}
            rows={sectionRows(person, section, hiddenFields, format)}
            editable
          />
        ))}
        <ConsentsSection
          consents={consents}
          withdrawnBy={profile.withdrawnBy}
          staffNames={profile.staffNames}
          label={codes.label}
          onWithdrawn={onChanged}
        />
        <ProfileServicePanels person={person} />
        <HistoryPanel
          personId={person.id}
          staffNames={profile.staffNames}
          label={codes.label}
          revision={person.rev}
        />
      </Stack>
    </section>
  );
}
