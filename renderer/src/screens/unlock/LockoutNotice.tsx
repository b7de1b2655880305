import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { minutesAndSeconds, useCountdown } from './use-countdown';

/**
 * After too many wrong passphrases: says so once (alert) and counts down to the next try in a
 * timer, which screen readers do not announce every second.
 */
export function LockoutNotice({ retryAt }: { retryAt: number }) {
  const { t } = useTranslation();
  const left = useCountdown(retryAt);
  return (
    <Alert color="red" role="alert" title={t('unlock.lockout.title')}>
      <Text size="sm">{t('unlock.lockout.body')}</Text>
      <Text role="timer" fw={700} mt="xs">
        {left > 0
          ? t('unlock.lockout.countdown', minutesAndSeconds(left))
          : t('unlock.lockout.over')}
      </Text>
    </Alert>
  );
}
