import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchReason } from '../../../../shared/matching/match-types';
import { useCodeLabel } from './use-code-label';

/** Why a member ranks where they do, one sentence per criterion, in the interface language. */
export function useReasonText(): (reason: MatchReason) => string {
  const { t } = useTranslation();
  const occupation = useCodeLabel('isco-08');
  const language = useCodeLabel('iso-639-3');
  return useCallback(
    (reason: MatchReason): string => {
      switch (reason.criterion) {
        case 'occupation':
          return t(`matching.reasons.occupation.${reason.level}`, {
            label: reason.code === undefined ? '' : occupation(reason.code),
          });
        case 'skills':
          return reason.matched.length === 0
            ? t('matching.reasons.skillsNone', { wanted: reason.wanted })
            : t('matching.reasons.skills', {
                matched: reason.matched.join(', '),
                count: reason.matched.length,
                wanted: reason.wanted,
              });
        case 'languages': {
          const list = reason.levels.map((l) =>
            l.proficiency === undefined
              ? t('matching.reasons.languageMissing', { language: language(l.code) })
              : t('matching.reasons.languageLevel', {
                  language: language(l.code),
                  level: t(`matching.proficiency.${l.proficiency}`),
                }),
          );
          return t('matching.reasons.languages', { list: list.join(' · ') });
        }
        case 'availability': {
          const key = reason.mode
            ? reason.duration
              ? 'both'
              : 'mode'
            : reason.duration
              ? 'duration'
              : 'none';
          return t(`matching.reasons.availability.${key}`);
        }
        case 'region':
          return t(`matching.reasons.region.${reason.level}`);
        case 'sector':
          return t(`matching.reasons.sector.${reason.level}`);
        case 'experience':
          return reason.years > 0
            ? t('matching.reasons.experience', { years: reason.years })
            : t('matching.reasons.experienceNone');
        default: {
          const unknown: never = reason;
          return unknown;
        }
      }
    },
    [t, occupation, language],
  );
}
