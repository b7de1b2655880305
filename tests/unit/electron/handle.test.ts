import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/ipc/result';
import { fakeIpcEvent } from './fakes/fake-ipc-event';

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn((): object | null => ({})) },
}));
vi.mock('electron', () => electron);

const { createIpcListener, handle, isOwnAppSender } = await import('../../../electron/main/handle');

const allowAll = () => true;
const appInfo = {
  name: 'Diaspora Desk',
  version: '0.1.0',
  platform: 'electron',
  vault: 'safe-storage',
} as const;

let logged: string[];
beforeEach(() => {
  logged = [];
  const record = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  vi.spyOn(console, 'error').mockImplementation(record);
  vi.spyOn(console, 'warn').mockImplementation(record);
  vi.spyOn(console, 'info').mockImplementation(record);
});
afterEach(() => vi.restoreAllMocks());

describe('createIpcListener', () => {
  it('answers a valid call with the handler value', async () => {
    const listener = createIpcListener('app:info', async () => ok(appInfo), allowAll);
    await expect(listener(fakeIpcEvent(), undefined)).resolves.toEqual({
      ok: true,
      value: appInfo,
    });
  });

  it('passes the parsed input and the event to the handler', async () => {
    const impl = vi.fn(async () => ok({ locale: 'fr', idleLockMinutes: 10, registryUrl: null }));
    const event = fakeIpcEvent();
    await createIpcListener('settings:set', impl as never, allowAll)(event, { locale: 'fr' });
    expect(impl).toHaveBeenCalledWith({ locale: 'fr' }, event);
  });

  it('refuses a sender the check rejects, without calling the handler', async () => {
    const impl = vi.fn(async () => ok(appInfo));
    const listener = createIpcListener('app:info', impl, () => false);
    await expect(listener(fakeIpcEvent(), undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(impl).not.toHaveBeenCalled();
  });

  it('refuses a frame of another origin with the production check', async () => {
    const impl = vi.fn(async () => ok(appInfo));
    const listener = createIpcListener('app:info', impl, isOwnAppSender);
    const result = await listener(fakeIpcEvent({ url: 'https://evil.example/' }), undefined);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    expect(impl).not.toHaveBeenCalled();
  });

  it('refuses a sender outside the app windows with the production check', async () => {
    electron.BrowserWindow.fromWebContents.mockReturnValueOnce(null);
    const impl = vi.fn(async () => ok(appInfo));
    const result = await createIpcListener(
      'app:info',
      impl,
      isOwnAppSender,
    )(fakeIpcEvent(), undefined);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    expect(impl).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown locale', { locale: 'xx' }],
    ['a lock delay out of range', { idleLockMinutes: 0 }],
    ['a registry on another scheme', { registryUrl: 'javascript:alert(1)' }],
    ['a string instead of an object', 'locale=fr'],
  ])('refuses %s as invalid-input, without calling the handler', async (_name, input) => {
    const impl = vi.fn();
    const listener = createIpcListener('settings:set', impl, allowAll);
    await expect(listener(fakeIpcEvent(), input)).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(impl).not.toHaveBeenCalled();
  });

  it('refuses a save whose file name climbs out of the folder', async () => {
    const impl = vi.fn();
    const input = { suggestedName: '../../.bashrc', mimeType: 'text/plain', content: 'x' };
    const result = await createIpcListener('file:save', impl, allowAll)(fakeIpcEvent(), input);
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input' } });
    expect(impl).not.toHaveBeenCalled();
  });

  it('turns a thrown exception into internal and logs no payload or message', async () => {
    const listener = createIpcListener(
      'settings:set',
      async () => {
        throw new Error('cannot write /home/amina.diallo/settings.json');
      },
      allowAll,
    );
    const result = await listener(fakeIpcEvent(), { registryUrl: 'https://registry.example.org/' });
    expect(result).toEqual({ ok: false, error: { code: 'internal' } });
    const log = logged.join('\n');
    expect(log).toContain('settings:set');
    expect(log).not.toContain('amina');
    expect(log).not.toContain('registry.example.org');
  });

  it('answers internal when the sender check itself throws', async () => {
    const listener = createIpcListener('app:info', vi.fn(), () => {
      throw new Error('frame disposed');
    });
    await expect(listener(fakeIpcEvent(), undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('refuses a handler value that breaks the output schema', async () => {
    const listener = createIpcListener(
      'app:info',
      async () => ok({ ...appInfo, platform: 'mainframe' } as never),
      allowAll,
    );
    await expect(listener(fakeIpcEvent(), undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-output' },
    });
  });

  it('strips fields the contract does not declare from the answer', async () => {
    const leaky = { ...appInfo, dataKey: 'secret-bytes' };
    const result = await createIpcListener(
      'app:info',
      async () => ok(leaky),
      allowAll,
    )(fakeIpcEvent(), undefined);
    expect(result).toEqual({ ok: true, value: appInfo });
  });

  it('passes a handler error code through unchanged', async () => {
    const listener = createIpcListener('file:open', async () => fail('file-too-large'), allowAll);
    await expect(listener(fakeIpcEvent(), {})).resolves.toEqual({
      ok: false,
      error: { code: 'file-too-large' },
    });
  });
});

describe('handle', () => {
  it('registers a listener on the channel that applies the same checks', async () => {
    const impl = vi.fn(async () => ok(appInfo));
    handle('app:info', impl);
    expect(electron.ipcMain.handle).toHaveBeenCalledWith('app:info', expect.any(Function));
    const listener = electron.ipcMain.handle.mock.calls.at(-1)?.[1] as (
      event: unknown,
      input: unknown,
    ) => Promise<unknown>;
    await expect(
      listener(fakeIpcEvent({ url: 'https://evil.example/' }), undefined),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    await expect(listener(fakeIpcEvent(), undefined)).resolves.toEqual({
      ok: true,
      value: appInfo,
    });
  });
});
