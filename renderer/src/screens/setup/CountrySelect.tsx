import { Loader, Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { itemLabel, searchList } from '../../../../shared/codelists/lazy';
import { isLocale, type Locale } from '../../../../shared/i18n/locales';
import { useCodeList } from '../../forms/inputs/use-code-list';

interface CountrySelectProps {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  onBlur?: () => void;
  error?: string;
  disabled?: boolean;
}

/** Countries (ISO 3166-1) named in the interface language, searched as the code lists search. */
export function CountrySelect({
  label,
  value,
  onChange,
  onBlur,
  error,
  disabled,
}: CountrySelectProps) {
  const { t, i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'en';
  const countries = useCodeList('iso-3166-1');
  const list = countries.status === 'ready' ? countries.list : undefined;
  const data = useMemo(() => {
    if (list === undefined) return [];
    const collator = new Intl.Collator(locale);
    return list.items
      .map((item) => ({ value: item.code, label: itemLabel(item, locale) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [list, locale]);
  const filter = useMemo<OptionsFilter>(
    () =>
      ({ options, search }) => {
        if (search.trim() === '' || list === undefined) return options;
        const ranked = searchList(list, search, locale, data.length);
        const order = new Map(ranked.map((match, index) => [match.code, index]));
        return (options as ComboboxItem[])
          .filter((option) => order.has(option.value))
          .sort((a, b) => order.get(a.value)! - order.get(b.value)!);
      },
    [data.length, list, locale],
  );
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={(code) => onChange(code)}
      onBlur={onBlur}
      filter={filter}
      searchable
      nothingFoundMessage={t('setup.office.noCountry')}
      error={error}
      errorProps={{ role: 'alert' }}
      disabled={disabled}
      maxDropdownHeight={280}
      rightSection={countries.status === 'loading' ? <Loader size="xs" /> : undefined}
    />
  );
}
