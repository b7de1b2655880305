import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiasporaAssociation, Organisation } from '../../../../shared/domain/organisation';
import type { Visible } from '../../store';
import { useOrganisations } from './use-organisations';

export interface KnownAssociation {
  readonly id: string;
  readonly name: string;
  /** The name, or for a name several associations share, the name and its parent or level. */
  readonly label: string;
}

type Named = Visible<DiasporaAssociation> & { name: string };

/**
 * The office's diaspora associations for pickers and links, in alphabetical order, each with a
 * label no other one has. Empty while loading (or when they cannot be read: a picker then still
 * takes a typed name).
 */
export function useKnownAssociations(): readonly KnownAssociation[] {
  const { t, i18n } = useTranslation();
  const { all } = useOrganisations();
  return useMemo(() => {
    const associations = (all ?? []).filter(
      (o: Visible<Organisation>): o is Named =>
        o.kind === 'diaspora-association' && o.name !== undefined,
    );
    const byId = new Map(associations.map((a) => [a.id, a]));
    const uses = new Map<string, number>();
    for (const a of associations) uses.set(a.name, (uses.get(a.name) ?? 0) + 1);
    const labelled = associations.map((a): { id: string; name: string; label: string } => {
      if (uses.get(a.name) === 1) return { id: a.id, name: a.name, label: a.name };
      const parent = a.parentId === undefined ? undefined : byId.get(a.parentId)?.name;
      const within = parent ?? (a.level === undefined ? '' : t(`associations.levels.${a.level}`));
      return { id: a.id, name: a.name, label: `${a.name} (${within})` };
    });
    const labels = new Map<string, number>();
    for (const a of labelled) labels.set(a.label, (labels.get(a.label) ?? 0) + 1);
    for (const a of labelled) {
      // Same name under the same parent: only the record id tells them apart.
      if ((labels.get(a.label) ?? 0) > 1) a.label = `${a.label} #${a.id.slice(-4)}`;
    }
    const collator = new Intl.Collator(i18n.language);
    return labelled.sort((a, b) => collator.compare(a.label, b.label));
  }, [all, t, i18n.language]);
}
