import type { Json } from '../json';
import { sameJson } from '../json';
import type { Author } from '../protocol/author';
import type { Conflict } from '../protocol/conflict';
import { conflictIdOf } from '../protocol/conflict';
import type { FieldDecision, MergeInput } from './merge-context';
import type { RecordState } from './record-state';

export interface ConflictValues {
  readonly base: Json;
  readonly registry: Json;
  readonly incoming: Json;
  readonly registryBy: Author | null;
}

/**
 * Keeps the registry's value and opens a Conflict for a person. An open conflict on the same
 * field with the same registry and incoming values is joined instead (a re-sent edit, a replay),
 * so the same disagreement never piles up.
 */
export function raiseConflict(
  state: RecordState,
  field: string,
  values: ConflictValues,
  { op, author, ctx }: MergeInput,
): FieldDecision {
  const existing = ctx.conflicts.find(
    (c) =>
      c.status === 'open' &&
      c.recordId === state.recordId &&
      c.field === field &&
      sameJson(c.registry, values.registry) &&
      sameJson(c.incoming, values.incoming),
  );
  if (existing) return { kind: 'conflict', conflict: existing, isNew: false };
  const conflict: Conflict = {
    id: conflictIdOf(op.opId, field),
    recordId: state.recordId,
    recordType: state.recordType,
    field,
    ...values,
    incomingBy: author,
    rev: state.rev,
    status: 'open',
  };
  return { kind: 'conflict', conflict, isNew: true };
}
