export interface IdleTimerOptions {
  /** How long without activity before `onIdle` runs. */
  readonly timeoutMs: number;
  readonly onIdle: () => void;
  /** Wall-clock time in ms (Date.now): a computer that slept past the limit locks on waking. */
  readonly now?: () => number;
}

export interface IdleTimer {
  /** The person did something: the countdown starts again. Cheap enough for pointermove. */
  activity(): void;
  stop(): void;
}

/**
 * Calls `onIdle` once after `timeoutMs` without {@link IdleTimer.activity}. Activity only records
 * the time; one timeout checks it when due and re-arms for the rest, so frequent events cost
 * nothing.
 */
export function createIdleTimer({
  timeoutMs,
  onIdle,
  now = Date.now,
}: IdleTimerOptions): IdleTimer {
  let last = now();
  let handle: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const left = timeoutMs - (now() - last);
    if (left <= 0) {
      handle = undefined;
      onIdle();
    } else {
      handle = setTimeout(check, left);
    }
  };
  handle = setTimeout(check, timeoutMs);
  return {
    activity() {
      if (handle !== undefined) last = now();
    },
    stop() {
      clearTimeout(handle);
      handle = undefined;
    },
  };
}
