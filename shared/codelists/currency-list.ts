import currencyCodes from 'currency-codes';
import type { CodeItem, CodeList } from './code-item';
import { displayName } from './display-name';
import { packageListVersions } from './package-list-versions';

/** ISO 4217 currencies and funds, named by Intl.DisplayNames (English from the ISO list as fallback). */
export function buildCurrencyList(): CodeList {
  const items: CodeItem[] = currencyCodes.data.map((currency) => ({
    code: currency.code,
    level: 1,
    parent: null,
    labels: {
      en: displayName('en', 'currency', currency.code) ?? currency.currency,
      fr: displayName('fr', 'currency', currency.code),
      ar: displayName('ar', 'currency', currency.code),
      pt: displayName('pt', 'currency', currency.code),
    },
  }));
  return {
    id: 'iso-4217',
    version: packageListVersions['iso-4217'],
    title: {
      en: 'Currencies (ISO 4217)',
      fr: 'Monnaies (ISO 4217)',
      ar: 'العملات (ISO 4217)',
      pt: 'Moedas (ISO 4217)',
    },
    source: 'Codes: currency-codes (ISO 4217 list one). Names: Intl.DisplayNames.',
    labelsFollowEsco: false,
    items,
  };
}
