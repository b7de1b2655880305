import { Button, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiasporaAssociation, Organisation } from '../../../../shared/domain/organisation';
import { associationFamilies } from '../../../../shared/referrals/association-members';
import { associationTree, canBeParent } from '../../../../shared/referrals/association-tree';
import { hashForRoute, navigateTo } from '../../shell/routes';
import type { Visible } from '../../store';
import { AssociationForm } from './AssociationForm';
import { AssociationCountsStatus } from './AssociationCountsStatus';
import { AssociationMembersPanel } from './AssociationMembersPanel';
import { AssociationTree } from './AssociationTree';
import { associationValues, emptyAssociation } from './association-values';
import { useAssociationCounts } from './use-association-counts';

type Association = Visible<DiasporaAssociation> & {
  name: string;
  level: DiasporaAssociation['level'];
};

function isAssociation(o: Visible<Organisation>): o is Association {
  return o.kind === 'diaspora-association' && o.name !== undefined && o.level !== undefined;
}

interface AssociationsViewProps {
  path: readonly string[];
  organisations: readonly Visible<Organisation>[];
  onSaved: () => void;
}

/** Diaspora associations as a hierarchy, or the form of one (`new` or its id). */
export function AssociationsView({ path, organisations, onSaved }: AssociationsViewProps) {
  const { t, i18n } = useTranslation();
  const associations = useMemo(() => organisations.filter(isAssociation), [organisations]);
  const tree = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return associationTree(associations, (a, b) => collator.compare(a, b));
  }, [associations, i18n.language]);
  const families = useMemo(() => associationFamilies(associations, canBeParent), [associations]);
  const members = useAssociationCounts(families);
  const counts = members.phase === 'ready' ? members.counts : null;
  const [target] = path;
  const saved = () => {
    onSaved();
    navigateTo('partners', 'associations');
  };
  if (target === undefined) {
    return (
      <Stack>
        <div>
          <Button component="a" href={hashForRoute('partners', 'associations', 'new')}>
            {t('associations.add')}
          </Button>
        </div>
        <Title order={2} size="h3">
          {t('associations.treeTitle')}
        </Title>
        <AssociationCountsStatus state={members} />
        <AssociationTree nodes={tree} counts={counts} />
      </Stack>
    );
  }
  const editing = target === 'new' ? null : associations.find((a) => a.id === target);
  if (editing === undefined) return <Text role="alert">{t('associations.notFound')}</Text>;
  return (
    <Stack>
      <Title order={2} size="h3">
        {editing
          ? t('associations.form.editTitle', { name: editing.name })
          : t('associations.form.newTitle')}
      </Title>
      {editing && <AssociationCountsStatus state={members} />}
      {editing && (
        <AssociationMembersPanel
          key={editing.id}
          name={editing.name}
          family={families.get(editing.id) ?? [editing.id]}
          count={counts?.get(editing.id)}
        />
      )}
      <AssociationForm
        key={editing ? `${editing.id}:${editing.rev}` : 'new'}
        editing={editing ? { id: editing.id, rev: editing.rev } : null}
        initial={editing ? associationValues(editing) : emptyAssociation}
        associations={associations}
        onSaved={saved}
      />
    </Stack>
  );
}
