import { Stack } from '@mantine/core';
import { ConsultationPanel } from '../../../consultations/ConsultationPanel';
import { ReferralPanel } from '../../../referrals/ReferralPanel';
import { MemberAssociations } from '../../partners/MemberAssociations';
import type { Visible } from '../../../store';
import type { Person } from '../../../../../shared/domain/person';

export interface ProfileServicePanelsProps {
  readonly person: Visible<Person>;
}

/** The service side of a member on the profile: consultations, referrals, associations. */
export function ProfileServicePanels({ person }: ProfileServicePanelsProps) {
  return (
    <Stack gap="xl">
      <ConsultationPanel personId={person.id} />
      <ReferralPanel person={person} />
      <MemberAssociations person={person} />
    </Stack>
  );
}
