import { Anchor, Badge, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiasporaAssociation } from '../../../../shared/domain/organisation';
import type { AssociationCount } from '../../../../shared/referrals/association-members';
import type { AssociationNode } from '../../../../shared/referrals/association-tree';
import { hashForRoute } from '../../shell/routes';
import type { Visible } from '../../store';
import { AssociationCountText } from './AssociationCountText';

type Node = AssociationNode<
  Visible<DiasporaAssociation> & { name: string; level: DiasporaAssociation['level'] }
>;

/** The hierarchy as nested lists: each level indented (logical padding, so RTL mirrors it). */
type Counts = ReadonlyMap<string, AssociationCount> | null;

/** Member counts beside each name once they are known (`counts` null while reading). */
export function AssociationTree({ nodes, counts }: { nodes: readonly Node[]; counts: Counts }) {
  const { t } = useTranslation();
  if (nodes.length === 0) return <Text>{t('associations.empty')}</Text>;
  return (
    <Box component="ul" style={{ listStyle: 'none', paddingInlineStart: 0, margin: 0 }}>
      {nodes.map((node) => (
        <TreeItem key={node.association.id} node={node} counts={counts} />
      ))}
    </Box>
  );
}

function TreeItem({ node, counts }: { node: Node; counts: Counts }) {
  const { t } = useTranslation();
  const { association, children } = node;
  const count = counts?.get(association.id);
  return (
    <li>
      <Group gap="xs" py={4}>
        <Anchor href={hashForRoute('partners', 'associations', association.id)}>
          {association.name}
        </Anchor>
        <Badge variant="light">{t(`associations.levels.${association.level}`)}</Badge>
        {count !== undefined && (
          <Text size="sm" c="dimmed">
            <AssociationCountText count={count} />
          </Text>
        )}
      </Group>
      {children.length > 0 && (
        <Box
          component="ul"
          style={{ listStyle: 'none', paddingInlineStart: '1.5rem', margin: 0 }}
          aria-label={t('associations.childrenOf', { name: association.name })}
        >
          {children.map((child) => (
            <TreeItem key={child.association.id} node={child} counts={counts} />
          ))}
        </Box>
      )}
    </li>
  );
}
