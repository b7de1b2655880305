import { z } from 'zod';
import { recordTypes } from '../../domain/record-envelope';
import { RecordId } from '../../domain/record-id';
import { HLC_PATTERN } from '../hlc';
import { Conflict } from './conflict';

export const changeKinds = ['upsert', 'delete', 'erase', 'purge', 'conflict'] as const;
export type ChangeKind = (typeof changeKinds)[number];

const changeBase = {
  /** Position in the registry's change log; pull cursors count in it. */
  seq: z.int().min(1),
  recordId: RecordId,
  recordType: z.enum(recordTypes),
  rev: z.int().min(0),
  /** The office that created the record (it always keeps it in scope). */
  officeId: RecordId,
  /** The record's last stamp: offices merge it into their HLC so their next edit sorts after. */
  hlc: z.string().regex(HLC_PATTERN),
};

const FieldBag = z.record(z.string(), z.json());

/**
 * One entry of a pull page. `upsert` carries the whole record at `rev` (known fields in `data`,
 * fields of a newer format in `extra`); `delete` hides it; `erase` is the tombstone (drop every
 * value, refuse later writes); `purge` means the record left this office's scope (drop the local
 * copy, nothing is lost at the registry); `conflict` carries a Conflict, open or resolved.
 */
export const Change = z.discriminatedUnion('kind', [
  z.object({
    ...changeBase,
    kind: z.literal('upsert'),
    data: FieldBag,
    extra: FieldBag,
    mergedInto: RecordId.nullable(),
  }),
  z.object({ ...changeBase, kind: z.literal('delete') }),
  z.object({ ...changeBase, kind: z.literal('erase') }),
  z.object({ ...changeBase, kind: z.literal('purge') }),
  z.object({ ...changeBase, kind: z.literal('conflict'), conflict: Conflict }),
]);
export type Change = z.output<typeof Change>;

/** A change before the registry's log gives it a seq. */
export type ChangeBody = WithoutSeq<Change>;
type WithoutSeq<C> = C extends unknown ? Omit<C, 'seq'> : never;
