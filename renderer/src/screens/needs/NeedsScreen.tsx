import { Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { hashForRoute, navigateTo } from '../../shell/routes';
import { ScreenTitle } from '../../shell/ScreenTitle';
import { StatusMessage } from '../../shell/StatusMessage';
import { NeedDetail } from './NeedDetail';
import { NeedForm } from './NeedForm';
import { NeedList } from './NeedList';
import { emptyNeed, needValuesOf } from './need-values';
import { useNeedsData, type NeedsData } from './use-needs-data';

/** Institution needs: `#/needs` (list), `#/needs/new`, `#/needs/<id>` (matches), `/<id>/edit`. */
export function NeedsScreen({ path }: { path: readonly string[] }) {
  const { t } = useTranslation();
  const storeError = useStoreErrorMessage();
  const { result, reload } = useNeedsData();
  return (
    <section>
      <ScreenTitle>{t('needs.title')}</ScreenTitle>
      <Text mb="md">{t('needs.intro')}</Text>
      {result === null && <Loader aria-label={t('shell.loading')} />}
      {result?.ok === false && (
        <StatusMessage tone="error">{storeError(result.error)}</StatusMessage>
      )}
      {result?.ok === true && <NeedsView path={path} data={result.value} reload={reload} />}
    </section>
  );
}

function NeedsView({
  path,
  data,
  reload,
}: {
  path: readonly string[];
  data: NeedsData;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const [first, second] = path;
  const saved = (id: string) => {
    reload();
    navigateTo('needs', id);
  };
  if (first === undefined) return <NeedList needs={data.needs} partners={data.partners} />;
  if (first === 'new') {
    return (
      <Stack>
        <Text fw={600} component="h2" size="lg">
          {t('needs.form.newTitle')}
        </Text>
        <NeedForm
          editing={null}
          initial={emptyNeed}
          partners={data.partners}
          onSaved={saved}
          onCancel={() => navigateTo('needs')}
        />
      </Stack>
    );
  }
  const need = data.needs.find((n) => n.id === first);
  if (need === undefined) {
    return (
      <Text role="alert">
        {t('needs.detail.notFound')} <a href={hashForRoute('needs')}>{t('needs.detail.back')}</a>
      </Text>
    );
  }
  if (second === 'edit') {
    return (
      <Stack>
        <Text fw={600} component="h2" size="lg">
          {t('needs.form.editTitle')}
        </Text>
        <NeedForm
          key={`${need.id}:${need.rev}`}
          editing={{ id: need.id, rev: need.rev }}
          initial={needValuesOf(need)}
          partners={data.partners}
          onSaved={saved}
          onCancel={() => navigateTo('needs', need.id)}
        />
      </Stack>
    );
  }
  return <NeedDetail need={need} data={data} onSaved={reload} />;
}
