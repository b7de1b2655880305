import { z } from 'zod';
import { RecordId } from '../domain/record-id';
import { recordTypes } from '../domain/record-envelope';
import { HLC_PATTERN } from './hlc';

/** Version of the op format written by this build. Bumped when the op's shape changes. */
export const OP_FORMAT_VERSION = 1;

/**
 * `erase` is the data-protection erasure: a tombstone that removes personal fields everywhere and
 * that no later op can undo. `resolve` settles one Conflict (see {@link Op.conflictId}).
 */
export const opKinds = ['create', 'update', 'delete', 'resolve', 'merge', 'erase'] as const;
export type OpKind = (typeof opKinds)[number];

/**
 * One field's change. `null` stands for "absent" (JSON has no undefined): a create changes every
 * set field from null, a field cleared by an update changes to null.
 */
export const FieldChange = z.object({ from: z.json(), to: z.json() });
export type FieldChange = z.output<typeof FieldChange>;

/** An op's field changes, keyed by top-level domain field (records are flat for this). */
export const FieldChanges = z.record(z.string().min(1).max(100), FieldChange);
export type FieldChanges = z.output<typeof FieldChanges>;

/**
 * A local edit queued for the registry (DESIGN.md section 3). Applied once per opId; a device's
 * ops are applied in `deviceSeq` order; `baseRev` is the record's rev the edit started from.
 */
export const Op = z.object({
  opId: z.uuid({ version: 'v7' }),
  recordId: RecordId,
  recordType: z.enum(recordTypes),
  kind: z.enum(opKinds),
  baseRev: z.int().min(0),
  changes: FieldChanges,
  hlc: z.string().regex(HLC_PATTERN),
  deviceId: z.uuid(),
  officeId: RecordId,
  userId: RecordId,
  formatVersion: z.int().min(1),
  deviceSeq: z.int().min(1),
  /** For `resolve` ops only: the Conflict being settled (its changes hold the conflict's field). */
  conflictId: z.string().min(1).max(200).optional(),
});
export type Op = z.output<typeof Op>;
