import { Group, Loader, Select, TextInput } from '@mantine/core';
import { useMemo, type Ref } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { callingCode, checkPhone, type PhoneEntry } from './phone-number';
import { useCodePickerData } from './use-code-picker-data';

export interface PhoneInputProps {
  readonly label: string;
  readonly value: PhoneEntry;
  readonly onChange: (value: PhoneEntry) => void;
  readonly onBlur?: () => void;
  readonly error?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly name?: string;
  /** The id of the number input (errors and focus go there). */
  readonly id?: string;
}

/**
 * A phone number: its country (with the calling code) and the number, national or international.
 * Under a valid number it shows the international form that will be stored (E.164).
 */
export function PhoneInput({
  label,
  value,
  onChange,
  onBlur,
  error,
  inputRef,
  name,
  id,
}: PhoneInputProps) {
  const { t } = useTranslation();
  const countries = useCodePickerData('iso-3166-1');
  const options = useMemo(
    () =>
      countries.options.map((option) => {
        const code = callingCode(option.value);
        return { value: option.value, label: code ? `${option.label} (${code})` : option.label };
      }),
    [countries.options],
  );
  const check = checkPhone(value);
  const setNumberOnBlur = () => {
    // Once valid, show the number's country (a number typed with +33 belongs to France).
    if (check.status === 'valid' && check.country !== value.country) {
      onChange({ ...value, country: check.country });
    }
    onBlur?.();
  };
  return (
    <Group align="flex-start" gap="xs" wrap="wrap">
      <Select
        label={t('pickers.phoneCountry', { label })}
        data={options}
        value={value.country}
        onChange={(country) => onChange({ ...value, country })}
        filter={countries.filter}
        limit={50}
        searchable
        placeholder={t('pickers.typeToSearch')}
        nothingFoundMessage={t('pickers.nothingFound')}
        rightSection={countries.state === 'loading' ? <Loader size="xs" /> : undefined}
        w={260}
      />
      <TextInput
        ref={inputRef}
        name={name}
        id={id}
        label={label}
        type="tel"
        dir="ltr"
        autoComplete="off"
        value={value.number}
        onChange={(event) => onChange({ ...value, number: event.currentTarget.value })}
        onBlur={setNumberOnBlur}
        error={error}
        description={
          check.status === 'valid' ? (
            // The number stays in order (+227 90 …) inside a right-to-left sentence.
            <Trans
              i18nKey="pickers.phoneStoredAs"
              values={{ number: check.international }}
              components={{ number: <bdi dir="ltr" /> }}
            />
          ) : undefined
        }
        style={{ flexGrow: 1, minInlineSize: '12rem' }}
      />
    </Group>
  );
}
