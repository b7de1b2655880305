import { DirectionProvider, MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { textDirection } from '../../../shared/i18n/locales';
import type { Settings } from '../../../shared/ipc/contract';
import { SettingsProvider } from '../settings/SettingsProvider';
import { cssVariablesResolver } from '../theme/css-variables-resolver';
import { theme } from '../theme/theme';
import { LocaleSync } from './LocaleSync';
import { Shell } from './Shell';

interface AppProps {
  i18n: i18n;
  settings: Settings;
}

export function App({ i18n, settings }: AppProps) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <DirectionProvider initialDirection={textDirection(settings.locale)}>
          <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
            <SettingsProvider initial={settings}>
              <LocaleSync />
              <Shell />
            </SettingsProvider>
          </MantineProvider>
        </DirectionProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
