import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../shared/domain/staff-user';
import { hashForRoute, routesFor, type Route } from './routes';

interface NavMenuProps {
  current: Route;
  role: StaffRole;
  onNavigate: () => void;
}

/** One link per screen the person's role may open; the current one is marked for AT too. */
export function NavMenu({ current, role, onNavigate }: NavMenuProps) {
  const { t } = useTranslation();
  return routesFor(role).map((route) => (
    <NavLink
      key={route}
      component="a"
      href={hashForRoute(route)}
      label={t(`shell.nav.${route}`)}
      active={route === current}
      variant="filled"
      aria-current={route === current ? 'page' : undefined}
      onClick={onNavigate}
    />
  ));
}
