import { useTranslation } from 'react-i18next';
import type { AssociationCount } from '../../../../shared/referrals/association-members';

/** "Members: 3", or with chapters "Members: 3, 12 with its chapters". */
export function AssociationCountText({ count }: { count: AssociationCount }) {
  const { t } = useTranslation();
  return count.total > count.direct
    ? t('associations.members.countWithChapters', { count: count.direct, total: count.total })
    : t('associations.members.count', { count: count.direct });
}
