import { useCallback, useMemo } from 'react';
import { useKnownAssociations } from './use-known-associations';

/**
 * An association's label by record id (its name, told apart from namesakes), for filters and
 * lists that hold only the id; undefined for an association not recorded at this desk.
 */
export function useAssociationLabel(): (id: string) => string | undefined {
  const known = useKnownAssociations();
  const labels = useMemo(() => new Map(known.map((a) => [a.id, a.label])), [known]);
  return useCallback((id: string) => labels.get(id), [labels]);
}
