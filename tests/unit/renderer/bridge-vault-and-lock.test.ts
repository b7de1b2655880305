import { describe, expect, it, vi } from 'vitest';
import { desktopKeyVault } from '../../../renderer/src/bridge/desktop-key-vault';
import { createWebBridge } from '../../../renderer/src/bridge/web/create-web-bridge';
import type { WebBridgeDeps } from '../../../renderer/src/bridge/web/create-web-bridge';
import { webAppInfo } from '../../../renderer/src/bridge/web/web-app-info';
import { fail } from '../../../shared/ipc/result';
import type { DesktopApi } from '../../../shared/ipc/contract';

function bridge(overrides: Partial<WebBridgeDeps> = {}) {
  return createWebBridge({
    appInfo: webAppInfo,
    storage: { getItem: () => null, setItem: () => undefined },
    download: () => undefined,
    pickFile: async () => null,
    ...overrides,
  });
}

const wrapped = Uint8Array.from({ length: 40 }, (_, i) => i);

describe('web bridge vault', () => {
  it('passes blobs through as none: the passphrase alone guards the key', async () => {
    const api = bridge();
    expect(await api.vault.protect({ data: wrapped })).toEqual({
      ok: true,
      value: { protected: wrapped, scheme: 'none' },
    });
    expect(await api.vault.unprotect({ protected: wrapped, scheme: 'none' })).toEqual({
      ok: true,
      value: { data: wrapped },
    });
  });

  it('cannot open a blob the OS key store protected', async () => {
    expect(await bridge().vault.unprotect({ protected: wrapped, scheme: 'safe-storage' })).toEqual({
      ok: false,
      error: { code: 'vault-unavailable' },
    });
  });

  it('validates vault input against the contract', async () => {
    const api = bridge();
    expect(await api.vault.protect({ data: new Uint8Array(0) })).toEqual({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await api.vault.unprotect({ protected: wrapped, scheme: 'plain' as 'none' })).toEqual({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('web bridge session.onLockRequested', () => {
  it('fires on pagehide only, and stops after unsubscribe', () => {
    const page = new EventTarget();
    const api = bridge({ pageEvents: page });
    const listener = vi.fn();
    const unsubscribe = api.session.onLockRequested(listener);
    page.dispatchEvent(new Event('visibilitychange'));
    page.dispatchEvent(new Event('freeze'));
    page.dispatchEvent(new Event('blur'));
    expect(listener).not.toHaveBeenCalled();
    page.dispatchEvent(new Event('pagehide'));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([]);
    unsubscribe();
    page.dispatchEvent(new Event('pagehide'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('is a harmless subscription where there are no page events', () => {
    const unsubscribe = bridge().session.onLockRequested(() => undefined);
    expect(unsubscribe).toBeTypeOf('function');
    expect(() => unsubscribe()).not.toThrow();
  });
});

describe('desktopKeyVault', () => {
  it('maps the desktop vault to the store: scheme kept, failures as vault-unavailable', async () => {
    const web = desktopKeyVault(bridge());
    expect(await web.protect(wrapped)).toEqual({
      ok: true,
      value: { protected: wrapped, scheme: 'none' },
    });
    expect(await web.unprotect(wrapped, 'safe-storage')).toEqual({
      ok: false,
      code: 'vault-unavailable',
    });
    const broken = {
      vault: { protect: async () => fail('internal'), unprotect: async () => fail('internal') },
    } as unknown as DesktopApi;
    expect(await desktopKeyVault(broken).protect(wrapped)).toEqual({
      ok: false,
      code: 'vault-unavailable',
    });
    expect(await desktopKeyVault(broken).unprotect(wrapped, 'none')).toEqual({
      ok: false,
      code: 'vault-unavailable',
    });
  });
});
