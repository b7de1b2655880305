import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { consultationTopics, type ConsultationTopic } from '../../../shared/domain/consultation';

const topics: ReadonlySet<string> = new Set(consultationTopics);

function isConsultationTopic(code: string): code is ConsultationTopic {
  return topics.has(code);
}

/** A topic code's label; a code from a newer version of the list shows as itself. */
export function useTopicLabel(): (code: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (code: string) => (isConsultationTopic(code) ? t(`consultations.topics.${code}`) : code),
    [t],
  );
}
