import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormCodePicker } from '../fields/FormCodePicker';
import { FormText } from '../fields/FormText';
import { HiddenNotice } from './HiddenNotice';

/** Block 4: region of origin (ISO 3166-2, any country) and locality; hometown association. */
export function OriginSection({ hidden }: { readonly hidden: ReadonlySet<string> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {hidden.has('origin') ? (
        <HiddenNotice label={t('memberForm.origin.region')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FormCodePicker
            name="origin.region"
            list="iso-3166-2"
            label={t('memberForm.origin.region')}
            description={t('memberForm.origin.regionHint')}
          />
          <FormText name="origin.locality" label={t('memberForm.origin.locality')} />
        </SimpleGrid>
      )}
      {hidden.has('hometownAssociation') ? (
        <HiddenNotice label={t('memberForm.origin.hometownAssociation')} />
      ) : (
        <FormText
          name="hometownAssociation.name"
          label={t('memberForm.origin.hometownAssociation')}
        />
      )}
    </Stack>
  );
}
