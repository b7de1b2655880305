import { useTranslation } from 'react-i18next';
import { ComingSoonScreen } from '../ComingSoonScreen';

/** Placeholder until this screen is built: says so plainly instead of showing made-up data. */
export function PartnersScreen(_props: { path: readonly string[] }) {
  const { t } = useTranslation();
  return <ComingSoonScreen title={t('partners.title')} body={t('partners.comingBody')} />;
}
