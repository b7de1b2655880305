import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../../shared/domain/placement';
import {
  placementOutcomes,
  placementTransitions,
  type PlacementOutcome,
  type PlacementStatus,
} from '../../../../shared/domain/placement-status';
import type { PlacementMove } from '../../../../shared/matching/transition-placement';
import type { Visible } from '../../store';

interface CandidateActionsProps {
  readonly name: string;
  /** The member's placement for this need, or null when nobody has decided anything yet. */
  readonly placement: Visible<Placement> | null;
  /**
   * False when the member has no active consent to be contacted (contacting is then refused);
   * null while that is not known yet (contacting waits, nothing is said).
   */
  readonly contactable: boolean | null;
  readonly busy: boolean;
  readonly onShortlist: () => void;
  readonly onMove: (move: PlacementMove) => void;
}

type Next = Exclude<PlacementStatus, 'shortlisted'>;

/** The decisions a staff member may take next about one candidate, as buttons. */
export function CandidateActions(props: CandidateActionsProps) {
  const { t } = useTranslation();
  const [outcomeOpen, setOutcomeOpen] = useState(false);
  const { placement, busy } = props;
  if (placement === null) {
    return (
      <Group role="group" aria-label={t('matching.actions.group', { name: props.name })}>
        <Button size="xs" onClick={props.onShortlist} loading={busy}>
          {t('matching.actions.shortlist')}
        </Button>
      </Group>
    );
  }
  const next = (placement.status ? placementTransitions[placement.status] : []) as readonly Next[];
  if (outcomeOpen) {
    return (
      <OutcomeForm
        busy={busy}
        onCancel={() => setOutcomeOpen(false)}
        onSave={(outcome, note) => props.onMove({ to: 'completed', outcome, note })}
      />
    );
  }
  const blocked = next.includes('contacted') && props.contactable === false;
  return (
    <Stack gap={4}>
      {blocked && <Text size="sm">{t('matching.contactBlocked')}</Text>}
      <Group role="group" aria-label={t('matching.actions.group', { name: props.name })} gap="xs">
        {next.map((to) => (
          <Button
            key={to}
            size="xs"
            variant={to === 'removed' || to === 'declined' ? 'default' : 'filled'}
            disabled={busy || (to === 'contacted' && props.contactable !== true)}
            onClick={() => (to === 'completed' ? setOutcomeOpen(true) : props.onMove({ to }))}
          >
            {t(`matching.actions.${to}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

interface OutcomeFormProps {
  readonly busy: boolean;
  readonly onSave: (outcome: PlacementOutcome, note: string) => void;
  readonly onCancel: () => void;
}

function OutcomeForm({ busy, onSave, onCancel }: OutcomeFormProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<PlacementOutcome>('as-planned');
  const [note, setNote] = useState('');
  return (
    <Stack gap="xs" maw="28rem">
      <Select
        label={t('matching.outcome.label')}
        data={placementOutcomes.map((o) => ({
          value: o,
          label: t(`matching.outcome.values.${o}`),
        }))}
        value={outcome}
        onChange={(v) => setOutcome((v as PlacementOutcome | null) ?? 'as-planned')}
        allowDeselect={false}
      />
      <TextInput
        label={t('matching.outcome.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={200}
      />
      <Group gap="xs">
        <Button size="xs" loading={busy} onClick={() => onSave(outcome, note.trim())}>
          {t('matching.outcome.save')}
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('matching.outcome.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
