import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { textDirection } from '../../../shared/i18n/locales';
import { applyDocumentLocale } from '../i18n/apply-document-locale';
import { useSettings } from '../settings/use-settings';

/** Keeps i18next, `<html lang dir>` and Mantine's direction in step with the saved language. */
export function LocaleSync() {
  const { settings } = useSettings();
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  useEffect(() => {
    void i18n.changeLanguage(settings.locale);
    applyDocumentLocale(document.documentElement, settings.locale);
    setDirection(textDirection(settings.locale));
  }, [i18n, setDirection, settings.locale]);
  return null;
}
