import { z } from 'zod';
import { coded } from './coded';
import { withCodes } from './domain-error-codes';
import { IsoDate } from './iso-date';
import { textField } from './text-field';

const year = () => z.int(withCodes).min(1900).max(2200);

export const EducationEntry = z.object(
  {
    level: coded('isced-2011'),
    field: coded('isced-f-2013').optional(),
    qualification: textField().optional(),
    institution: textField().optional(),
    country: coded('iso-3166-1').optional(),
    year: year().optional(),
  },
  withCodes,
);
export type EducationEntry = z.output<typeof EducationEntry>;

export const WorkEntry = z.object(
  {
    occupation: coded('isco-08'),
    sector: coded('isic-rev4').optional(),
    yearsOfExperience: z.int(withCodes).min(0).max(80).optional(),
    employer: textField().optional(),
    current: z.boolean(withCodes).optional(),
  },
  withCodes,
);
export type WorkEntry = z.output<typeof WorkEntry>;

/** A professional licence or registration (medical council, bar, chartered engineer...). */
export const Licence = z.object(
  {
    title: textField(),
    issuer: textField().optional(),
    country: coded('iso-3166-1').optional(),
    validUntil: IsoDate.optional(),
  },
  withCodes,
);
export type Licence = z.output<typeof Licence>;

const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item, withCodes).max(max, { error: 'too-many' }).default([]);

/** Block 5, education and work: the Person fields it owns. */
export const educationWorkShape = {
  education: list(EducationEntry, 20),
  work: list(WorkEntry, 20),
  licences: list(Licence, 20),
};
