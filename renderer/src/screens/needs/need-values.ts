import { z } from 'zod';
import { missionDurations } from '../../../../shared/domain/contribution';
import type { Coded } from '../../../../shared/domain/coded';
import { IsoDate } from '../../../../shared/domain/iso-date';
import type { MissionRequest } from '../../../../shared/domain/mission-request';
import { missionModes, missionStatuses } from '../../../../shared/domain/mission-request';
import { SkillTag } from '../../../../shared/domain/skills-languages';
import { textLimits } from '../../../../shared/domain/text-field';
import { requiredText } from '../../forms/field-schemas';
import type { RecordContent, Visible } from '../../store';

const required = { error: 'required' } as const;
const coded = <L extends string>(list: L) =>
  z.object({ list: z.literal(list), version: z.string(), code: z.string() });
const optionalDate = z.string().refine((v) => v === '' || IsoDate.safeParse(v).success, {
  error: 'invalid-date',
});

/** The need form: what a host institution asks for. Codes come from the code list pickers. */
export const NeedValues = z
  .object({
    title: requiredText(),
    description: z.string().trim().max(textLimits.long, { error: 'too-long' }),
    hostInstitutionId: z.string(required).min(1, required),
    occupation: coded('isco-08')
      .nullable()
      .refine((v) => v !== null, required),
    skills: z.array(SkillTag).max(30, { error: 'too-many' }),
    languages: z.array(z.string()).max(10, { error: 'too-many' }),
    sector: coded('isic-rev4').nullable(),
    region: coded('iso-3166-2').nullable(),
    mode: z.enum(missionModes, required),
    duration: z.enum(missionDurations, required),
    startDate: optionalDate,
    endDate: optionalDate,
    expertsNeeded: z.number({ error: 'required' }).int().min(1, { error: 'too-small' }).max(500),
    status: z.enum(missionStatuses, required),
  })
  .superRefine((v, ctx) => {
    if (v.startDate !== '' && v.endDate !== '' && v.endDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end-before-start' });
    }
  });
export type NeedValues = z.input<typeof NeedValues>;

export const emptyNeed: NeedValues = {
  title: '',
  description: '',
  hostInstitutionId: '',
  occupation: null,
  skills: [],
  languages: [],
  sector: null,
  region: null,
  mode: 'on-site',
  duration: '2-weeks-to-3-months',
  startDate: '',
  endDate: '',
  expertsNeeded: 1,
  status: 'open',
};

type LanguageCoder = (code: string) => Coded<'iso-639-3'>;

/** The record content the form describes (the envelope is the store's). */
export function needContent(
  values: z.output<typeof NeedValues>,
  language: LanguageCoder,
): RecordContent<typeof MissionRequest> {
  const optional = <K extends string, V>(key: K, value: V | null | '') =>
    value === null || value === '' ? {} : ({ [key]: value } as Record<K, V>);
  if (values.occupation === null) throw new Error('needContent: occupation checked by the form');
  return {
    title: values.title,
    ...optional('description', values.description),
    hostInstitutionId: values.hostInstitutionId,
    occupation: values.occupation,
    skills: values.skills,
    languages: values.languages.map(language),
    ...optional('sector', values.sector),
    ...optional('region', values.region),
    mode: values.mode,
    duration: values.duration,
    ...optional('startDate', values.startDate),
    ...optional('endDate', values.endDate),
    expertsNeeded: values.expertsNeeded,
    status: values.status,
  };
}

/** The form's values for a stored need. */
export function needValuesOf(need: Visible<MissionRequest>): NeedValues {
  return {
    title: need.title ?? '',
    description: need.description ?? '',
    hostInstitutionId: need.hostInstitutionId ?? '',
    occupation: need.occupation ?? null,
    skills: [...(need.skills ?? [])],
    languages: (need.languages ?? []).map((l) => l.code),
    sector: need.sector ?? null,
    region: need.region ?? null,
    mode: need.mode ?? 'on-site',
    duration: need.duration ?? '2-weeks-to-3-months',
    startDate: need.startDate ?? '',
    endDate: need.endDate ?? '',
    expertsNeeded: need.expertsNeeded ?? 1,
    status: need.status ?? 'open',
  };
}
