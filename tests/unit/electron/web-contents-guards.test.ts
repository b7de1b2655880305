import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents } from './fakes/fake-web-contents';

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(async () => undefined) } }));
vi.mock('electron', () => electron);

const { applyWebContentsGuards } = await import('../../../electron/main/web-contents-guards');

const allowed = 'https://help.example.org/guide';
let contents: FakeWebContents;
let openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  contents = new FakeWebContents();
  openExternal = vi.fn(async () => undefined);
  applyWebContentsGuards(contents.asWebContents(), {
    openExternal,
    isAllowedExternalUrl: (url) => url.startsWith('https://help.example.org/'),
  });
});

describe('navigation', () => {
  it('lets the app move between its own pages', () => {
    expect(contents.attempt('will-navigate', 'app://desk/members')).toBe(false);
    expect(contents.attempt('will-frame-navigate', 'app://desk/index.html')).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://help.example.org/guide',
    'file:///etc/passwd',
    'app://evil/index.html',
    'javascript:alert(1)',
  ])('refuses to navigate to %s and does not open it elsewhere', (url) => {
    expect(contents.attempt('will-navigate', url)).toBe(true);
    expect(contents.attempt('will-frame-navigate', url)).toBe(true);
    expect(contents.attempt('will-redirect', url)).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses to navigate to an allowlisted link but opens it once in the browser', () => {
    expect(contents.attempt('will-navigate', allowed)).toBe(true);
    expect(contents.attempt('will-frame-navigate', allowed)).toBe(true);
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith(allowed);
  });
});

describe('new windows', () => {
  it('denies every window.open, even to the app itself', () => {
    for (const url of ['app://desk/index.html', 'https://evil.example/', 'about:blank', allowed]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('opens only allowlisted links in the browser', () => {
    contents.windowOpenHandler?.({ url: 'https://evil.example/' });
    contents.windowOpenHandler?.({ url: 'file:///etc/passwd' });
    expect(openExternal).not.toHaveBeenCalled();
    contents.windowOpenHandler?.({ url: allowed });
    expect(openExternal).toHaveBeenCalledWith(allowed);
  });

  it('keeps working when the browser cannot be opened', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(contents.windowOpenHandler?.({ url: allowed })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(console.error).toHaveBeenCalled());
  });
});

describe('webviews', () => {
  it('refuses to attach a webview', () => {
    expect(contents.attemptWebview()).toBe(true);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'usb'])(
    'refuses a request for %s',
    (permission) => {
      const callback = vi.fn();
      contents.session.permissionRequestHandler?.(contents, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(callback).toHaveBeenCalledTimes(1);
    },
  );

  it('answers every permission check with no, even for the app origin', () => {
    for (const permission of ['media', 'clipboard-sanitized-write', 'fullscreen', 'hid']) {
      expect(
        contents.session.permissionCheckHandler?.(contents, permission, 'app://desk', {}),
      ).toBe(false);
    }
  });

  it('refuses access to devices', () => {
    expect(contents.session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('installs the handlers (no handler would mean Electron grants by default)', () => {
    expect(contents.session.permissionRequestHandler).toBeTypeOf('function');
    expect(contents.session.permissionCheckHandler).toBeTypeOf('function');
    expect(contents.session.devicePermissionHandler).toBeTypeOf('function');
  });
});

describe('defaults', () => {
  it('uses the shipped allowlist and shell.openExternal when given no options', () => {
    const plain = new FakeWebContents();
    applyWebContentsGuards(plain.asWebContents());
    plain.windowOpenHandler?.({ url: 'https://diasporadesk.org/help' });
    plain.windowOpenHandler?.({ url: 'https://evil.example/' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://diasporadesk.org/help');
  });
});
