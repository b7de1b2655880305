import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forwardLockRequests } from '../../../electron/main/forward-lock-requests';
import { mainEvents } from '../../../shared/ipc/events';

function fakeContents(destroyed = false) {
  return { isDestroyed: () => destroyed, send: vi.fn() };
}

beforeEach(() => vi.spyOn(console, 'info').mockImplementation(() => undefined));
afterEach(() => vi.restoreAllMocks());

describe('forwardLockRequests', () => {
  it('sends session:lock-requested, and nothing else, to every window on suspend', () => {
    const power = new EventEmitter();
    const a = fakeContents();
    const b = fakeContents();
    forwardLockRequests(power, () => [a, b]);
    power.emit('suspend');
    expect(a.send.mock.calls).toEqual([['session:lock-requested']]);
    expect(b.send.mock.calls).toEqual([['session:lock-requested']]);
    expect(mainEvents).toContain('session:lock-requested');
  });

  it('sends it on lock-screen too, and not on resume or unlock', () => {
    const power = new EventEmitter();
    const contents = fakeContents();
    forwardLockRequests(power, () => [contents]);
    power.emit('resume');
    power.emit('unlock-screen');
    expect(contents.send).not.toHaveBeenCalled();
    power.emit('lock-screen');
    expect(contents.send).toHaveBeenCalledTimes(1);
  });

  it('skips a destroyed window and looks windows up at each event', () => {
    const power = new EventEmitter();
    const windows = [fakeContents(true)];
    forwardLockRequests(power, () => windows);
    power.emit('suspend');
    expect(windows[0]?.send).not.toHaveBeenCalled();
    const later = fakeContents();
    windows.push(later);
    power.emit('suspend');
    expect(later.send).toHaveBeenCalledTimes(1);
  });

  it('stops listening when told', () => {
    const power = new EventEmitter();
    const contents = fakeContents();
    const stop = forwardLockRequests(power, () => [contents]);
    stop();
    power.emit('suspend');
    power.emit('lock-screen');
    expect(contents.send).not.toHaveBeenCalled();
    expect(power.listenerCount('suspend') + power.listenerCount('lock-screen')).toBe(0);
  });
});
