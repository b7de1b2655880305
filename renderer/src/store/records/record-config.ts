import type { z } from 'zod';
import type { BlindIndexKind } from '../../crypto/blind-index';
import type { Sensitivity } from '../../../../shared/domain/field-sensitivity';
import type { EnvelopeField, RecordType } from '../../../../shared/domain/record-envelope';

/** The envelope every record schema's output carries. */
export interface Envelope {
  id: string;
  type: RecordType;
  officeId: string;
  createdAt: string;
  updatedAt: string;
  rev: number;
}

export type RecordSchema = z.ZodType<Envelope>;

/** An exact-match identifier of a record, for its blind index. */
export interface Identifier {
  readonly kind: BlindIndexKind;
  readonly value: string;
}

/** What a repository needs to know about one record type. */
export interface RecordConfig<S extends RecordSchema> {
  readonly type: RecordType;
  readonly schema: S;
  readonly sensitivity: Readonly<Record<string, Sensitivity>>;
  /** Identifiers to blind-index (phones, e-mail, documents); none when absent. */
  readonly identifiers?: (record: z.output<S>) => readonly Identifier[];
}

/** What a caller supplies to create a record: its fields without the envelope. */
export type RecordContent<S extends RecordSchema> = Omit<z.input<S>, EnvelopeField>;

/** A record as shown to a role: fields it may not see are absent. */
export type Visible<T> = { [K in keyof T]: K extends EnvelopeField ? T[K] : T[K] | undefined };

export interface ViewedRecord<T> {
  readonly record: Visible<T>;
  /** Fields removed because the role may not see them (high-risk for clerks, or in lists). */
  readonly hiddenFields: readonly string[];
}
