import { Loader, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../shared/ipc/result';
import { getDesktop } from '../../bridge/desktop';
import { useIpcErrorMessage } from '../../i18n/use-ipc-error-message';
import { ScreenTitle } from '../../shell/ScreenTitle';
import { StatusMessage } from '../../shell/StatusMessage';

function AppInfoTable({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const rows = [
    [t('about.name'), info.name],
    [t('about.version'), info.version],
    [t('about.platform'), t(`about.platformName.${info.platform}`)],
    [t('about.vault'), t(`about.vaultName.${info.vault}`)],
  ] as const;
  return (
    <Table variant="vertical" withTableBorder maw="40rem">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w="12rem">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Name, version and platform from app:info, and the statements the classifications require. */
export function AboutScreen() {
  const { t } = useTranslation();
  const errorMessage = useIpcErrorMessage();
  const [info, setInfo] = useState<IpcResult<AppInfo> | null>(null);
  useEffect(() => {
    let current = true;
    void getDesktop()
      .app.info()
      .then((result) => current && setInfo(result));
    return () => {
      current = false;
    };
  }, []);

  return (
    <section>
      <ScreenTitle>{t('about.title')}</ScreenTitle>
      {info === null && <Loader aria-label={t('shell.loading')} />}
      {info?.ok === true && <AppInfoTable info={info.value} />}
      {info?.ok === false && (
        <StatusMessage tone="error">{errorMessage(info.error.code)}</StatusMessage>
      )}
      <Title order={2} size="h3" mt="xl" mb="sm">
        {t('about.classificationsTitle')}
      </Title>
      <Text maw="40rem" mb="sm">
        {t('about.esco')}
      </Text>
      <Text maw="40rem">{t('about.licences')}</Text>
    </section>
  );
}
