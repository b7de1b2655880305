import { Anchor, Badge, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiasporaAssociation } from '../../../../shared/domain/organisation';
import type { AssociationNode } from '../../../../shared/referrals/association-tree';
import { hashForRoute } from '../../shell/routes';
import type { Visible } from '../../store';

type Node = AssociationNode<
  Visible<DiasporaAssociation> & { name: string; level: DiasporaAssociation['level'] }
>;

/** The hierarchy as nested lists: each level indented (logical padding, so RTL mirrors it). */
export function AssociationTree({ nodes }: { nodes: readonly Node[] }) {
  const { t } = useTranslation();
  if (nodes.length === 0) return <Text>{t('associations.empty')}</Text>;
  return (
    <Box component="ul" style={{ listStyle: 'none', paddingInlineStart: 0, margin: 0 }}>
      {nodes.map((node) => (
        <TreeItem key={node.association.id} node={node} />
      ))}
    </Box>
  );
}

function TreeItem({ node }: { node: Node }) {
  const { t } = useTranslation();
  const { association, children } = node;
  return (
    <li>
      <Group gap="xs" py={4}>
        <Anchor href={hashForRoute('partners', 'associations', association.id)}>
          {association.name}
        </Anchor>
        <Badge variant="light">{t(`associations.levels.${association.level}`)}</Badge>
      </Group>
      {children.length > 0 && (
        <Box
          component="ul"
          style={{ listStyle: 'none', paddingInlineStart: '1.5rem', margin: 0 }}
          aria-label={t('associations.childrenOf', { name: association.name })}
        >
          {children.map((child) => (
            <TreeItem key={child.association.id} node={child} />
          ))}
        </Box>
      )}
    </li>
  );
}
