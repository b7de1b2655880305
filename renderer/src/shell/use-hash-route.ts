import { useSyncExternalStore } from 'react';
import { locationFromHash, type HashLocation } from './routes';

let navigations = 0;

function subscribe(onChange: () => void): () => void {
  const listener = () => {
    navigations += 1;
    onChange();
  };
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

// One object per distinct hash, so useSyncExternalStore sees a stable snapshot.
let lastHash: string | undefined;
let lastLocation: HashLocation | undefined;

function snapshot(): HashLocation {
  const hash = window.location.hash;
  if (hash !== lastHash || !lastLocation) {
    lastHash = hash;
    lastLocation = locationFromHash(hash);
  }
  return lastLocation;
}

/** The current screen and path, from the location hash (a router small enough to read in one go). */
export function useHashLocation(): HashLocation {
  return useSyncExternalStore(subscribe, snapshot);
}

/** True once the person has moved between screens (not on the first load). */
export function hasNavigated(): boolean {
  return navigations > 0;
}
