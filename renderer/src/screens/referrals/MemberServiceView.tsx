import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConsultationPanel } from '../../consultations/ConsultationPanel';
import { ReferralPanel } from '../../referrals/ReferralPanel';
import { usePeople } from '../../referrals/use-people';
import { hashForRoute } from '../../shell/routes';

/**
 * One member's consultations and referrals (`#/referrals/member/<id>`): where the due-follow-ups
 * and referral lists lead, with a link to the full profile.
 */
export function MemberServiceView({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { people, names, result } = usePeople([personId]);
  const person = people.get(personId);
  if (result?.ok === true && !person) {
    return <Text role="alert">{t('referrals.member.notFound')}</Text>;
  }
  return (
    <Stack gap="xl">
      <div>
        <Title order={2} size="h3">
          {t('referrals.member.title', {
            name: names.get(personId) || t('referrals.list.unknownMember'),
          })}
        </Title>
        <Anchor href={hashForRoute('members', personId)}>{t('referrals.member.profile')}</Anchor>
      </div>
      {person && (
        <>
          <ConsultationPanel personId={personId} />
          <ReferralPanel person={person} />
        </>
      )}
    </Stack>
  );
}
