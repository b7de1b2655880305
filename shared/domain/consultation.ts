import { z } from 'zod';
import { coded } from './coded';
import { withCodes } from './domain-error-codes';
import { IsoDate } from './iso-date';
import { envelopeShape } from './record-envelope';
import { RecordId } from './record-id';
import { textField, textLimits } from './text-field';
import { Timestamp } from './timestamp';
import { uniqueList } from './unique-list';

/** The project's own list of consultation topics (list `consultation-topic`). */
export const consultationTopics = [
  'investment',
  'business-creation',
  'expert-mission',
  'return-reintegration',
  'employment',
  'education-training',
  'consular-documents',
  'remittances-finance',
  'association-support',
  'social-assistance',
  'other',
] as const;
export type ConsultationTopic = (typeof consultationTopics)[number];
export const CONSULTATION_TOPICS_VERSION = '1';

export const consultationChannels = ['visit', 'phone', 'message'] as const;
export type ConsultationChannel = (typeof consultationChannels)[number];

/** A counselling contact with a person: what it was about, and what follows. */
export const Consultation = z.object(
  {
    ...envelopeShape('consultation'),
    personId: RecordId,
    at: Timestamp,
    topics: uniqueList(coded('consultation-topic'), (t) => t.code, 10).min(1, {
      error: 'required',
    }),
    channel: z.enum(consultationChannels, withCodes),
    /** Free text. High risk. */
    notes: textField(textLimits.notes).optional(),
    followUpDate: IsoDate.optional(),
    counsellorId: RecordId,
  },
  withCodes,
);
export type Consultation = z.output<typeof Consultation>;
export type ConsultationInput = z.input<typeof Consultation>;
