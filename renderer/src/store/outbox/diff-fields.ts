import { canonicalJson } from '../../../../shared/audit/canonical-json';
import type { FieldChanges } from '../../../../shared/sync/op';

type Fields = Readonly<Record<string, unknown>>;

/**
 * Top-level field changes from `before` to `after` (null = the record does not exist), skipping
 * the envelope. Values are compared by canonical JSON, so key order never makes a change.
 */
export function diffFields(
  before: Fields | null,
  after: Fields | null,
  skip: ReadonlySet<string>,
): FieldChanges {
  const changes: FieldChanges = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    if (skip.has(field)) continue;
    const from = jsonOrNull(before?.[field]);
    const to = jsonOrNull(after?.[field]);
    if (canonicalJson(from) !== canonicalJson(to))
      changes[field] = { from, to } as FieldChanges[string];
  }
  return changes;
}

function jsonOrNull(value: unknown): unknown {
  return value === undefined ? null : value;
}
