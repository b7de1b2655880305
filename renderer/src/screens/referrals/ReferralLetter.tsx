import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, PartnerInstitution } from '../../../../shared/domain/organisation';
import type { Referral } from '../../../../shared/domain/referral';
import { isLocale, textDirection } from '../../../../shared/i18n/locales';
import { getDesktop } from '../../bridge/desktop';
import { useIpcErrorMessage } from '../../i18n/use-ipc-error-message';
import { usePeople } from '../../referrals/use-people';
import { useActiveSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import type { Visible } from '../../store';
import { LetterBody } from './LetterBody';
import classes from './ReferralLetter.module.css';

interface ReferralLetterProps {
  referral: Visible<Referral> | undefined;
  partners: ReadonlyMap<string, Visible<Organisation>>;
}

function isPartner(o: Visible<Organisation> | undefined): o is Visible<PartnerInstitution> {
  return o?.kind === 'partner';
}

/** A referral letter in the partner's language, ready to print or save as PDF. */
export function ReferralLetter({ referral, partners }: ReferralLetterProps) {
  const { t, i18n } = useTranslation();
  const session = useActiveSession();
  const ipcError = useIpcErrorMessage();
  const [printFailed, setPrintFailed] = useState<string | null>(null);
  const { people } = usePeople(referral?.personId ? [referral.personId] : []);
  const partner = referral?.partnerId ? partners.get(referral.partnerId) : undefined;
  if (!referral || !isPartner(partner)) {
    return <Text role="alert">{t('referrals.letter.notFound')}</Text>;
  }
  const fallback = isLocale(i18n.language) ? i18n.language : 'en';
  const locale = partner.correspondenceLanguage ?? fallback;
  const print = async () => {
    setPrintFailed(null);
    const result = await getDesktop().print.pdf({
      suggestedName: `referral-${referral.id.slice(-8)}.pdf`,
      pageSize: 'A4',
    });
    if (!result.ok) setPrintFailed(ipcError(result.error.code));
  };
  return (
    <Stack>
      <Group>
        <Button onClick={() => void print()}>{t('referrals.letter.print')}</Button>
        <Button variant="default" component="a" href="#/referrals">
          {t('referrals.letter.back')}
        </Button>
      </Group>
      <Text size="sm">
        {t('referrals.letter.language', { language: t(`languages.${locale}`) })}
      </Text>
      {printFailed && <StatusMessage tone="error">{printFailed}</StatusMessage>}
      <article
        className={classes.letter}
        lang={locale}
        dir={textDirection(locale)}
        aria-label={t('referrals.letter.title')}
      >
        <LetterBody
          t={i18n.getFixedT(locale)}
          locale={locale}
          referral={referral}
          partner={partner}
          person={referral.personId ? people.get(referral.personId) : undefined}
          signedBy={session?.username ?? ''}
        />
      </article>
    </Stack>
  );
}
