import { z } from 'zod';
import { officeTypes } from '../../../../shared/domain/office';
import { textLimits } from '../../../../shared/domain/text-field';
import {
  checkNewPassphrase,
  evenWithFieldErrors,
  requiredText,
  usernameField,
} from '../../forms/field-schemas';

/** The setup form: the office, then its first administrator. */
export const SetupValues = z
  .object({
    officeName: requiredText(),
    country: z.string({ error: 'required' }).min(1, { error: 'required' }),
    officeType: z.enum(officeTypes, { error: 'required' }),
    username: usernameField,
    displayName: requiredText(textLimits.name),
    passphrase: z.string(),
    confirmation: z.string(),
  })
  .superRefine(
    (values, ctx) => checkNewPassphrase(values, values.username, ctx),
    evenWithFieldErrors,
  );

export type SetupValues = z.output<typeof SetupValues>;
export type SetupInput = z.input<typeof SetupValues>;
