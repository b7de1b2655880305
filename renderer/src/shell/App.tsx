import { DirectionProvider, MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { textDirection } from '../../../shared/i18n/locales';
import type { Settings } from '../../../shared/ipc/contract';
import type { DeskStore } from '../session/desk-store';
import { SessionGate } from '../session/SessionGate';
import { SessionProvider } from '../session/SessionProvider';
import { SettingsProvider } from '../settings/SettingsProvider';
import { StoreUnavailable } from '../screens/StoreUnavailable';
import { cssVariablesResolver } from '../theme/css-variables-resolver';
import { theme } from '../theme/theme';
import { LocaleSync } from './LocaleSync';

interface AppProps {
  i18n: i18n;
  settings: Settings;
  /** The office database; null when it could not be opened. */
  desk: DeskStore | null;
}

export function App({ i18n, settings, desk }: AppProps) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <DirectionProvider initialDirection={textDirection(settings.locale)}>
          <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
            <SettingsProvider initial={settings}>
              <LocaleSync />
              {desk ? (
                <SessionProvider desk={desk}>
                  <SessionGate />
                </SessionProvider>
              ) : (
                <StoreUnavailable />
              )}
            </SettingsProvider>
          </MantineProvider>
        </DirectionProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
