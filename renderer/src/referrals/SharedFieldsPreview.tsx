import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstitutionType } from '../../../shared/domain/organisation';
import { shareTemplate } from '../../../shared/referrals/share-template';

/** What the partner will receive, shown to the clerk before anything is sent. */
export function SharedFieldsPreview({ institutionType }: { institutionType: InstitutionType }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text fw={600} id="shared-fields-title">
        {t('referrals.share.title', { type: t(`partners.types.${institutionType}`) })}
      </Text>
      <List aria-labelledby="shared-fields-title" size="sm">
        {shareTemplate(institutionType).map((field) => (
          <List.Item key={field}>{t(`referrals.share.fields.${field}`)}</List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed">
        {t('referrals.share.never')}
      </Text>
    </div>
  );
}
