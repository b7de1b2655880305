import { describe, expect, it } from 'vitest';
import { bearerCredential } from './authenticate-device';
import { hashSecret, isCredentialShaped, newCredential } from './credential';

describe('device credentials', () => {
  it('carry 256 random bits behind a recognisable prefix', () => {
    const credential = newCredential();
    expect(credential).toMatch(/^ddc1_[A-Za-z0-9_-]{43}$/);
    expect(isCredentialShaped(credential)).toBe(true);
    expect(newCredential()).not.toBe(credential);
  });

  it('are stored as a sha-256 hex digest', () => {
    expect(hashSecret('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('are read from a Bearer authorization header only', () => {
    const credential = newCredential();
    expect(bearerCredential(`Bearer ${credential}`)).toBe(credential);
    expect(bearerCredential(`bearer  ${credential} `)).toBe(credential);
    expect(bearerCredential(`Basic ${credential}`)).toBeNull();
    expect(bearerCredential('Bearer short')).toBeNull();
    expect(bearerCredential(undefined)).toBeNull();
  });
});
