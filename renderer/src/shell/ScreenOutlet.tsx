import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../shared/domain/staff-user';
import { ComingSoonScreen } from '../screens/ComingSoonScreen';
import { MembersScreen } from '../screens/members/MembersScreen';
import { canOpenRoute, type Route } from './routes';

// Screens that pull in more code load on first visit, keeping the startup bundle small.
const SettingsScreen = lazy(() =>
  import('../screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
const AboutScreen = lazy(() =>
  import('../screens/about/AboutScreen').then((m) => ({ default: m.AboutScreen })),
);
const StaffScreen = lazy(() =>
  import('../screens/staff/StaffScreen').then((m) => ({ default: m.StaffScreen })),
);
const AuditScreen = lazy(() =>
  import('../screens/audit/AuditScreen').then((m) => ({ default: m.AuditScreen })),
);
const PartnersScreen = lazy(() =>
  import('../screens/partners/PartnersScreen').then((m) => ({ default: m.PartnersScreen })),
);
const ReferralsScreen = lazy(() =>
  import('../screens/referrals/ReferralsScreen').then((m) => ({ default: m.ReferralsScreen })),
);
const NeedsScreen = lazy(() =>
  import('../screens/needs/NeedsScreen').then((m) => ({ default: m.NeedsScreen })),
);
const SyncScreen = lazy(() =>
  import('../screens/sync/SyncScreen').then((m) => ({ default: m.SyncScreen })),
);
const AccountScreen = lazy(() =>
  import('../screens/account/AccountScreen').then((m) => ({ default: m.AccountScreen })),
);

interface ScreenOutletProps {
  route: Route;
  /** The path inside the screen (`['<id>', 'edit']`); each screen reads its own. */
  path: readonly string[];
  role: StaffRole;
}

export function ScreenOutlet({ route, path, role }: ScreenOutletProps) {
  const { t } = useTranslation();
  if (!canOpenRoute(route, role)) {
    return <ComingSoonScreen title={t('notAllowed.title')} body={t('notAllowed.body')} />;
  }
  switch (route) {
    case 'members':
      return <MembersScreen path={path} />;
    case 'referrals':
      return <ReferralsScreen path={path} />;
    case 'needs':
      return <NeedsScreen path={path} />;
    case 'partners':
      return <PartnersScreen path={path} />;
    case 'sync':
      return <SyncScreen path={path} />;
    case 'reports':
      return <ComingSoonScreen title={t(`${route}.title`)} body={t(`${route}.comingBody`)} />;
    case 'staff':
      return <StaffScreen />;
    case 'audit':
      return <AuditScreen />;
    case 'account':
      return <AccountScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'about':
      return <AboutScreen />;
  }
}
