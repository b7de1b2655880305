import { Loader, Select } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandardCodeListId } from '../../../../shared/codelists/lazy';
import type { Coded } from '../../../../shared/domain/coded';
import { codedValue } from './coded-value';
import { useCodePickerData } from './use-code-picker-data';

export interface CodePickerProps<L extends StandardCodeListId> {
  readonly list: L;
  readonly label: string;
  readonly value: Coded<L> | null;
  readonly onChange: (value: Coded<L> | null) => void;
  readonly onBlur?: () => void;
  /** Only codes starting with this prefix (a country's subdivisions: `NE-`). */
  readonly within?: string;
  readonly error?: string;
  readonly description?: string;
  readonly disabled?: boolean;
  readonly required?: boolean;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly name?: string;
  readonly id?: string;
}

/**
 * Type-ahead picker over one code list in the interface language. The value is a coded value
 * `{list, version, code}`, never a label. Shows a loader while the list's chunk loads.
 */
export function CodePicker<L extends StandardCodeListId>({
  inputRef,
  ...props
}: CodePickerProps<L>) {
  const { t } = useTranslation();
  const data = useCodePickerData(props.list, props.within);
  const loading = data.state === 'loading';
  return (
    <Select
      ref={inputRef}
      name={props.name}
      id={props.id}
      label={props.label}
      description={props.description}
      data={data.options as { value: string; label: string }[]}
      value={props.value?.code ?? null}
      onChange={(code) => props.onChange(codedValue(props.list, code, props.value))}
      onBlur={props.onBlur}
      filter={data.filter}
      limit={50}
      searchable
      clearable
      required={props.required}
      disabled={props.disabled}
      placeholder={loading ? t('pickers.loading') : t('pickers.typeToSearch')}
      nothingFoundMessage={
        data.state === 'failed' ? t('pickers.loadFailed') : t('pickers.nothingFound')
      }
      error={props.error}
      rightSection={loading ? <Loader size="xs" /> : undefined}
      maxDropdownHeight={280}
      clearButtonProps={{ 'aria-label': t('pickers.clear') }}
    />
  );
}
