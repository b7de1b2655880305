/**
 * The sync protocol's version, sent by the desktop app in a header on every /v1 request and
 * answered by the registry on every /v1 response. Bump PROTOCOL_VERSION for a change old clients
 * can still use; raise MIN_PROTOCOL_VERSION when old clients must update first.
 * (The client needs these too: they belong in shared/sync when its owner adds them.)
 */
export const PROTOCOL_HEADER = 'x-diaspora-protocol';
export const PROTOCOL_VERSION = 1;
export const MIN_PROTOCOL_VERSION = 1;

export type ProtocolCheck =
  { ok: true; version: number } | { ok: false; error: 'update-required' | 'registry-outdated' };

/**
 * A missing or unreadable header counts as too old: such a client predates the protocol header
 * and must update. A client newer than this registry is told the registry is the one to update.
 */
export function checkProtocol(header: string | string[] | undefined): ProtocolCheck {
  const text = Array.isArray(header) ? header[0] : header;
  const version = text !== undefined && /^\d{1,6}$/.test(text.trim()) ? Number(text) : 0;
  if (version < MIN_PROTOCOL_VERSION) return { ok: false, error: 'update-required' };
  if (version > PROTOCOL_VERSION) return { ok: false, error: 'registry-outdated' };
  return { ok: true, version };
}
