import { Alert, Anchor, Checkbox, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../search/member-search-types';
import { hashForRoute } from '../../../shell/routes';

interface DuplicateWarningProps {
  readonly candidates: readonly DuplicateCandidate[];
  readonly confirmed: boolean;
  readonly onConfirm: (confirmed: boolean) => void;
}

/**
 * Members who may be the same person, with why and a link to each profile. Saving anyway needs
 * the box ticked: nothing is merged automatically, a person decides.
 */
export function DuplicateWarning({ candidates, confirmed, onConfirm }: DuplicateWarningProps) {
  const { t } = useTranslation();
  if (candidates.length === 0) return null;
  return (
    <Alert
      color="yellow"
      title={t('memberForm.duplicates.title', { count: candidates.length })}
      role="alert"
    >
      <Text size="sm" mb="xs">
        {t('memberForm.duplicates.body')}
      </Text>
      <List size="sm" mb="sm">
        {candidates.map((candidate) => (
          <List.Item key={candidate.id}>
            <Anchor href={hashForRoute('members', candidate.id)}>
              {candidate.name || t('memberForm.duplicates.unnamed')}
            </Anchor>{' '}
            —{' '}
            {candidate.reasons
              .map((reason) => t(`memberForm.duplicates.reason.${reason}`))
              .join(', ')}
          </List.Item>
        ))}
      </List>
      <Checkbox
        checked={confirmed}
        onChange={(event) => onConfirm(event.currentTarget.checked)}
        label={t('memberForm.duplicates.confirm')}
      />
    </Alert>
  );
}
