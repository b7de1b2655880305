import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { recoveryKeyGroups } from './recovery-key-groups';
import classes from './RecoveryKeySheet.module.css';

interface RecoveryKeySheetProps {
  recoveryKey: string;
  officeName?: string;
  createdAt: Date;
  /** 1 on the setup screen, 2 inside another screen. */
  headingOrder?: 1 | 2;
}

/** The recovery key in large groups, with what a printout needs: office and date. */
export function RecoveryKeySheet({
  recoveryKey,
  officeName,
  createdAt,
  headingOrder = 1,
}: RecoveryKeySheetProps) {
  const { t } = useTranslation();
  return (
    <div className={classes.sheet}>
      <Title order={headingOrder} mb="sm">
        {t('recoveryKey.title')}
      </Title>
      {officeName && <Text>{t('recoveryKey.office', { name: officeName })}</Text>}
      <Text mb="md">{t('recoveryKey.createdOn', { date: createdAt })}</Text>
      <figure style={{ margin: 0 }}>
        <figcaption className={classes.caption}>{t('recoveryKey.caption')}</figcaption>
        <p className={classes.key} dir="ltr" translate="no">
          {recoveryKeyGroups(recoveryKey).join(' ')}
        </p>
      </figure>
    </div>
  );
}
