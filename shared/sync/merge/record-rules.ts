import type { MergePolicy } from '../../domain/person-merge-policies';
import type { Json } from '../json';

/**
 * What the merge needs to know about one record type. Kept apart from the domain so the merge
 * itself is generic (and property-tested on simple values).
 */
export interface RecordRules {
  /** Policy of each known field; a known field missing here gets {@link defaultPolicy}. */
  readonly policies: Readonly<Record<string, MergePolicy>>;
  readonly defaultPolicy: MergePolicy;
  /** Element identity for `union` fields. */
  readonly unionKeys: Readonly<Record<string, (element: Json) => string>>;
  /** Fields this build knows; any other field goes to the passthrough bag. */
  readonly knownFields: ReadonlySet<string>;
  /** Fields an erasure keeps (reference data, no personal data). */
  readonly erasureKeeps: ReadonlySet<string>;
  /** Whether `value` (null = absent) is valid for a known field. */
  readonly validate: (field: string, value: Json) => boolean;
}

/**
 * Fields from a newer client are merged with `human`: this build cannot know what they mean, so
 * it never lets one overwrite another on its own.
 */
export const UNKNOWN_FIELD_POLICY: MergePolicy = 'human';

/** Names an unknown (newer-format) field may have: no `$` (lifecycle) and no envelope look-alike. */
export const UNKNOWN_FIELD_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;

export function policyOf(rules: RecordRules, field: string): MergePolicy {
  if (!rules.knownFields.has(field)) return UNKNOWN_FIELD_POLICY;
  return rules.policies[field] ?? rules.defaultPolicy;
}
