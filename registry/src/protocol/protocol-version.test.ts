import { describe, expect, it } from 'vitest';
import { checkProtocol, PROTOCOL_VERSION } from './protocol-version';

describe('checkProtocol', () => {
  it('accepts the current version', () => {
    expect(checkProtocol(String(PROTOCOL_VERSION))).toEqual({
      ok: true,
      version: PROTOCOL_VERSION,
    });
    expect(checkProtocol([String(PROTOCOL_VERSION), '9'])).toMatchObject({ ok: true });
  });

  it('asks a missing, unreadable or old version to update, and a newer one to wait', () => {
    for (const header of [undefined, '', '0', '-1', '1.5', 'v1']) {
      expect(checkProtocol(header)).toEqual({ ok: false, error: 'update-required' });
    }
    expect(checkProtocol(String(PROTOCOL_VERSION + 1))).toEqual({
      ok: false,
      error: 'registry-outdated',
    });
  });
});
