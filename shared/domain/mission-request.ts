import { z } from 'zod';
import { coded } from './coded';
import { missionDurations } from './contribution';
import { withCodes } from './domain-error-codes';
import { IsoDate } from './iso-date';
import { envelopeShape } from './record-envelope';
import { RecordId } from './record-id';
import { SkillTag } from './skills-languages';
import { textField, textLimits } from './text-field';
import { uniqueList } from './unique-list';

/** How an expert serves a mission; 'return' is a person's plan, not a mission mode. */
export const missionModes = ['on-site', 'virtual', 'distance-teaching'] as const;
export type MissionMode = (typeof missionModes)[number];

export const missionStatuses = [
  'draft',
  'open',
  'matching',
  'filled',
  'cancelled',
  'closed',
] as const;
export type MissionStatus = (typeof missionStatuses)[number];

/** A host institution's need for diaspora experts (TOKTEN/MIDA-style missions). */
export const MissionRequest = z
  .object(
    {
      ...envelopeShape('mission-request'),
      hostInstitutionId: RecordId,
      title: textField(),
      description: textField(textLimits.long).optional(),
      occupation: coded('isco-08'),
      skills: uniqueList(SkillTag, (tag) => tag, 30).default([]),
      languages: uniqueList(coded('iso-639-3'), (l) => l.code, 10).default([]),
      sector: coded('isic-rev4').optional(),
      region: coded('iso-3166-2').optional(),
      mode: z.enum(missionModes, withCodes),
      duration: z.enum(missionDurations, withCodes),
      startDate: IsoDate.optional(),
      endDate: IsoDate.optional(),
      expertsNeeded: z.int(withCodes).min(1).max(500),
      status: z.enum(missionStatuses, withCodes),
    },
    withCodes,
  )
  .check((ctx) => {
    const { startDate, endDate } = ctx.value;
    if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
      ctx.issues.push({
        code: 'custom',
        message: 'end-before-start',
        input: endDate,
        path: ['endDate'],
      });
    }
  });
export type MissionRequest = z.output<typeof MissionRequest>;
export type MissionRequestInput = z.input<typeof MissionRequest>;
