import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ComingSoonScreen } from '../screens/ComingSoonScreen';
import { MembersScreen } from '../screens/MembersScreen';
import type { Route } from './routes';

// Screens that pull in more code load on first visit, keeping the startup bundle small.
const SettingsScreen = lazy(() =>
  import('../screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
const AboutScreen = lazy(() =>
  import('../screens/about/AboutScreen').then((m) => ({ default: m.AboutScreen })),
);

export function ScreenOutlet({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route) {
    case 'members':
      return <MembersScreen />;
    case 'referrals':
    case 'needs':
    case 'reports':
      return <ComingSoonScreen title={t(`${route}.title`)} body={t(`${route}.comingBody`)} />;
    case 'settings':
      return <SettingsScreen />;
    case 'about':
      return <AboutScreen />;
  }
}
