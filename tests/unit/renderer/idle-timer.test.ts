import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from '../../../renderer/src/session/idle-timer';

describe('idle timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires once after the timeout without activity', () => {
    const onIdle = vi.fn();
    createIdleTimer({ timeoutMs: 60_000, onIdle });
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('starts the countdown again on activity', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 60_000, onIdle });
    vi.advanceTimersByTime(50_000);
    timer.activity();
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('locks on waking when the computer slept past the limit (wall clock, not timer count)', () => {
    let now = 0;
    const onIdle = vi.fn();
    createIdleTimer({ timeoutMs: 60_000, onIdle, now: () => now });
    now = 10 * 60_000; // asleep for ten minutes: the clock moved, the timer had not fired yet
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing once stopped, and ignores activity after it fired', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 1_000, onIdle });
    timer.stop();
    vi.advanceTimersByTime(5_000);
    expect(onIdle).not.toHaveBeenCalled();

    const fired = createIdleTimer({ timeoutMs: 1_000, onIdle });
    vi.advanceTimersByTime(1_000);
    fired.activity();
    vi.advanceTimersByTime(5_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});
