import { z } from 'zod';
import { opRejectionCodes } from '../sync-error';

/** Index-aligned with the request's ops; `opId` is null only for an op too broken to name one. */
const OpIdOrNull = z.string().max(200).nullable();

const Applied = z.object({
  opId: OpIdOrNull,
  outcome: z.literal('applied'),
  /** The record's rev after the op. Informational: a base rev comes from a pull, never from here. */
  rev: z.int().min(0),
});
const Conflicted = z.object({
  opId: OpIdOrNull,
  outcome: z.literal('conflict'),
  rev: z.int().min(0),
  /** One op may raise a conflict per field. */
  conflictIds: z.array(z.string().min(1)).min(1),
});
const Rejected = z.object({
  opId: OpIdOrNull,
  outcome: z.literal('rejected'),
  code: z.enum(opRejectionCodes),
});
/** Ahead of a gap in its device's sequence: kept, applied once the gap fills. Resend later. */
const Held = z.object({ opId: OpIdOrNull, outcome: z.literal('held') });

/** What an applied op's retries are answered with. */
export const StoredResult = z.discriminatedUnion('outcome', [Applied, Conflicted, Rejected]);
export type StoredResult = z.output<typeof StoredResult>;

/** A retry of an op already settled: the outcome stored the first time. */
const Duplicate = z.object({
  opId: OpIdOrNull,
  outcome: z.literal('duplicate'),
  first: StoredResult,
});

export const PushResult = z.discriminatedUnion('outcome', [
  Applied,
  Conflicted,
  Rejected,
  Held,
  Duplicate,
]);
export type PushResult = z.output<typeof PushResult>;
export type PushOutcome = PushResult['outcome'];
