import { envelopeFields } from '../../../../shared/domain/record-envelope';
import type { Json } from '../../../../shared/sync/json';
import { sameJson } from '../../../../shared/sync/json';
import type { FieldChanges } from '../../../../shared/sync/op';

const skipped = new Set<string>([...envelopeFields, 'syncState']);

/** The data fields that differ between two versions of a record, for its history. */
export function fieldChangesBetween(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | null,
): FieldChanges {
  const changes: FieldChanges = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    if (skipped.has(field)) continue;
    const from = (before?.[field] ?? null) as Json;
    const to = (after?.[field] ?? null) as Json;
    if (!sameJson(from, to)) changes[field] = { from, to };
  }
  return changes;
}
