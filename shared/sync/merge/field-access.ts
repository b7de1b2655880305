import type { Json, JsonObject } from '../json';
import type { FieldMeta, RecordState } from './record-state';
import { DELETED_FIELD, MERGED_INTO_FIELD } from './record-state';
import type { RecordRules } from './record-rules';

/** A field's current value, lifecycle pseudo-fields and passthrough fields included; null if absent. */
export function readField(state: RecordState, field: string): Json {
  if (field === DELETED_FIELD) return state.deleted;
  if (field === MERGED_INTO_FIELD) return state.mergedInto;
  return state.data[field] ?? state.extra[field] ?? null;
}

/** Writes field values (null clears), each with its new meta; unknown fields go to `extra`. */
export function writeFields(
  state: RecordState,
  values: readonly (readonly [string, Json])[],
  meta: FieldMeta,
  rules: RecordRules,
): RecordState {
  let { deleted, mergedInto } = state;
  const data: JsonObject = { ...state.data };
  const extra: JsonObject = { ...state.extra };
  const fieldMeta: Record<string, FieldMeta> = { ...state.fieldMeta };
  for (const [field, value] of values) {
    fieldMeta[field] = meta;
    if (field === DELETED_FIELD) deleted = value === true;
    else if (field === MERGED_INTO_FIELD) mergedInto = typeof value === 'string' ? value : null;
    else setOrClear(rules.knownFields.has(field) ? data : extra, field, value);
  }
  return { ...state, deleted, mergedInto, data, extra, fieldMeta };
}

function setOrClear(bag: JsonObject, field: string, value: Json): void {
  if (value === null) delete bag[field];
  else bag[field] = value;
}

/** The later of two HLC stamps (their text order is their clock order). */
export function laterStamp(a: string, b: string): string {
  return a >= b ? a : b;
}
