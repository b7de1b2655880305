import { Button, Fieldset, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RepeatedRowsProps {
  readonly legend: string;
  /** Accessible name of one row's remove button, e.g. "Remove phone 2". */
  readonly removeLabel: (index: number) => string;
  readonly addLabel: string;
  /** One stable key per row (useFieldArray's ids), so removing a row keeps the others' inputs. */
  readonly keys: readonly string[];
  readonly max?: number;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
  readonly row: (index: number) => ReactNode;
  /** Shown when there is no row yet. */
  readonly emptyText?: string;
}

/** Repeated entries (phones, documents, languages...): each row with its Remove, then Add. */
export function RepeatedRows(props: RepeatedRowsProps) {
  const { t } = useTranslation();
  const count = props.keys.length;
  return (
    <Fieldset legend={props.legend}>
      <Stack gap="sm">
        {count === 0 && props.emptyText !== undefined && (
          <p style={{ margin: 0 }}>{props.emptyText}</p>
        )}
        {props.keys.map((key, index) => (
          <Group key={key} align="flex-end" gap="xs" wrap="nowrap">
            <div style={{ flexGrow: 1 }}>{props.row(index)}</div>
            <Button
              variant="subtle"
              color="red"
              aria-label={props.removeLabel(index + 1)}
              onClick={() => props.onRemove(index)}
            >
              {t('memberForm.remove')}
            </Button>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={props.onAdd}
            disabled={props.max !== undefined && count >= props.max}
          >
            {props.addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
