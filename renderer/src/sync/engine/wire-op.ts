import type { Op } from '../../../../shared/sync/op';
import type { OutboxRow } from '../../store/db/rows';
import type { RegistryLink } from '../link/registry-link';

/**
 * An outbox op as the registry must receive it: as this desk's enrolled device and registry
 * office, numbered in that device's sequence, and based on the rev this desk last pulled
 * (`baseRev` comes from pulls, never from the local rev, which local edits advance). A create
 * is always based on rev 0.
 */
export function wireOp(row: OutboxRow, link: RegistryLink, pulledRev: number | undefined): Op {
  const { seq: _seq, ...op } = row;
  return {
    ...op,
    deviceId: link.deviceId,
    officeId: link.office.id,
    deviceSeq: row.deviceSeq - link.seqBase,
    baseRev: row.kind === 'create' ? 0 : (pulledRev ?? 0),
  };
}
