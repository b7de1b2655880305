import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditAction } from '../../../../shared/audit/audit-entry';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { useSessionData } from '../../session/use-session-data';
import { ScreenTitle } from '../../shell/ScreenTitle';
import { StatusMessage } from '../../shell/StatusMessage';
import { listAuditEntries, listStaffLogins, type Session } from '../../store';
import { AuditFilters, type UserFilter } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { VerifyAuditChain } from './VerifyAuditChain';

export const AUDIT_PAGE_SIZE = 25;

/** The audit log (admins): newest first, filtered by action and person, paged, verifiable. */
export function AuditScreen() {
  const { t } = useTranslation();
  const storeError = useStoreErrorMessage();
  const [action, setAction] = useState<AuditAction | 'all'>('all');
  const [user, setUser] = useState<UserFilter>('all');
  const [page, setPage] = useState(0);
  const logins = useSessionData(listStaffLogins);
  const load = useCallback(
    (session: Session) =>
      listAuditEntries(session, {
        offset: page * AUDIT_PAGE_SIZE,
        limit: AUDIT_PAGE_SIZE,
        ...(action === 'all' ? {} : { action }),
        ...(user === 'all' ? {} : { userId: user === 'none' ? null : user }),
      }),
    [action, user, page],
  );
  const entries = useSessionData(load, `${action}|${user}|${page}`);
  const usernames = useMemo(
    () => new Map(logins.result?.ok ? logins.result.value.map((l) => [l.id, l.username]) : []),
    [logins.result],
  );
  const result = entries.result;
  const pages = result?.ok ? Math.max(1, Math.ceil(result.value.total / AUDIT_PAGE_SIZE)) : 1;

  return (
    <section>
      <ScreenTitle>{t('audit.title')}</ScreenTitle>
      <Stack gap="lg" maw="64rem">
        <Text>{t('audit.intro')}</Text>
        <VerifyAuditChain />
        <AuditFilters
          action={action}
          user={user}
          logins={logins.result?.ok ? logins.result.value : []}
          onAction={(next) => {
            setAction(next);
            setPage(0);
          }}
          onUser={(next) => {
            setUser(next);
            setPage(0);
          }}
        />
        {result === null && <Loader aria-label={t('shell.loading')} />}
        {result?.ok === false && (
          <StatusMessage tone="error">{storeError(result.error)}</StatusMessage>
        )}
        {result?.ok === true && (
          <>
            <AuditTable
              entries={result.value.entries}
              usernames={usernames}
              caption={t('audit.caption', { total: result.value.total, page: page + 1, pages })}
            />
            <Group justify="space-between">
              <Button variant="default" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('audit.previous')}
              </Button>
              <Text size="sm">{t('audit.page', { page: page + 1, pages })}</Text>
              <Button
                variant="default"
                disabled={page + 1 >= pages}
                onClick={() => setPage(page + 1)}
              >
                {t('audit.next')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </section>
  );
}
