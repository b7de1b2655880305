import { expect } from 'vitest';
import type { Json } from '../../../../../shared/sync/json';
import { jsonElements, sameJson } from '../../../../../shared/sync/json';
import { recordChange } from '../../../../../shared/sync/merge/changes-of';
import { rulesFor } from '../../../../../shared/sync/merge/domain-rules';
import { readField } from '../../../../../shared/sync/merge/field-access';
import { fieldsEditedSince } from '../../../../../shared/sync/merge/is-concurrent';
import type { RecordState } from '../../../../../shared/sync/merge/record-state';
import { DELETED_FIELD } from '../../../../../shared/sync/merge/record-state';
import type { Change } from '../../../../../shared/sync/protocol/change';
import { applyChange } from '../../../../../shared/sync/replica/apply-change';
import { inScope } from '../../../../../shared/sync/scope/in-scope';
import type { World } from './world';

/** What an office holds for a record once it pulled everything. */
function expectedCopy(state: RecordState) {
  const update = applyChange(undefined, { ...recordChange(state), seq: 1 } as Change);
  return update.kind === 'put' ? update.record : undefined;
}

/**
 * Convergence: every office holds exactly the registry's records in its scope, as the registry
 * has them; erased records only as tombstones; every conflict it holds is the registry's.
 */
export function expectConverged(world: World): void {
  const { registry } = world;
  for (const office of world.offices) {
    const scope = registry.offices.get(office.officeId)!;
    for (const [id, state] of registry.records) {
      const copy = office.replica.get(id);
      if (state.erased) {
        expect(
          copy === undefined || (copy.status === 'erased' && Object.keys(copy.data).length === 0),
        ).toBe(true);
      } else if (inScope(scope, registry.factsOf(id))) {
        expect(copy).toEqual(expectedCopy(state));
      } else {
        expect(copy).toBeUndefined();
      }
    }
    for (const id of office.replica.keys()) expect(registry.records.has(id)).toBe(true);
    for (const [id, conflict] of office.conflicts)
      expect(conflict).toEqual(registry.conflicts.get(id));
  }
  const national = world.offices[0]!;
  expect(new Set(national.conflicts.keys())).toEqual(new Set(registry.conflicts.keys()));
}

/**
 * No value silently lost: every value an accepted op wrote (for a set field, each element it
 * added) is in the final record, an open conflict, or the record's history.
 */
export function expectNothingLost(world: World): void {
  const { registry } = world;
  for (const { op, result } of registry.applied) {
    if (result.outcome === 'rejected') continue;
    const state = registry.records.get(op.recordId);
    if (!state || state.erased) continue;
    const written: [string, Json, Json][] = Object.entries(op.changes).map(([f, c]) => [
      f,
      c.from,
      c.to,
    ]);
    if (op.kind === 'delete') written.push([DELETED_FIELD, false, true]);
    for (const [field, from, to] of written) {
      for (const value of writtenValues(field, from, to)) {
        if (!isKept(world, state, field, value)) {
          throw new Error(`lost ${JSON.stringify(value)} of ${field} written by ${op.opId}`);
        }
      }
    }
  }
}

function isUnion(field: string): boolean {
  return rulesFor('person').policies[field] === 'union';
}

function writtenValues(field: string, from: Json, to: Json): Json[] {
  if (!isUnion(field)) return to === null ? [] : [to];
  return jsonElements(to).filter((e) => !jsonElements(from).some((f) => sameJson(f, e)));
}

function holds(candidate: Json, value: Json, field: string): boolean {
  return (
    sameJson(candidate, value) ||
    (isUnion(field) && jsonElements(candidate).some((e) => sameJson(e, value)))
  );
}

function isKept(world: World, state: RecordState, field: string, value: Json): boolean {
  const { registry } = world;
  if (holds(readField(state, field), value, field)) return true;
  const open = registry
    .conflictsOf(state.recordId)
    .filter((c) => c.status === 'open' && c.field === field);
  if (open.some((c) => [c.base, c.registry, c.incoming].some((v) => holds(v, value, field))))
    return true;
  return registry.history.some(
    (h) => h.recordId === state.recordId && h.field === field && holds(h.value, value, field),
  );
}

/** Erasure is final: no personal value anywhere, and every later write was refused. */
export function expectErasureFinal(world: World): void {
  const { registry } = world;
  const keeps = rulesFor('person').erasureKeeps;
  for (const state of registry.records.values()) {
    if (!state.erased) continue;
    expect(Object.keys(state.data).every((f) => keeps.has(f))).toBe(true);
    expect(state.extra).toEqual({});
    expect(registry.history.filter((h) => h.recordId === state.recordId)).toEqual([]);
    for (const c of registry.conflictsOf(state.recordId)) {
      expect([c.base, c.registry, c.incoming, c.resolution?.kind]).toEqual([
        null,
        null,
        null,
        'erased',
      ]);
    }
    const ops = registry.applied.filter((a) => a.op.recordId === state.recordId);
    const erasedAt = ops.findIndex((a) => a.op.kind === 'erase' && a.result.outcome === 'applied');
    for (const later of ops.slice(erasedAt + 1)) {
      if (later.op.kind === 'erase') continue;
      expect(later.result).toMatchObject({ outcome: 'rejected', code: 'erased' });
    }
    for (const office of world.offices) {
      expect(office.replica.get(state.recordId)?.status ?? 'erased').toBe('erased');
    }
  }
}

/** A snapshot of everything the registry holds, to compare before and after a replay. */
export function registrySnapshot(world: World): string {
  const { registry } = world;
  return JSON.stringify({
    records: [...registry.records.entries()],
    conflicts: [...registry.conflicts.entries()],
    history: registry.history,
    log: registry.log.length,
  });
}

/**
 * Nothing is overwritten blind: an op that wrote a human-policy field had seen the value it
 * replaced (its `from`) or its own device wrote it; an op that wrote a union field dropped only
 * elements its office had seen (they were in its `from`); a delete never lands on a record
 * another office edited since the deleting office's base.
 */
export function expectNoBlindOverwrite(world: World): void {
  const policies = rulesFor('person').policies;
  for (const { op, before, after } of world.registry.applied) {
    if (!before || !after || op.kind === 'erase') continue;
    if (op.kind === 'delete' && after.deleted && !before.deleted) {
      expect(fieldsEditedSince(before, op), `${op.opId} deleted over edits`).toEqual([]);
    }
    for (const [field, change] of Object.entries(op.changes)) {
      if (after.fieldMeta[field]?.by.opId !== op.opId) continue;
      const previous = readField(before, field);
      if (policies[field] === 'human') {
        const sawIt =
          sameJson(previous, change.from) || before.fieldMeta[field]?.by.deviceId === op.deviceId;
        expect(sawIt, `${op.opId} overwrote ${field} blind`).toBe(true);
      }
      if (policies[field] === 'union') {
        const now = jsonElements(readField(after, field));
        const dropped = jsonElements(previous).filter((e) => !now.some((n) => sameJson(n, e)));
        const unseen = dropped.filter(
          (e) => !jsonElements(change.from).some((f) => sameJson(f, e)),
        );
        expect(unseen, `${op.opId} dropped unseen ${field}`).toEqual([]);
      }
    }
  }
}
