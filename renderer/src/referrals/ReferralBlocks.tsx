import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralBlock } from '../../../shared/referrals/check-referral';

/** Why the referral cannot go, each reason with what to do about it. */
export function ReferralBlocks({
  blocks,
  live,
}: {
  blocks: readonly ReferralBlock[];
  live: boolean;
}) {
  const { t } = useTranslation();
  if (blocks.length === 0) return null;
  return (
    <Alert color="red" role={live ? 'alert' : undefined} title={t('referrals.blocked.title')}>
      <List>
        {blocks.map((block) => (
          <List.Item key={block}>{t(`referrals.blocked.${block}`)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
