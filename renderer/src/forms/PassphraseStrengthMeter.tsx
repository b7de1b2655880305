import { Box, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PassphraseStrength } from './passphrase-strength';
import classes from './PassphraseStrengthMeter.module.css';

const filled: Record<PassphraseStrength['level'], number> = {
  empty: 0,
  refused: 1,
  acceptable: 2,
  strong: 3,
  'very-strong': 4,
};

/** A four-step bar (decoration) and, for assistive technology too, the level and the advice. */
export function PassphraseStrengthMeter({ strength }: { strength: PassphraseStrength }) {
  const { t } = useTranslation();
  return (
    <Box mt={6}>
      <div className={classes.bar} data-level={strength.level} aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className={classes.step} data-on={step <= filled[strength.level]} />
        ))}
      </div>
      <div aria-live="polite">
        <Text size="sm" mt={4}>
          {t(`forms.strength.${strength.level}`)}
        </Text>
        {strength.problems.length > 0 && (
          <List size="sm" mt={2}>
            {strength.problems.map((problem) => (
              <List.Item key={problem}>{t(`forms.passphraseProblem.${problem}`)}</List.Item>
            ))}
          </List>
        )}
      </div>
    </Box>
  );
}
