import { NativeSelect, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { staffRoles } from '../../../../shared/domain/staff-user';
import { useFormErrorMessage } from '../../forms/use-form-error-message';
import type { NewStaffValues } from './staff-values';

/** Who the new account is: username, display name, role and optional work contact details. */
export function StaffAccountFields({ form }: { form: UseFormReturn<NewStaffValues> }) {
  const { t } = useTranslation();
  const fieldError = useFormErrorMessage();
  const { errors } = form.formState;
  return (
    <>
      <TextInput
        label={t('staff.fields.username')}
        description={t('staff.fields.usernameHint')}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        error={fieldError(errors.username)}
        errorProps={{ role: 'alert' }}
        {...form.register('username')}
      />
      <TextInput
        label={t('staff.fields.displayName')}
        autoComplete="off"
        error={fieldError(errors.displayName)}
        errorProps={{ role: 'alert' }}
        {...form.register('displayName')}
      />
      <NativeSelect label={t('staff.fields.role')} {...form.register('role')}>
        {staffRoles.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </NativeSelect>
      <TextInput
        type="tel"
        dir="ltr"
        label={t('staff.fields.phone')}
        description={t('staff.fields.phoneHint')}
        autoComplete="off"
        error={fieldError(errors.phone)}
        errorProps={{ role: 'alert' }}
        {...form.register('phone')}
      />
      <TextInput
        type="email"
        dir="ltr"
        label={t('staff.fields.email')}
        description={t('staff.fields.optional')}
        autoComplete="off"
        error={fieldError(errors.email)}
        errorProps={{ role: 'alert' }}
        {...form.register('email')}
      />
    </>
  );
}
