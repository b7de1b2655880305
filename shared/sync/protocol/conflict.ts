import { z } from 'zod';
import { recordTypes } from '../../domain/record-envelope';
import { RecordId } from '../../domain/record-id';
import { Author } from './author';

export const conflictStatuses = ['open', 'resolved'] as const;
export type ConflictStatus = (typeof conflictStatuses)[number];

/**
 * How a conflict was closed. `chosen`: a person picked the value. `superseded`: the resolution was
 * made against a value that had changed meanwhile, so a fresh conflict replaced this one.
 * `erased`: the record was erased and the conflict's values with it.
 */
export const ConflictResolution = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chosen'), value: z.json(), by: Author }),
  z.object({ kind: z.literal('superseded'), by: Author, conflictId: z.string().min(1) }),
  z.object({ kind: z.literal('erased'), by: Author }),
]);
export type ConflictResolution = z.output<typeof ConflictResolution>;

/**
 * One field changed on two sides since their common base (DESIGN.md section 3). The registry's
 * value stays in the record; the incoming one waits here for a person. Synced to every office in
 * scope like any record. `field` may be a lifecycle pseudo-field (`$deleted`: delete vs edit).
 */
export const Conflict = z.object({
  /** `<opId>:<field>`: deterministic, so re-applying an op never makes a second conflict. */
  id: z.string().min(1).max(200),
  recordId: RecordId,
  recordType: z.enum(recordTypes),
  field: z.string().min(1).max(100),
  /** The value the incoming office started from. */
  base: z.json(),
  /** The registry's value when the conflict was raised (it stays in the record). */
  registry: z.json(),
  incoming: z.json(),
  /** Who wrote the registry's value; null when it predates field tracking. */
  registryBy: Author.nullable(),
  incomingBy: Author,
  /** The record's rev when the conflict was raised. */
  rev: z.int().min(0),
  status: z.enum(conflictStatuses),
  resolution: ConflictResolution.optional(),
});
export type Conflict = z.output<typeof Conflict>;

export function conflictIdOf(opId: string, field: string): string {
  return `${opId}:${field}`;
}
