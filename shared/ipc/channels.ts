/**
 * The allowlist of IPC channels, one `area:verb` each. Kept free of zod so the sandboxed
 * preload can import it without bundling the schemas.
 */
export const channels = [
  'app:info',
  'settings:get',
  'settings:set',
  'file:save',
  'file:open',
  'vault:protect',
  'vault:unprotect',
  'print:pdf',
] as const;

export type Channel = (typeof channels)[number];

export type ChannelArea<C extends string = Channel> = C extends `${infer A}:${string}` ? A : never;
export type ChannelVerb<C extends string> = C extends `${string}:${infer V}` ? V : never;

/** Splits `area:verb` (a channel or a main-process event name) at its colon. */
export function splitChannel(channel: string): [area: string, verb: string] {
  const at = channel.indexOf(':');
  return [channel.slice(0, at), channel.slice(at + 1)];
}
