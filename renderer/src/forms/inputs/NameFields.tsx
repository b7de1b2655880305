import { Fieldset, Group, TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NameScript } from '../../../../shared/domain/person-names';

export const nameParts = ['given', 'family', 'other'] as const;
export type NamePart = (typeof nameParts)[number];

/** How each script is typed: direction and language tag for the browser and screen readers. */
const scriptInput: Readonly<Record<NameScript, { dir: 'ltr' | 'rtl'; lang: string }>> = {
  latin: { dir: 'ltr', lang: 'und-Latn' },
  passport: { dir: 'ltr', lang: 'und-Latn' },
  arabic: { dir: 'rtl', lang: 'ar' },
  ethiopic: { dir: 'ltr', lang: 'am' },
};

export interface NameFieldsProps {
  readonly script: NameScript;
  /** The input props of one part (from the form: register + error). */
  readonly partProps: (part: NamePart) => TextInputProps & Record<string, unknown>;
}

/**
 * Given name, family name and other names (father's, grandfather's, middle) in one script,
 * each input typed in that script's direction (Arabic right to left even in a French screen).
 */
export function NameFields({ script, partProps }: NameFieldsProps) {
  const { t } = useTranslation();
  const { dir, lang } = scriptInput[script];
  return (
    <Fieldset legend={t(`pickers.names.${script}`)}>
      <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
        {nameParts.map((part) => (
          <TextInput
            key={part}
            label={t(`pickers.names.${part}`)}
            dir={dir}
            lang={lang}
            autoComplete="off"
            miw={180}
            {...partProps(part)}
          />
        ))}
      </Group>
    </Fieldset>
  );
}
