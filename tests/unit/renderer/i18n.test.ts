import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { ipcErrorKey } from '../../../renderer/src/i18n/ipc-error-key';
import { ipcErrorCodes } from '../../../shared/ipc/result';

describe('interface translations', () => {
  it('starts in the saved language and switches on demand', async () => {
    const i18n = createI18n('fr');
    expect(i18n.t('shell.nav.settings')).toBe('Paramètres');
    await i18n.changeLanguage('ar');
    expect(i18n.t('shell.nav.settings')).toBe('الإعدادات');
  });

  it('formats numbers and dates with Intl in the current language', async () => {
    const i18n = createI18n('en');
    const exportedAt = new Date(Date.UTC(2025, 0, 31, 12));
    const values = { fileName: 'f.json', exportedAt };
    expect(i18n.t('settings.transfer.imported', values)).toContain(
      new Intl.DateTimeFormat('en').format(exportedAt),
    );
    await i18n.changeLanguage('fr');
    expect(i18n.t('settings.transfer.imported', values)).toContain('31/01/2025');
    await i18n.changeLanguage('ar');
    expect(i18n.t('settings.idleLock.saved', { minutes: 240 })).toContain(
      new Intl.NumberFormat('ar').format(240),
    );
  });

  // The other locales match English key for key (tests/unit/locales.test.ts).
  it('has a message for every desktop API error code', () => {
    const i18n = createI18n('en');
    for (const code of ipcErrorCodes) {
      expect(i18n.exists(ipcErrorKey(code), { fallbackLng: false }), code).toBe(true);
    }
  });
});
