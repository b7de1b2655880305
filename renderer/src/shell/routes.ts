import type { StaffRole } from '../../../shared/domain/staff-user';
import { canManageStaff } from '../store/accounts/roles';

/** The screens of the shell, in navigation order. The first is the home screen. */
export const routes = [
  'members',
  'referrals',
  'needs',
  'partners',
  'reports',
  'sync',
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

/** Where the person is: a screen and the path inside it (`#/members/<id>/edit`). */
export interface HashLocation {
  readonly route: Route;
  /** Segments after the screen's name, decoded: `['<id>', 'edit']`. Empty on the screen itself. */
  readonly path: readonly string[];
}

/** `#/members/abc/edit` → members + ['abc', 'edit']; anything unknown → the home screen. */
export function locationFromHash(hash: string): HashLocation {
  const [name = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (!(routes as readonly string[]).includes(name)) return { route: homeRoute, path: [] };
  const path = rest.filter((segment) => segment !== '').map(safeDecode);
  return { route: name as Route, path };
}

/** `#/settings` → 'settings'; anything unknown → the home screen. */
export function routeFromHash(hash: string): Route {
  return locationFromHash(hash).route;
}

/** `hashForRoute('members', id, 'edit')` → `#/members/<id>/edit`. */
export function hashForRoute(route: Route, ...path: readonly string[]): string {
  return ['#', route, ...path.map(encodeURIComponent)].join('/');
}

/** Moves to a screen (and a path inside it), as a link would. */
export function navigateTo(route: Route, ...path: readonly string[]): void {
  window.location.hash = hashForRoute(route, ...path);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
