import type { ChannelArea, ChannelVerb } from './channels';

/**
 * The allowlist of events the main process sends to the renderer, one `area:event` each. Zod-free,
 * like channels.ts, so the preload can import it. An event carries no payload: the renderer is
 * told that something happened and decides what to do; nothing from the event object crosses.
 */
export const mainEvents = [
  /** The machine is suspending or the OS screen is locking: lock the session now. */
  'session:lock-requested',
] as const;

export type MainEvent = (typeof mainEvents)[number];
export type MainEventArea = ChannelArea<MainEvent>;

type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** `session:lock-requested` is subscribed to as `desktop.session.onLockRequested(listener)`. */
export type EventMethodName<E extends MainEvent> = `on${PascalCase<ChannelVerb<E>>}`;

/** The runtime twin of {@link EventMethodName}: `lock-requested` → `onLockRequested`. */
export function eventMethodName(verb: string): string {
  const words = verb.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return `on${words.join('')}`;
}

/** Stops a subscription; calling it again does nothing. */
export type Unsubscribe = () => void;
