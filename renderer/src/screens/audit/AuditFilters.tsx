import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { auditActions, type AuditAction } from '../../../../shared/audit/audit-entry';
import type { StaffRow } from '../../store';

/** `all`, a staff id, or `none` (entries without an account: failed logins of unknown names). */
export type UserFilter = 'all' | 'none' | string;

interface AuditFiltersProps {
  action: AuditAction | 'all';
  user: UserFilter;
  logins: readonly StaffRow[];
  onAction: (action: AuditAction | 'all') => void;
  onUser: (user: UserFilter) => void;
}

/** Narrows the log to one action and/or one person. */
export function AuditFilters({ action, user, logins, onAction, onUser }: AuditFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="md">
      <NativeSelect
        label={t('audit.filters.action')}
        value={action}
        onChange={(event) => onAction(event.currentTarget.value as AuditAction | 'all')}
      >
        <option value="all">{t('audit.filters.allActions')}</option>
        {auditActions.map((name) => (
          <option key={name} value={name}>
            {t(`audit.actions.${name}`)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t('audit.filters.user')}
        value={user}
        onChange={(event) => onUser(event.currentTarget.value)}
      >
        <option value="all">{t('audit.filters.allUsers')}</option>
        {logins.map((login) => (
          <option key={login.id} value={login.id}>
            {login.username}
          </option>
        ))}
        <option value="none">{t('audit.noAccount')}</option>
      </NativeSelect>
    </Group>
  );
}
