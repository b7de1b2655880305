import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Referral } from '../../../shared/domain/referral';
import type { Visible } from '../store';
import { ReferralActions } from './ReferralActions';
import { ReferralStatusBadge } from './ReferralStatusBadge';
import { lastActivity } from '../../../shared/referrals/overdue-referrals';

interface ReferralTableProps {
  referrals: readonly Visible<Referral>[];
  partners: ReadonlyMap<string, Visible<Organisation>>;
  /** The member's name per person id; omitted on a member's own profile. */
  memberNames?: ReadonlyMap<string, string>;
  /** Days each referral has waited for the partner (the overdue list). */
  daysWaiting?: ReadonlyMap<string, number>;
  onChanged: () => void;
}

/** Referrals with their partner, purpose, status, last activity and the moves open to them. */
export function ReferralTable(props: ReferralTableProps) {
  const { referrals, partners, memberNames, daysWaiting, onChanged } = props;
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  // From the member to the partner: the arrow points the way the text reads.
  const towards = i18n.dir() === 'rtl' ? '←' : '→';
  if (referrals.length === 0) return <Text>{t('referrals.list.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            {memberNames && <Table.Th scope="col">{t('referrals.list.member')}</Table.Th>}
            <Table.Th scope="col">{t('referrals.list.partner')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.purpose')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.status')}</Table.Th>
            <Table.Th scope="col">
              {daysWaiting ? t('referrals.list.daysWaiting') : t('referrals.list.lastChange')}
            </Table.Th>
            <Table.Th scope="col">{t('referrals.list.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referrals.map((r) => {
            const partner = r.partnerId ? partners.get(r.partnerId)?.name : undefined;
            const member = r.personId ? memberNames?.get(r.personId) : undefined;
            const partnerName = partner ?? t('referrals.list.unknownPartner');
            const subject = member ? `${member} ${towards} ${partnerName}` : partnerName;
            const last =
              r.statusHistory && r.reminders
                ? lastActivity({
                    status: r.status ?? 'sent',
                    statusHistory: r.statusHistory,
                    reminders: r.reminders,
                  })
                : '';
            return (
              <Table.Tr key={r.id}>
                {memberNames && <Table.Td>{member ?? t('referrals.list.unknownMember')}</Table.Td>}
                <Table.Td>{partnerName}</Table.Td>
                <Table.Td>{r.purpose ? t(`referrals.purposes.${r.purpose}`) : ''}</Table.Td>
                <Table.Td>{r.status && <ReferralStatusBadge status={r.status} />}</Table.Td>
                <Table.Td>
                  {daysWaiting
                    ? t('referrals.list.days', { n: daysWaiting.get(r.id) ?? 0 })
                    : last && date.format(new Date(last))}
                </Table.Td>
                <Table.Td>
                  <ReferralActions referral={r} subject={subject} onChanged={onChanged} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
