import type { TFunction } from 'i18next';
import type { PartnerInstitution } from '../../../../shared/domain/organisation';
import type { Person } from '../../../../shared/domain/person';
import type { Referral } from '../../../../shared/domain/referral';
import type { Locale } from '../../../../shared/i18n/locales';
import type { ShareableField } from '../../../../shared/referrals/share-template';
import { shareableFields } from '../../../../shared/referrals/share-template';
import { personDisplayName } from '../../referrals/person-display-name';
import type { Visible } from '../../store';
import { countryName } from '../partners/country-name';

interface LetterBodyProps {
  /** Translations fixed to the partner's language, whatever the interface shows. */
  t: TFunction;
  locale: Locale;
  referral: Visible<Referral>;
  partner: Visible<PartnerInstitution>;
  person: Visible<Person> | undefined;
  signedBy: string;
}

const shareable: ReadonlySet<string> = new Set(shareableFields);
const isShareable = (field: string): field is ShareableField => shareable.has(field);

/** The letter itself, every word in the partner's language. */
export function LetterBody({ t, locale, referral, partner, person, signedBy }: LetterBodyProps) {
  const sent = referral.statusHistory?.[0]?.at;
  const date = sent
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(sent))
    : '';
  const name = personDisplayName(person?.names, locale) || t('letter.unnamed');
  const shared = (referral.sharedFields ?? []).filter(isShareable);
  const agreement = partner.dataSharingAgreement;
  // Only what the referral shared goes on the letter.
  const has = (field: ShareableField) => shared.includes(field);
  return (
    <>
      <p>{date}</p>
      <p>{t('letter.to', { partner: partner.name ?? '' })}</p>
      <h2>
        {t('letter.subject', {
          purpose: t(`referrals.purposes.${referral.purpose ?? 'information'}`),
        })}
      </h2>
      <p>{t('letter.greeting')}</p>
      <p>{t('letter.intro', { name })}</p>
      <ul>
        {has('phones') &&
          person?.phones?.map((p) => (
            <li key={p.number}>{t('letter.phone', { phone: p.number })}</li>
          ))}
        {has('email') && person?.email && <li>{t('letter.email', { email: person.email })}</li>}
        {has('residence') && person?.residence?.country && (
          <li>
            {t('letter.residence', { country: countryName(person.residence.country.code, locale) })}
          </li>
        )}
      </ul>
      <p>{t('letter.sharedIntro')}</p>
      <ul>
        {shared.map((field) => (
          <li key={field}>{t(`referrals.share.fields.${field}`)}</li>
        ))}
      </ul>
      <p>
        {t('letter.basis', {
          basis: t(`referrals.legalBases.${referral.legalBasis ?? 'consent'}`),
          agreement: agreement?.reference ?? '',
        })}
      </p>
      <p>{t('letter.request')}</p>
      <p>{t('letter.closing')}</p>
      <p>{t('letter.signature', { name: signedBy })}</p>
      <p>{t('letter.reference', { id: referral.id })}</p>
    </>
  );
}
