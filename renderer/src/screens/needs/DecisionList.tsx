import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../../shared/domain/placement';
import type { Visible } from '../../store';
import { CandidateActions } from './CandidateActions';
import { PlacementStatusLine } from './PlacementStatusLine';
import type { usePlacementDecisions } from './use-placement-decisions';

interface DecisionListProps {
  readonly placements: readonly Visible<Placement>[];
  readonly nameOf: (id: string) => string;
  /** Who may be contacted now; null until known. */
  readonly contactable: ReadonlySet<string> | null;
  readonly decisions: ReturnType<typeof usePlacementDecisions>;
}

/** Every member someone decided about for this need, suggested today or not, with what is next. */
export function DecisionList({ placements, nameOf, contactable, decisions }: DecisionListProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="decisions-title">
      <Title order={2} size="h3" id="decisions-title">
        {t('matching.decisions')}
      </Title>
      {placements.length === 0 && <Text size="sm">{t('matching.noDecisions')}</Text>}
      {placements.length > 0 && (
        <Table>
          <Table.Tbody>
            {placements.map((p) => {
              const personId = p.personId ?? '';
              return (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row">{nameOf(personId)}</Table.Th>
                  <Table.Td>
                    <PlacementStatusLine placement={p} />
                  </Table.Td>
                  <Table.Td>
                    <CandidateActions
                      name={nameOf(personId)}
                      placement={p}
                      contactable={contactable?.has(personId) ?? null}
                      busy={decisions.busy === personId}
                      onShortlist={() => undefined}
                      onMove={(move) => decisions.move(p, move)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
