import type { Op } from '../../../../shared/sync/op';
import type { OutboxRow } from '../../store/db/rows';
import type { RegistryLink } from '../link/registry-link';
import type { LocalOpsMeta } from '../state/sync-meta';
import { wireSeqOf } from './set-aside-local-ops';

/**
 * An outbox op as the registry must receive it: as this desk's enrolled device and registry
 * office, numbered in that device's sequence (gap-free: ops of desk-only records set aside do
 * not count), and based on the rev this desk last pulled (`baseRev` comes from pulls, never
 * from the local rev, which local edits advance). A create is always based on rev 0.
 */
export function wireOp(
  row: OutboxRow,
  link: RegistryLink,
  pulledRev: number | undefined,
  localOps: LocalOpsMeta,
): Op {
  const { seq: _seq, ...op } = row;
  return {
    ...op,
    deviceId: link.deviceId,
    officeId: link.office.id,
    deviceSeq: wireSeqOf(row.deviceSeq, link.seqBase, localOps),
    baseRev: row.kind === 'create' ? 0 : (pulledRev ?? 0),
  };
}
