import { describe, expect, it } from 'vitest';
import { hashForRoute, routeFromHash, routes } from '../../../renderer/src/shell/routes';

describe('hash routes', () => {
  it('round-trips every screen through the location hash', () => {
    for (const route of routes) expect(routeFromHash(hashForRoute(route))).toBe(route);
  });

  it('sends an empty or unknown hash to the members screen', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#main-content', '#/SETTINGS']) {
      expect(routeFromHash(hash)).toBe('members');
    }
  });
});
