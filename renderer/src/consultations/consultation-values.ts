import { z } from 'zod';
import { consultationChannels, consultationTopics } from '../../../shared/domain/consultation';
import { IsoDate } from '../../../shared/domain/iso-date';
import { textLimits } from '../../../shared/domain/text-field';

const required = { error: 'required' } as const;

/** The consultation form: topics, channel, notes (high risk), and when to follow up. */
export const ConsultationValues = z.object({
  topics: z.array(z.enum(consultationTopics)).min(1, required).max(10),
  channel: z.enum(consultationChannels, required),
  notes: z.string().trim().max(textLimits.notes, { error: 'too-long' }),
  followUpDate: z
    .string()
    .refine((v) => v === '' || IsoDate.safeParse(v).success, { error: 'required' }),
});
export type ConsultationValues = z.output<typeof ConsultationValues>;

export const emptyConsultation: ConsultationValues = {
  topics: [],
  channel: 'visit',
  notes: '',
  followUpDate: '',
};
