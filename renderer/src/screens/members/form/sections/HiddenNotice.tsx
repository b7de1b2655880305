import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** In place of fields the signed-in role may not see: they are kept as they are. */
export function HiddenNotice({ label }: { readonly label: string }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t('memberForm.hiddenField', { field: label })}
    </Text>
  );
}
