import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordType } from '../../../../shared/domain/record-envelope';
import { hashForRoute } from '../../shell/routes';
import type { RefusedChange } from '../../sync/state/sync-meta';

/** Where a record of this type opens, if a screen shows it. */
function recordHref(type: RecordType, id: string): string | null {
  switch (type) {
    case 'person':
      return hashForRoute('members', id);
    case 'organisation':
      return hashForRoute('partners', id);
    case 'consultation':
    case 'referral':
    case 'mission-request':
    case 'placement':
    case 'consent':
    case 'office':
    case 'staff-user':
      return null;
  }
}

/**
 * Local changes the registry refused for good: which record, why, and what to do. The record
 * keeps the refused value on this desk until someone edits it or the registry sends a newer one.
 */
export function RefusedChanges(props: {
  refused: readonly RefusedChange[];
  onDismiss: () => void;
}) {
  const { t, i18n } = useTranslation();
  if (props.refused.length === 0) return null;
  return (
    <Alert color="yellow" title={t('sync.refused.title', { count: props.refused.length })}>
      <Stack gap="xs">
        <Text size="sm">{t('sync.refused.help')}</Text>
        <List size="sm" data-testid="sync-refused">
          {[...props.refused].reverse().map((change) => {
            const href = recordHref(change.recordType, change.recordId);
            return (
              <List.Item key={change.opId}>
                {t('sync.refused.item', {
                  type: t(`sync.refused.types.${change.recordType}`),
                  when: new Date(change.at).toLocaleString(i18n.language),
                  reason: t(`sync.refused.codes.${change.code}`),
                })}{' '}
                {href ? <Anchor href={href}>{t('sync.refused.open')}</Anchor> : null}
              </List.Item>
            );
          })}
        </List>
        <Button variant="default" size="xs" w="fit-content" onClick={props.onDismiss}>
          {t('sync.refused.dismiss')}
        </Button>
      </Stack>
    </Alert>
  );
}
