import { useTranslation } from 'react-i18next';
import { ComingSoonScreen } from '../../ComingSoonScreen';

/** Placeholder until this screen is built: says so plainly instead of showing made-up data. */
export function MemberFormScreen(_props: { path: readonly string[] }) {
  const { t } = useTranslation();
  return <ComingSoonScreen title={t('members.title')} body={t('members.comingBody')} />;
}
