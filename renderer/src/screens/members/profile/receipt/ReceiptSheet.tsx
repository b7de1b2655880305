import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../../../shared/domain/consent';
import { blockIds } from '../../../../../../shared/domain/person-blocks';
import { textDirection, type Locale } from '../../../../../../shared/i18n/locales';
import { sectionRows } from '../block-rows';
import type { CodeLabeler } from '../code-labels';
import { formatDay } from '../format-dates';
import type { MemberProfile } from '../load-member-profile';
import { personDisplayName } from '../person-display-name';
import type { ProfileFormat } from '../profile-format';
import classes from './ReceiptSheet.module.css';

interface ReceiptSheetProps {
  readonly profile: MemberProfile;
  readonly locale: Locale;
  readonly label: CodeLabeler;
  /** When the sheet is made (ISO 8601). */
  readonly printedAt: string;
  /** Marks the on-screen copy, so tests and people can tell it from the printed one. */
  readonly variant: 'preview' | 'print';
}

/**
 * The registration receipt and profile sheet, wholly in `locale` (a fixed translator, so the
 * interface language does not change): office, member id, date, the seven blocks, the consents
 * in force and two signature lines. Counsellor's notes stay in the office.
 */
export function ReceiptSheet({ profile, locale, label, printedAt, variant }: ReceiptSheetProps) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(locale);
  const f: ProfileFormat = { t, locale, label };
  const { person, consents, hiddenFields } = profile;
  const active = consents.filter((c) => c.withdrawnAt === undefined);
  return (
    <article
      className={classes.sheet}
      lang={locale}
      dir={textDirection(locale)}
      data-receipt={variant}
      aria-label={t('receipt.heading')}
    >
      <header className={classes.top}>
        <div>
          <h2 className={classes.heading}>{t('receipt.heading')}</h2>
          <p>{personDisplayName(person.names, locale)}</p>
        </div>
        <dl className={classes.meta}>
          <dt>{t('receipt.office')}</dt>
          <dd>{profile.officeName}</dd>
          <dt>{t('receipt.memberId')}</dt>
          <dd dir="ltr">{person.id}</dd>
          <dt>{t('receipt.date')}</dt>
          <dd>{formatDay(printedAt, locale)}</dd>
        </dl>
      </header>
      <p>{t('receipt.intro', { office: profile.officeName })}</p>
      {blockIds.map((block) => {
        const rows = sectionRows(person, block, [], f).filter((row) => row.lines.length > 0);
        if (rows.length === 0) return null;
        return (
          <section key={block} className={classes.section}>
            <h3 className={classes.sectionTitle}>{t(`profile.blocks.${block}`)}</h3>
            <dl className={classes.rows}>
              {rows.map((row) => (
                <Row key={row.field} label={row.label} lines={row.lines} />
              ))}
            </dl>
          </section>
        );
      })}
      {hiddenFields.length > 0 && <p className={classes.note}>{t('receipt.restricted')}</p>}
      <ConsentList consents={active} f={f} />
      <div className={classes.signatures}>
        <div className={classes.signature}>{t('receipt.signatureMember')}</div>
        <div className={classes.signature}>{t('receipt.signatureOffice')}</div>
      </div>
    </article>
  );
}

function Row({ label, lines }: { label: string; lines: readonly string[] }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {lines.map((line, index) => (
          <div key={index}>{line}</div>
        ))}
      </dd>
    </>
  );
}

function ConsentList({ consents, f }: { consents: readonly Consent[]; f: ProfileFormat }) {
  return (
    <section className={classes.section}>
      <h3 className={classes.sectionTitle}>{f.t('receipt.consentsGiven')}</h3>
      {consents.length === 0 ? (
        <p>{f.t('receipt.noConsents')}</p>
      ) : (
        <ul className={classes.consents}>
          {consents.map((c) => (
            <li key={c.id}>
              {f.t('receipt.consentLine', {
                purpose: f.t(`profile.values.purpose.${c.purpose}`),
                date: formatDay(c.givenAt, f.locale),
                version: c.noticeVersion,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
