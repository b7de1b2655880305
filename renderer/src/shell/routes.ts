/** The screens of the shell, in navigation order. The first is the home screen. */
export const routes = ['members', 'referrals', 'needs', 'reports', 'settings', 'about'] as const;
export type Route = (typeof routes)[number];

export const homeRoute: Route = 'members';

/** `#/settings` → 'settings'; anything unknown → the home screen. */
export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  return (routes as readonly string[]).includes(name) ? (name as Route) : homeRoute;
}

export function hashForRoute(route: Route): string {
  return `#/${route}`;
}
