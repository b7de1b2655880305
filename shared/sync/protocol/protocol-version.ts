/** Version of the push/pull wire format spoken by this build. */
export const PROTOCOL_VERSION = 1;
/** The oldest protocol version this build still answers. */
export const MIN_PROTOCOL_VERSION = 1;
/** The oldest op format the registry still merges; older clients are told to update. */
export const MIN_OP_FORMAT_VERSION = 1;

export type ProtocolCheck = 'ok' | 'update-required' | 'unsupported-protocol';

/** Whether a peer speaking `version` can be answered by this build. */
export function checkProtocolVersion(version: number): ProtocolCheck {
  if (version < MIN_PROTOCOL_VERSION) return 'update-required';
  if (version > PROTOCOL_VERSION) return 'unsupported-protocol';
  return 'ok';
}
