import type { Op } from '../op';
import type { Json } from '../json';
import { sameJson } from '../json';
import { readField } from './field-access';
import type { RecordState } from './record-state';
import { lifecycleFields } from './record-state';

/**
 * Whether `field` changed under the op: another device wrote it after the op's base rev, or its
 * value is not the one the op started from (`from`). The device's own writes after its base do
 * not count by rev (an office's consecutive edits share a base rev until it pulls), but they do
 * by value: a write of its that was merged with others' is a value the office has not seen.
 * Offices send as `from` what their screen showed, their own unsent and unpulled edits included.
 */
export function isConcurrent(state: RecordState, field: string, from: Json, op: Op): boolean {
  return changedByOther(state, field, op) || !sameJson(readField(state, field), from);
}

function changedByOther(state: RecordState, field: string, op: Op): boolean {
  const meta = state.fieldMeta[field];
  return meta !== undefined && meta.rev > op.baseRev && meta.by.deviceId !== op.deviceId;
}

/** The data fields (not lifecycle) another device changed since the op's base, oldest first. */
export function fieldsEditedSince(state: RecordState, op: Op): string[] {
  const lifecycle = new Set<string>(lifecycleFields);
  return Object.keys(state.fieldMeta)
    .filter((field) => !lifecycle.has(field) && changedByOther(state, field, op))
    .sort((a, b) => (state.fieldMeta[a]?.rev ?? 0) - (state.fieldMeta[b]?.rev ?? 0));
}
