import { createRoot } from 'react-dom/client';
import { defaultSettings } from '../../shared/ipc/contract';
import { getDesktop } from './bridge/desktop';
import { applyDocumentLocale } from './i18n/apply-document-locale';
import { createI18n } from './i18n/create-i18n';
import { openDeskStore } from './session/desk-store';
import { App } from './shell/App';

/**
 * Reads the settings first so the first paint is already in the right language and direction,
 * and opens the (locked) office database so the first screen is already setup or sign-in.
 */
export async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const loaded = await getDesktop().settings.get();
  const settings = loaded.ok ? loaded.value : defaultSettings;
  applyDocumentLocale(document.documentElement, settings.locale);
  const desk = await openDeskStore().catch((error: unknown) => {
    console.warn('store: the office database did not open', (error as Error)?.name);
    return null;
  });
  createRoot(container).render(
    <App i18n={createI18n(settings.locale)} settings={settings} desk={desk} />,
  );
}
