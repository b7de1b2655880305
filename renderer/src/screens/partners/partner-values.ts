import { z } from 'zod';
import { institutionTypes, transferBases } from '../../../../shared/domain/organisation';
import type { PartnerInstitution } from '../../../../shared/domain/organisation';
import { IsoDate } from '../../../../shared/domain/iso-date';
import { textLimits } from '../../../../shared/domain/text-field';
import { supportedLocales } from '../../../../shared/i18n/locales';
import type { Visible } from '../../store';
import {
  compactPhone,
  optionalEmailField,
  optionalPhoneField,
  requiredText,
} from '../../forms/field-schemas';

const optionalText = z.string().trim().max(textLimits.short, { error: 'too-long' });
const required = { error: 'required' } as const;

export const ContactValues = z.object({
  name: requiredText(textLimits.name),
  role: optionalText,
  phone: optionalPhoneField,
  email: optionalEmailField,
});

/** The partner form: the institution, its contacts and, when there is one, its agreement. */
export const PartnerValues = z
  .object({
    name: requiredText(),
    institutionType: z.enum(institutionTypes, required),
    country: z.string(required).min(1, required),
    correspondenceLanguage: z.enum(supportedLocales, required),
    contacts: z.array(ContactValues).max(20),
    hasAgreement: z.boolean(),
    agreementReference: optionalText,
    agreementExpiry: z.string(),
    recipientCountry: z.string().nullable(),
    transferBasis: z.enum(transferBases).nullable(),
  })
  .superRefine((values, ctx) => {
    if (!values.hasAgreement) return;
    const need = (path: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message: 'required' });
    if (values.agreementReference === '') need('agreementReference');
    if (!IsoDate.safeParse(values.agreementExpiry).success) need('agreementExpiry');
    if (!values.recipientCountry) need('recipientCountry');
    if (!values.transferBasis) need('transferBasis');
  });
export type PartnerValues = z.output<typeof PartnerValues>;

export const emptyPartner: PartnerValues = {
  name: '',
  institutionType: 'ministry',
  country: '',
  correspondenceLanguage: 'fr',
  contacts: [],
  hasAgreement: false,
  agreementReference: '',
  agreementExpiry: '',
  recipientCountry: null,
  transferBasis: null,
};

export type CountryCoder = (code: string) => { list: 'iso-3166-1'; version: string; code: string };

/** The record content the form describes (the envelope is the store's). */
export function partnerContent(values: PartnerValues, country: CountryCoder) {
  const agreement =
    values.hasAgreement && values.recipientCountry && values.transferBasis
      ? {
          reference: values.agreementReference,
          expiry: values.agreementExpiry,
          recipientCountry: country(values.recipientCountry),
          transferBasis: values.transferBasis,
        }
      : undefined;
  return {
    kind: 'partner' as const,
    name: values.name,
    institutionType: values.institutionType,
    country: country(values.country),
    correspondenceLanguage: values.correspondenceLanguage,
    contacts: values.contacts.map((c) => ({
      name: c.name,
      ...(c.role ? { role: c.role } : {}),
      ...(c.phone ? { phone: compactPhone(c.phone) } : {}),
      ...(c.email ? { email: c.email } : {}),
    })),
    dataSharingAgreement: agreement,
  };
}

/** The form's values for a stored partner. */
export function partnerValues(partner: Visible<PartnerInstitution>): PartnerValues {
  const agreement = partner.dataSharingAgreement;
  return {
    name: partner.name ?? '',
    institutionType: partner.institutionType ?? 'ministry',
    country: partner.country?.code ?? '',
    correspondenceLanguage: partner.correspondenceLanguage ?? 'fr',
    contacts: (partner.contacts ?? []).map((c) => ({
      name: c.name,
      role: c.role ?? '',
      phone: c.phone ?? '',
      email: c.email ?? '',
    })),
    hasAgreement: agreement !== undefined,
    agreementReference: agreement?.reference ?? '',
    agreementExpiry: agreement?.expiry ?? '',
    recipientCountry: agreement?.recipientCountry.code ?? null,
    transferBasis: agreement?.transferBasis ?? null,
  };
}
