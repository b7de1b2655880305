import type { Op } from '../op';
import type { Json } from '../json';
import { sameJson } from '../json';
import { readField } from './field-access';
import type { RecordState } from './record-state';
import { lifecycleFields } from './record-state';

/**
 * Whether `field` changed under the op. Not when the op's own device wrote the current value: it
 * has seen it (an office's consecutive edits share a base rev until it pulls, and an edit made
 * while its previous push was in flight starts from the older value). Otherwise yes when another
 * device wrote it after the op's base rev, or its value is not the one the op started from.
 */
export function isConcurrent(state: RecordState, field: string, from: Json, op: Op): boolean {
  const meta = state.fieldMeta[field];
  if (meta?.by.deviceId === op.deviceId) return false;
  return (meta !== undefined && meta.rev > op.baseRev) || !sameJson(readField(state, field), from);
}

/** The data fields (not lifecycle) another device changed since the op's base, oldest first. */
export function fieldsEditedSince(state: RecordState, op: Op): string[] {
  const lifecycle = new Set<string>(lifecycleFields);
  const changedByOther = (field: string): boolean => {
    const meta = state.fieldMeta[field];
    return meta !== undefined && meta.rev > op.baseRev && meta.by.deviceId !== op.deviceId;
  };
  return Object.keys(state.fieldMeta)
    .filter((field) => !lifecycle.has(field) && changedByOther(field))
    .sort((a, b) => (state.fieldMeta[a]?.rev ?? 0) - (state.fieldMeta[b]?.rev ?? 0));
}
