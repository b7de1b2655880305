import { Button, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiasporaAssociation, Organisation } from '../../../../shared/domain/organisation';
import { associationCounts } from '../../../../shared/referrals/association-members';
import { associationTree, canBeParent } from '../../../../shared/referrals/association-tree';
import { hashForRoute, navigateTo } from '../../shell/routes';
import type { Visible } from '../../store';
import { AssociationForm } from './AssociationForm';
import { AssociationMembersPanel } from './AssociationMembersPanel';
import { AssociationTree } from './AssociationTree';
import { associationValues, emptyAssociation } from './association-values';
import { MembersReading } from './MembersReading';
import { useAssociationMembers } from './use-association-members';

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
  const members = useAssociationMembers();
  const ready = members.phase === 'ready' ? members.members : null;
  const counts = useMemo(
    () => (ready === null ? null : associationCounts(associations, ready, canBeParent)),
    [associations, ready],
  );
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
        <MembersReading state={members} />
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
      {editing && <MembersReading state={members} />}
      {editing && ready !== null && (
        <AssociationMembersPanel
          associationId={editing.id}
          name={editing.name}
          members={ready}
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
