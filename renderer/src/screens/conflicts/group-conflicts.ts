import type { Conflict } from '../../../../shared/sync/protocol/conflict';
import type { ListedConflict } from '../../sync';

/** The open conflicts of one record, shown together field by field. */
export interface ConflictGroup {
  readonly recordId: string;
  readonly recordType: Conflict['recordType'];
  /** Open conflicts, in field order of the record's form when known, else by field name. */
  readonly open: readonly Conflict[];
  /** Conflicts this desk has settled, waiting for the registry to confirm. */
  readonly resolving: readonly Conflict[];
}

/**
 * Groups listed conflicts by record, records in id order (UUIDv7: the oldest registered first),
 * fields in `fieldOrder` (unknown fields after, by name).
 */
export function groupConflicts(
  listed: readonly ListedConflict[],
  fieldOrder: readonly string[] = [],
): ConflictGroup[] {
  const groups = new Map<string, { open: Conflict[]; resolving: Conflict[] }>();
  for (const { conflict, status } of listed) {
    const group = groups.get(conflict.recordId) ?? { open: [], resolving: [] };
    (status === 'open' ? group.open : group.resolving).push(conflict);
    groups.set(conflict.recordId, group);
  }
  const rank = (field: string) => {
    const at = fieldOrder.indexOf(field);
    return at === -1 ? fieldOrder.length : at;
  };
  const byField = (a: Conflict, b: Conflict) =>
    rank(a.field) - rank(b.field) || a.field.localeCompare(b.field) || a.id.localeCompare(b.id);
  return [...groups.entries()]
    .map(([recordId, { open, resolving }]) => {
      const first = open[0] ?? resolving[0];
      if (!first) throw new Error('empty conflict group');
      return {
        recordId,
        recordType: first.recordType,
        open: open.sort(byField),
        resolving: resolving.sort(byField),
      };
    })
    .sort((a, b) => a.recordId.localeCompare(b.recordId));
}
