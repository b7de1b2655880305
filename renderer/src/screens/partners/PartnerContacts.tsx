import { Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormErrorMessage } from '../../forms/use-form-error-message';
import type { PartnerValues } from './partner-values';

/** The people to reach at the institution: add, edit, remove. */
export function PartnerContacts({ form }: { form: UseFormReturn<PartnerValues> }) {
  const { t } = useTranslation();
  const fieldError = useFormErrorMessage();
  const contacts = useFieldArray({ control: form.control, name: 'contacts' });
  const errors = form.formState.errors.contacts;
  return (
    <Fieldset legend={t('partners.contacts.title')}>
      <Stack gap="sm">
        {contacts.fields.map((field, index) => (
          <Group key={field.id} align="end" wrap="wrap">
            <TextInput
              label={t('partners.contacts.name', { n: index + 1 })}
              error={fieldError(errors?.[index]?.name)}
              {...form.register(`contacts.${index}.name`)}
            />
            <TextInput
              label={t('partners.contacts.role', { n: index + 1 })}
              {...form.register(`contacts.${index}.role`)}
            />
            <TextInput
              label={t('partners.contacts.phone', { n: index + 1 })}
              type="tel"
              dir="ltr"
              error={fieldError(errors?.[index]?.phone)}
              {...form.register(`contacts.${index}.phone`)}
            />
            <TextInput
              label={t('partners.contacts.email', { n: index + 1 })}
              type="email"
              dir="ltr"
              error={fieldError(errors?.[index]?.email)}
              {...form.register(`contacts.${index}.email`)}
            />
            <Button variant="subtle" color="red" onClick={() => contacts.remove(index)}>
              {t('partners.contacts.remove', { n: index + 1 })}
            </Button>
          </Group>
        ))}
        <div>
          <Button
            variant="default"
            onClick={() => contacts.append({ name: '', role: '', phone: '', email: '' })}
          >
            {t('partners.contacts.add')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
