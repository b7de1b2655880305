import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPassphrase } from '../../../renderer/src/store/accounts/passphrase-policy';
import {
  afterFailure,
  attemptsBeforeLockout,
  checkLockout,
  FIRST_LOCKOUT_MS,
  MAX_LOCKOUT_MS,
  noFailures,
} from '../../../renderer/src/store/accounts/lockout-policy';
import { canViewHighRisk } from '../../../renderer/src/store/accounts/roles';

describe('passphrase policy', () => {
  it('accepts long passphrases and four-word ones, without composition rules', () => {
    expect(checkPassphrase('river stone window lantern')).toEqual([]);
    expect(checkPassphrase('ሰላም ነው ቤት ዛሬ')).toEqual([]);
    expect(checkPassphrase('مرحبا بكم في البيت')).toEqual([]);
    expect(checkPassphrase('allthelowercaseletters')).toEqual([]);
  });

  it('refuses short, common, repetitive and username-bearing ones', () => {
    expect(checkPassphrase('tiny pass')).toEqual(['too-short']);
    expect(checkPassphrase('Password2024!')).toEqual(['too-common']);
    expect(checkPassphrase('motdepasse motdepasse')).toEqual(['too-common']);
    expect(checkPassphrase('123456789012')).toContain('too-common');
    expect(checkPassphrase('azertyuiop12')).toEqual(['too-common']);
    expect(checkPassphrase('aaaaaaaaaaaaaaaa')).toContain('too-repetitive');
    expect(checkPassphrase('moussa likes long walks', { username: 'moussa' })).toEqual([
      'contains-username',
    ]);
  });
});

describe('lockout policy', () => {
  it('allows four failures, then locks for a delay that doubles up to an hour', () => {
    let state = noFailures;
    const delays: (number | null)[] = [];
    for (let i = 0; i < 14; i++) {
      state = afterFailure(state, 0);
      delays.push(state.lockedUntil);
    }
    expect(delays.slice(0, 4)).toEqual([null, null, null, null]);
    expect(delays.slice(4, 8)).toEqual([1, 2, 4, 8].map((m) => m * FIRST_LOCKOUT_MS));
    expect(delays.at(-1)).toBe(MAX_LOCKOUT_MS);
    expect(checkLockout(state, MAX_LOCKOUT_MS - 1)).toEqual({
      locked: true,
      retryAt: MAX_LOCKOUT_MS,
    });
    expect(checkLockout(state, MAX_LOCKOUT_MS)).toEqual({ locked: false });
    expect(attemptsBeforeLockout(state)).toBe(0);
  });

  it('never shortens the delay as failures grow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (n) => {
        const a = afterFailure({ failures: n, lockedUntil: null }, 0).lockedUntil ?? 0;
        const b = afterFailure({ failures: n + 1, lockedUntil: null }, 0).lockedUntil ?? 0;
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });
});

describe('roles', () => {
  it('keeps high-risk fields from clerks only', () => {
    expect(canViewHighRisk('clerk')).toBe(false);
    expect(['counsellor', 'supervisor', 'admin'].every((r) => canViewHighRisk(r as 'admin'))).toBe(
      true,
    );
  });
});
