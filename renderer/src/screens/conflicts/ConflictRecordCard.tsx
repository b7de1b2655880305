import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldSensitivity } from '../../../../shared/domain/field-sensitivity';
import { canViewHighRisk } from '../../store';
import type { Session } from '../../store/session';
import { resolveConflict } from '../../sync';
import { useSyncView } from '../../sync/state/use-sync-view';
import { ConflictFieldRow } from './ConflictFieldRow';
import { conflictFieldLabel } from './conflict-value-lines';
import { choiceOf, initialDecision, type FieldDecision } from './field-decision';
import type { ConflictGroup } from './group-conflicts';
import { useConflictFormat } from './use-conflict-format';
import { useRecordHeading } from './use-record-heading';

interface Props {
  readonly session: Session;
  readonly group: ConflictGroup;
  /** Called once decisions are saved (or failed), so the list is read again. */
  readonly onSettled: (outcome: 'saved' | 'failed') => void;
}

/** One record's open conflicts, field by field, with one "Save decisions" for all of them. */
export function ConflictRecordCard({ session, group, onSettled }: Props) {
  const { t } = useTranslation();
  const format = useConflictFormat(group);
  const heading = useRecordHeading(session, group.recordType, group.recordId);
  // Ops carry the registry's id of the office (the link's), not the desk's local office id.
  const ownOfficeId = useSyncView(session).view.link?.office.id ?? session.officeId;
  const [decisions, setDecisions] = useState(
    () => new Map(group.open.map((c) => [c.id, initialDecision(c)])),
  );
  const [problems, setProblems] = useState(new Map<string, string>());
  const [saving, setSaving] = useState(false);
  const sensitivity = fieldSensitivity[group.recordType] as Readonly<Record<string, string>>;
  const withheld = (field: string) =>
    sensitivity[field] === 'high-risk' && !canViewHighRisk(session.role);
  const settleable = group.open.filter((c) => !withheld(c.field));

  async function save() {
    const found = new Map<string, string>();
    const choices = settleable.map((c) => ({ c, result: choiceOf(c, decisions.get(c.id)!) }));
    for (const { c, result } of choices) {
      if (!result.ok) found.set(c.id, t(`conflicts.problem.${result.code}`));
    }
    setProblems(found);
    if (found.size > 0) return;
    setSaving(true);
    try {
      for (const { c, result } of choices) {
        if (result.ok) await resolveConflict(session, c.id, result.choice);
      }
      onSettled('saved');
    } catch {
      console.warn(`conflicts: resolve failed for record ${group.recordId}`);
      onSettled('failed');
    } finally {
      setSaving(false);
    }
  }

  const setDecision = (id: string, decision: FieldDecision) =>
    setDecisions((prev) => new Map(prev).set(id, decision));
  return (
    <Card withBorder component="article" aria-label={heading} data-testid="conflict-record">
      <Title order={3} size="h4" mb="xs" dir="auto">
        {heading}
      </Title>
      <Stack gap={0}>
        {group.open.map((conflict) => (
          <ConflictFieldRow
            key={conflict.id}
            conflict={conflict}
            decision={decisions.get(conflict.id)!}
            incomingIsMine={conflict.incomingBy.officeId === ownOfficeId}
            withheld={withheld(conflict.field)}
            problem={problems.get(conflict.id) ?? null}
            format={format}
            onChange={(decision) => setDecision(conflict.id, decision)}
          />
        ))}
      </Stack>
      {group.resolving.length > 0 ? (
        <Alert color="blue" mb="sm">
          {t('conflicts.waiting', {
            fields: group.resolving
              .map((c) => conflictFieldLabel(c.recordType, c.field, t))
              .join(', '),
          })}
        </Alert>
      ) : null}
      {settleable.length > 0 ? (
        <Button onClick={() => void save()} loading={saving} style={{ alignSelf: 'flex-start' }}>
          {t('conflicts.save')}
        </Button>
      ) : group.open.length > 0 ? (
        <Text size="sm">{t('conflicts.needsCounsellor')}</Text>
      ) : null}
    </Card>
  );
}
