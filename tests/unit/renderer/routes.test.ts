import { describe, expect, it } from 'vitest';
import {
  canOpenRoute,
  hashForRoute,
  locationFromHash,
  routeFromHash,
  routes,
  routesFor,
} from '../../../renderer/src/shell/routes';

describe('hash routes', () => {
  it('round-trips every screen through the location hash', () => {
    for (const route of routes) expect(routeFromHash(hashForRoute(route))).toBe(route);
  });

  it('sends an empty or unknown hash to the members screen', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#main-content', '#/SETTINGS']) {
      expect(routeFromHash(hash)).toBe('members');
    }
  });

  it('lists Staff and Audit log for administrators only', () => {
    expect(routesFor('admin')).toEqual([...routes]);
    for (const role of ['clerk', 'counsellor', 'supervisor'] as const) {
      expect(routesFor(role)).not.toContain('staff');
      expect(routesFor(role)).not.toContain('audit');
      expect(routesFor(role)).toContain('account');
      expect(canOpenRoute('staff', role)).toBe(false);
      expect(canOpenRoute('audit', role)).toBe(false);
    }
  });
});

describe('paths inside a screen', () => {
  it('reads the segments after the screen name, decoded', () => {
    expect(locationFromHash('#/members/0192-ab/edit')).toEqual({
      route: 'members',
      path: ['0192-ab', 'edit'],
    });
    expect(locationFromHash(hashForRoute('needs', 'a b/c'))).toEqual({
      route: 'needs',
      path: ['a b/c'],
    });
  });

  it('drops the path of an unknown screen', () => {
    expect(locationFromHash('#/nowhere/x')).toEqual({ route: 'members', path: [] });
  });
});
