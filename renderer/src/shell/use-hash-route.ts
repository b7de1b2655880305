import { useSyncExternalStore } from 'react';
import { routeFromHash, type Route } from './routes';

let navigations = 0;

function subscribe(onChange: () => void): () => void {
  const listener = () => {
    navigations += 1;
    onChange();
  };
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** The current screen, from the location hash (a router small enough to read in one go). */
export function useHashRoute(): Route {
  return useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
}

/** True once the person has moved between screens (not on the first load). */
export function hasNavigated(): boolean {
  return navigations > 0;
}
