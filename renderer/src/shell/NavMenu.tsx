import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hashForRoute, routes, type Route } from './routes';

interface NavMenuProps {
  current: Route;
  onNavigate: () => void;
}

/** One link per screen; the current one is marked for assistive technology too. */
export function NavMenu({ current, onNavigate }: NavMenuProps) {
  const { t } = useTranslation();
  return routes.map((route) => (
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
