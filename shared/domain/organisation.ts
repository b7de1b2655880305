import { z } from 'zod';
import { supportedLocales } from '../i18n/locales';
import { coded } from './coded';
import { withCodes } from './domain-error-codes';
import { Email } from './email';
import { IsoDate } from './iso-date';
import { E164 } from './phone';
import { subdivisionInCountry } from './place';
import { envelopeShape } from './record-envelope';
import { RecordId } from './record-id';
import { textField, textLimits } from './text-field';

export const institutionTypes = [
  'ministry',
  'investment-promotion-agency',
  'diaspora-investment-fund',
  'university',
  'hospital',
  'ngo',
  'chamber-of-commerce',
  'international-organisation',
  'local-authority',
] as const;
export type InstitutionType = (typeof institutionTypes)[number];

/** A person to reach at an institution or association. Personal data. */
export const OrganisationContact = z.object(
  {
    name: textField(textLimits.name),
    role: textField().optional(),
    phone: E164.optional(),
    email: Email.optional(),
  },
  withCodes,
);
export type OrganisationContact = z.output<typeof OrganisationContact>;

/** Ground on which personal data may go to the recipient country. */
export const transferBases = [
  'domestic',
  'adequacy-decision',
  'contractual-clauses',
  'authority-authorisation',
  'explicit-consent',
  'public-interest',
] as const;
export type TransferBasis = (typeof transferBases)[number];

export const DataSharingAgreement = z.object(
  {
    reference: textField(100),
    expiry: IsoDate,
    recipientCountry: coded('iso-3166-1'),
    transferBasis: z.enum(transferBases, withCodes),
  },
  withCodes,
);
export type DataSharingAgreement = z.output<typeof DataSharingAgreement>;

const organisationBase = {
  ...envelopeShape('organisation'),
  name: textField(),
  country: coded('iso-3166-1'),
  subdivision: coded('iso-3166-2').optional(),
  contacts: z.array(OrganisationContact, withCodes).max(20, { error: 'too-many' }).default([]),
};

/** A partner institution people are referred to. */
export const PartnerInstitution = z
  .object(
    {
      ...organisationBase,
      kind: z.literal('partner', withCodes),
      institutionType: z.enum(institutionTypes, withCodes),
      dataSharingAgreement: DataSharingAgreement.optional(),
      /** The interface language letters to this partner are printed in. */
      correspondenceLanguage: z.enum(supportedLocales, withCodes).optional(),
    },
    withCodes,
  )
  .check(subdivisionInCountry);

export const associationLevels = ['continental', 'national', 'city'] as const;
export type AssociationLevel = (typeof associationLevels)[number];

/** A diaspora association, possibly a chapter of a wider one (`parentId`). */
export const DiasporaAssociation = z
  .object(
    {
      ...organisationBase,
      kind: z.literal('diaspora-association', withCodes),
      level: z.enum(associationLevels, withCodes),
      parentId: RecordId.optional(),
    },
    withCodes,
  )
  .check(subdivisionInCountry);

export const organisationKinds = ['partner', 'diaspora-association'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const Organisation = z.discriminatedUnion(
  'kind',
  [PartnerInstitution, DiasporaAssociation],
  withCodes,
);
export type Organisation = z.output<typeof Organisation>;
export type OrganisationInput = z.input<typeof Organisation>;
export type PartnerInstitution = z.output<typeof PartnerInstitution>;
export type DiasporaAssociation = z.output<typeof DiasporaAssociation>;
