import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organisation, PartnerInstitution } from '../../../../shared/domain/organisation';
import { hashForRoute, navigateTo } from '../../shell/routes';
import type { Visible } from '../../store';
import { PartnerForm } from './PartnerForm';
import { PartnerList } from './PartnerList';
import { emptyPartner, partnerValues } from './partner-values';

interface PartnersViewProps {
  path: readonly string[];
  organisations: readonly Visible<Organisation>[];
  today: string;
  onSaved: () => void;
}

function isPartner(o: Visible<Organisation>): o is Visible<PartnerInstitution> {
  return o.kind === 'partner';
}

/** The list of partner institutions, or the form of one (`new` or its id). */
export function PartnersView({ path, organisations, today, onSaved }: PartnersViewProps) {
  const { t } = useTranslation();
  const partners = organisations.filter(isPartner);
  const [target] = path;
  const saved = () => {
    onSaved();
    navigateTo('partners');
  };
  if (target === 'new') {
    return (
      <Stack>
        <Title order={2} size="h3">
          {t('partners.form.newTitle')}
        </Title>
        <PartnerForm editing={null} initial={emptyPartner} today={today} onSaved={saved} />
      </Stack>
    );
  }
  if (target !== undefined) {
    const partner = partners.find((p) => p.id === target);
    if (!partner) return <Text role="alert">{t('partners.form.notFound')}</Text>;
    return (
      <Stack>
        <Title order={2} size="h3">
          {t('partners.form.editTitle', { name: partner.name })}
        </Title>
        <PartnerForm
          key={`${partner.id}:${partner.rev}`}
          editing={{ id: partner.id, rev: partner.rev }}
          initial={partnerValues(partner)}
          today={today}
          onSaved={saved}
        />
      </Stack>
    );
  }
  return (
    <Stack>
      <div>
        <Button component="a" href={hashForRoute('partners', 'new')}>
          {t('partners.list.add')}
        </Button>
      </div>
      <PartnerList partners={partners} today={today} />
    </Stack>
  );
}
