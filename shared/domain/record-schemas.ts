import { z } from 'zod';
import { Consent } from './consent';
import { Consultation } from './consultation';
import { withCodes } from './domain-error-codes';
import { MissionRequest } from './mission-request';
import { Office } from './office';
import { Organisation } from './organisation';
import { Person } from './person';
import { Placement } from './placement';
import type { RecordType } from './record-envelope';
import { Referral } from './referral';
import { StaffUser } from './staff-user';

/** The schema of each record type. */
export const recordSchemas = {
  person: Person,
  organisation: Organisation,
  consultation: Consultation,
  referral: Referral,
  'mission-request': MissionRequest,
  placement: Placement,
  consent: Consent,
  office: Office,
  'staff-user': StaffUser,
} as const satisfies Record<RecordType, z.ZodType>;

export type RecordOf<T extends RecordType> = z.output<(typeof recordSchemas)[T]>;
export type RecordInputOf<T extends RecordType> = z.input<(typeof recordSchemas)[T]>;

/** Any stored record, told apart by `type`. Use at trust boundaries (sync, files, IPC). */
export const DomainRecord = z.discriminatedUnion(
  'type',
  [
    Person,
    Organisation,
    Consultation,
    Referral,
    MissionRequest,
    Placement,
    Consent,
    Office,
    StaffUser,
  ],
  withCodes,
);
export type DomainRecord = z.output<typeof DomainRecord>;
