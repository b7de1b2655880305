import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodePickerData } from '../../forms/inputs/use-code-picker-data';

interface LanguagesPickerProps {
  readonly label: string;
  readonly value: readonly string[];
  readonly onChange: (codes: string[]) => void;
  readonly error?: string | undefined;
}

/** Several ISO 639-3 languages, searched by name in the interface language. */
export function LanguagesPicker({ label, value, onChange, error }: LanguagesPickerProps) {
  const { t } = useTranslation();
  const data = useCodePickerData('iso-639-3');
  return (
    <MultiSelect
      label={label}
      data={data.options as { value: string; label: string }[]}
      value={[...value]}
      onChange={onChange}
      filter={data.filter}
      limit={50}
      searchable
      clearable
      maxValues={10}
      error={error}
      placeholder={data.state === 'loading' ? t('pickers.loading') : t('pickers.typeToSearch')}
      nothingFoundMessage={
        data.state === 'failed' ? t('pickers.loadFailed') : t('pickers.nothingFound')
      }
      clearButtonProps={{ 'aria-label': t('pickers.clear') }}
    />
  );
}
