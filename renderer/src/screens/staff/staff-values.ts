import { z } from 'zod';
import { staffRoles } from '../../../../shared/domain/staff-user';
import { textLimits } from '../../../../shared/domain/text-field';
import {
  checkNewPassphrase,
  evenWithFieldErrors,
  optionalEmailField,
  optionalPhoneField,
  requiredText,
  usernameField,
} from '../../forms/field-schemas';

/** The add-staff form: the account, optional work contact, first passphrase, admin's own. */
export const NewStaffValues = z
  .object({
    username: usernameField,
    displayName: requiredText(textLimits.name),
    role: z.enum(staffRoles, { error: 'required' }),
    phone: optionalPhoneField,
    email: optionalEmailField,
    passphrase: z.string(),
    confirmation: z.string(),
    adminPassphrase: z.string().min(1, { error: 'required' }),
  })
  .superRefine(
    (values, ctx) => checkNewPassphrase(values, values.username, ctx),
    evenWithFieldErrors,
  );

export type NewStaffValues = z.output<typeof NewStaffValues>;

export const emptyNewStaff: NewStaffValues = {
  username: '',
  displayName: '',
  role: 'clerk',
  phone: '',
  email: '',
  passphrase: '',
  confirmation: '',
  adminPassphrase: '',
};
