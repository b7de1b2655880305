import { Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DELETED_FIELD } from '../../../../shared/sync/merge/record-state';
import type { Json } from '../../../../shared/sync/json';
import type { Conflict } from '../../../../shared/sync/protocol/conflict';
import type { ProfileFormat } from '../members/profile/profile-format';
import { conflictFieldLabel, conflictValueLines } from './conflict-value-lines';
import type { DecisionKind, FieldDecision } from './field-decision';
import classes from './ConflictsInbox.module.css';

interface Props {
  readonly conflict: Conflict;
  readonly decision: FieldDecision;
  /** This desk's office made the incoming value ("mine"); else another office did. */
  readonly incomingIsMine: boolean;
  /** The person's role may not see this field's values. */
  readonly withheld: boolean;
  readonly problem: string | null;
  readonly format: ProfileFormat;
  readonly onChange: (decision: FieldDecision) => void;
}

/** One field in conflict: base, registry and incoming values side by side, and the decision. */
export function ConflictFieldRow(props: Props) {
  const { conflict, format, withheld } = props;
  const { t } = useTranslation();
  const label = conflictFieldLabel(conflict.recordType, conflict.field, t);
  const incomingTitle = props.incomingIsMine ? t('conflicts.mine') : t('conflicts.theirs');
  const sides: [string, Json][] = [
    [t('conflicts.base'), conflict.base],
    [t('conflicts.registry'), conflict.registry],
    [incomingTitle, conflict.incoming],
  ];
  return (
    <fieldset className={classes.field} data-testid={`conflict-field-${conflict.field}`}>
      <legend className={classes.legend}>{label}</legend>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {sides.map(([title, value]) => (
          <ValueCell key={title} title={title} lines={withheld ? null : lines(value)} />
        ))}
      </SimpleGrid>
      {withheld ? (
        <Text size="sm" mt="xs">
          {t('conflicts.withheld')}
        </Text>
      ) : (
        <DecisionPicker {...props} label={label} incomingTitle={incomingTitle} />
      )}
    </fieldset>
  );

  function lines(value: Json): string[] {
    return conflictValueLines(conflict.recordType, conflict.field, value, format);
  }
}

function ValueCell({ title, lines }: { title: string; lines: string[] | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} className={classes.value}>
      <Text size="xs" fw={600} c="dimmed">
        {title}
      </Text>
      {lines === null ? (
        <Text size="sm">{t('conflicts.value.withheld')}</Text>
      ) : lines.length === 0 ? (
        <Text size="sm" fs="italic">
          {t('conflicts.value.empty')}
        </Text>
      ) : (
        lines.map((line, i) => (
          <Text size="sm" key={i}>
            {line}
          </Text>
        ))
      )}
    </Stack>
  );
}

function DecisionPicker(props: Props & { label: string; incomingTitle: string }) {
  const { conflict, decision, onChange, label } = props;
  const { t } = useTranslation();
  const editable = conflict.field !== DELETED_FIELD;
  const useIncoming = props.incomingIsMine ? t('conflicts.useMine') : t('conflicts.useTheirs');
  return (
    <Stack gap="xs" mt="sm">
      <Radio.Group
        label={t('conflicts.decisionFor', { field: label })}
        value={decision.kind ?? ''}
        onChange={(kind) => onChange({ ...decision, kind: kind as DecisionKind })}
      >
        <Group gap="lg" mt={4}>
          <Radio value="keep-registry" label={t('conflicts.keepRegistry')} />
          <Radio value="use-incoming" label={useIncoming} />
          {editable ? <Radio value="edit" label={t('conflicts.edit')} /> : null}
        </Group>
      </Radio.Group>
      {editable && decision.kind === 'edit' ? (
        <MergedValueField
          label={t('conflicts.mergedValue', { field: label })}
          decision={decision}
          problem={props.problem}
          onChange={onChange}
        />
      ) : null}
      {props.problem && decision.kind !== 'edit' ? (
        <Text size="sm" c="red" role="alert">
          {props.problem}
        </Text>
      ) : null}
    </Stack>
  );
}

interface MergedValueProps {
  readonly label: string;
  readonly decision: FieldDecision;
  readonly problem: string | null;
  readonly onChange: (decision: FieldDecision) => void;
}

/** The merged value as a person types it: one line for text, JSON for structured values. */
function MergedValueField({ label, decision, problem, onChange }: MergedValueProps) {
  const { t } = useTranslation();
  const change = (text: string) => onChange({ ...decision, text });
  if (decision.input === 'structured') {
    return (
      <Textarea
        label={label}
        description={t('conflicts.structuredHelp')}
        value={decision.text}
        autosize
        minRows={3}
        error={problem}
        dir="ltr"
        onChange={(event) => change(event.currentTarget.value)}
      />
    );
  }
  return (
    <TextInput
      label={label}
      value={decision.text}
      error={problem}
      dir="auto"
      inputMode={decision.input === 'number' ? 'decimal' : undefined}
      onChange={(event) => change(event.currentTarget.value)}
    />
  );
}
