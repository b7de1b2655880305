import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import type {
  PassphraseProblem,
  SimpleStoreErrorCode,
} from '../../../renderer/src/store/store-error';
import { supportedLocales } from '../../../shared/i18n/locales';
import { formErrorCodes } from '../../../renderer/src/forms/form-error-codes';

/** Every code, checked at compile time: a new store code fails here until it has a message. */
const simpleCodes = {
  locked: true,
  'account-disabled': true,
  'key-mismatch': true,
  'damaged-key': true,
  'damaged-record': true,
  'not-found': true,
  'rev-conflict': true,
  'invalid-username': true,
  'username-taken': true,
  forbidden: true,
  'office-exists': true,
  'no-office': true,
  'invalid-recovery-key': true,
  'wrong-recovery-key': true,
  'storage-failed': true,
  'vault-unavailable': true,
  cancelled: true,
} satisfies Record<SimpleStoreErrorCode, true>;

const problems = {
  'too-short': true,
  'too-common': true,
  'too-repetitive': true,
  'contains-username': true,
} satisfies Record<PassphraseProblem, true>;

describe('messages for store and form errors', () => {
  for (const locale of supportedLocales) {
    it(`has a message for every store error, passphrase problem and form error in ${locale}`, () => {
      const i18n = createI18n(locale);
      const keys = [
        ...Object.keys(simpleCodes).map((code) => `errors.store.${code}`),
        'errors.store.wrong-passphrase',
        'errors.store.wrong-own-passphrase',
        'errors.store.locked-out',
        'errors.store.weak-passphrase',
        'errors.store.invalid-record',
        ...Object.keys(problems).map((problem) => `forms.passphraseProblem.${problem}`),
        ...formErrorCodes.map((code) => `forms.errors.${code}`),
      ];
      for (const key of keys) expect(i18n.exists(key, { fallbackLng: false }), key).toBe(true);
    });
  }

  it('says how many tries are left, in the interface language’s digits', async () => {
    const i18n = createI18n('en');
    expect(i18n.t('errors.store.wrong-passphrase', { count: 3 })).toContain(': 3.');
    await i18n.changeLanguage('ar');
    expect(i18n.t('errors.store.wrong-passphrase', { count: 3 })).toContain(
      new Intl.NumberFormat('ar').format(3),
    );
  });

  it('pads the seconds of the lockout countdown', () => {
    const i18n = createI18n('en');
    expect(i18n.t('unlock.lockout.countdown', { minutes: 1, seconds: 5 })).toBe('Next try in 1:05');
  });

  it('formats audit times with date and time', () => {
    const i18n = createI18n('en');
    const at = new Date(Date.UTC(2025, 0, 31, 14, 5, 9));
    expect(i18n.t('audit.at', { at })).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'short', timeStyle: 'medium' }).format(at),
    );
  });
});
