import { canonicalJson } from '../../audit/canonical-json';
import { RecordId } from '../../domain/record-id';
import type { Json } from '../json';
import type { Op } from '../op';
import type { OpRejectionCode } from '../sync-error';
import type { RecordRules } from './record-rules';
import { UNKNOWN_FIELD_PATTERN } from './record-rules';
import type { RecordState } from './record-state';
import { DELETED_FIELD, MERGED_INTO_FIELD } from './record-state';

/** Largest value a passthrough (unknown) field may carry, as canonical JSON. */
export const MAX_PASSTHROUGH_CHARS = 64 * 1024;

/** Names a client may never write as fields: the envelope and the store's own bookkeeping. */
const reservedFields = new Set([
  'id',
  'type',
  'officeId',
  'createdAt',
  'updatedAt',
  'rev',
  'syncState',
]);

/**
 * Why the registry must refuse the op before merging it, or null. An erased record refuses
 * everything but a repeated erasure; a base the registry never had asks the office to rebase.
 */
export function checkOp(
  current: RecordState | null,
  op: Op,
  rules: RecordRules,
): OpRejectionCode | null {
  if (current?.erased) return op.kind === 'erase' ? null : 'erased';
  if (current && current.recordType !== op.recordType) return 'invalid-op';
  if (current === null && op.kind !== 'create') return 'stale-base';
  if (current && op.kind !== 'erase' && op.baseRev > current.rev) return 'stale-base';
  return checkChanges(op, rules) ? null : 'invalid-op';
}

function checkChanges(op: Op, rules: RecordRules): boolean {
  const entries = Object.entries(op.changes);
  switch (op.kind) {
    case 'delete':
    case 'erase':
      return entries.length === 0;
    case 'merge':
      return entries.length === 1 && entries[0]?.[0] === MERGED_INTO_FIELD && validMergedInto(op);
    case 'resolve':
      return (
        op.conflictId !== undefined &&
        entries.length === 1 &&
        entries.every(([f, c]) => validResolution(f, c.to, op, rules))
      );
    case 'create':
    case 'update':
      return entries.every(([field, change]) => validField(field, change.to, rules));
  }
}

function validMergedInto(op: Op): boolean {
  const to = op.changes[MERGED_INTO_FIELD]?.to;
  return to === null || (RecordId.safeParse(to).success && to !== op.recordId);
}

function validResolution(field: string, to: Json, op: Op, rules: RecordRules): boolean {
  if (field === DELETED_FIELD) return typeof to === 'boolean';
  if (field === MERGED_INTO_FIELD) return validMergedInto(op);
  return validField(field, to, rules);
}

/** A data field: known ones must satisfy their schema, unknown ones are kept within limits. */
function validField(field: string, to: Json, rules: RecordRules): boolean {
  if (reservedFields.has(field)) return false;
  if (rules.knownFields.has(field)) return rules.validate(field, to);
  return UNKNOWN_FIELD_PATTERN.test(field) && canonicalJson(to).length <= MAX_PASSTHROUGH_CHARS;
}
