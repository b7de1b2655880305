import { z } from 'zod';
import { withCodes } from './domain-error-codes';
import { RecordId } from './record-id';
import { Timestamp } from './timestamp';

/** Every kind of record the office database and the registry store. */
export const recordTypes = [
  'person',
  'organisation',
  'consultation',
  'referral',
  'mission-request',
  'placement',
  'consent',
  'office',
  'staff-user',
] as const;
export type RecordType = (typeof recordTypes)[number];

/** Fields every stored record carries; the only ones that stay in clear at rest. */
export const envelopeFields = ['id', 'type', 'officeId', 'createdAt', 'updatedAt', 'rev'] as const;
export type EnvelopeField = (typeof envelopeFields)[number];

/** The envelope's zod shape for one record type, to spread into an entity's object. */
export function envelopeShape<T extends RecordType>(type: T) {
  return {
    id: RecordId,
    type: z.literal(type, withCodes),
    officeId: RecordId,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    rev: z.int(withCodes).min(0),
  };
}
