import type { Locator, Page } from '@playwright/test';

/**
 * The change-passphrase form: on My account, and on the first sign-in of an account an admin
 * created ("Choose your own passphrase"). In English.
 */
export class ChangePassphraseForm {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('main').getByRole('form', { name: 'Change my passphrase' });
  }

  async change(current: string, next: string): Promise<void> {
    await this.form.getByLabel('Current passphrase', { exact: true }).fill(current);
    await this.form.getByLabel('New passphrase', { exact: true }).fill(next);
    await this.form.getByLabel('Type the passphrase again', { exact: true }).fill(next);
    await this.form.getByRole('button', { name: 'Change the passphrase' }).click();
  }
}
