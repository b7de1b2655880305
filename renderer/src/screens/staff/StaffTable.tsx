import { Badge, Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../store';

interface StaffTableProps {
  members: readonly StaffMember[];
  /** The signed-in admin: their own account cannot be disabled here. */
  ownId: string;
  onDisable: (member: StaffMember) => void;
}

/** Every account: username, name, role, status, and a Disable button for active colleagues. */
export function StaffTable({ members, ownId, onDisable }: StaffTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder>
        <Table.Caption>{t('staff.list.caption', { count: members.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('staff.fields.username')}</Table.Th>
            <Table.Th scope="col">{t('staff.fields.displayName')}</Table.Th>
            <Table.Th scope="col">{t('staff.fields.role')}</Table.Th>
            <Table.Th scope="col">{t('staff.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('staff.list.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Th scope="row" dir="ltr" style={{ textAlign: 'start' }}>
                {member.username}
              </Table.Th>
              <Table.Td>{member.displayName ?? '—'}</Table.Td>
              <Table.Td>{t(`roles.${member.role}`)}</Table.Td>
              <Table.Td>
                <Badge color={member.status === 'active' ? 'green.9' : 'gray.7'} variant="light">
                  {t(`staff.status.${member.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {member.status === 'active' && member.id !== ownId && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onDisable(member)}
                    aria-label={t('staff.list.disableNamed', { username: member.username })}
                  >
                    {t('staff.list.disable')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
