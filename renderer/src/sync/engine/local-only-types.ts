import type { RecordType } from '../../../../shared/domain/record-envelope';

/**
 * Record types that never leave the desk (docs/decisions.md, "Records that stay on the desk"):
 * staff accounts (names and contacts of the office's staff, tied to this desk's wrapped keys)
 * and the office's own setup record (the registry keeps its own office register, filled by its
 * administrator). Their ops are set aside before a push and never pulled into the store.
 */
const localOnly: ReadonlySet<RecordType> = new Set<RecordType>(['staff-user', 'office']);

export function isLocalOnly(type: RecordType): boolean {
  return localOnly.has(type);
}
