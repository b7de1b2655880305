import type { StaffRole } from '../../../shared/domain/staff-user';
import { canManageStaff } from '../store/accounts/roles';

/** The screens of the shell, in navigation order. The first is the home screen. */
export const routes = [
  'members',
  'referrals',
  'needs',
  'reports',
  'staff',
  'audit',
  'account',
  'settings',
  'about',
] as const;
export type Route = (typeof routes)[number];

export const homeRoute: Route = 'members';

/** Screens only administrators see (staff accounts, the audit log). */
export const adminRoutes: ReadonlySet<Route> = new Set<Route>(['staff', 'audit']);

export function canOpenRoute(route: Route, role: StaffRole): boolean {
  return !adminRoutes.has(route) || canManageStaff(role);
}

/** The navigation of one role: the others' screens are not even listed. */
export function routesFor(role: StaffRole): Route[] {
  return routes.filter((route) => canOpenRoute(route, role));
}

/** `#/settings` → 'settings'; anything unknown → the home screen. */
export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  return (routes as readonly string[]).includes(name) ? (name as Route) : homeRoute;
}

export function hashForRoute(route: Route): string {
  return `#/${route}`;
}
