import type { Locator, Page } from '@playwright/test';
import { testOffice, type TestOffice } from './test-office';

/** First run: the office setup form, then the recovery key shown once. In English. */
export class SetupPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly createButton: Locator;
  readonly recoveryKey: Locator;
  readonly storedCheckbox: Locator;
  readonly continueButton: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { name: 'Set up this office' });
    this.createButton = this.main.getByRole('button', { name: 'Create the office' });
    this.recoveryKey = this.main.getByRole('figure', { name: 'Recovery key' });
    this.storedCheckbox = this.main.getByLabel('I have stored the recovery key safely');
    this.continueButton = this.main.getByRole('button', { name: 'Continue' });
  }

  async chooseCountry(name: string): Promise<void> {
    await this.main.getByLabel('Country').fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  /** Fills the whole form (office, then first administrator) without submitting. */
  async fill(office: TestOffice = testOffice): Promise<void> {
    // The first screen of a fresh profile: its code (with the country list) may take a while.
    await this.heading.waitFor({ timeout: 30_000 });
    await this.main.getByLabel('Office name').fill(office.name);
    await this.chooseCountry(office.country);
    await this.main.getByRole('radio', { name: office.type }).check();
    await this.main.getByLabel('Username').fill(office.admin.username);
    await this.main.getByLabel('Display name').fill(office.admin.displayName);
    await this.main.getByLabel('Passphrase', { exact: true }).fill(office.admin.passphrase);
    await this.main.getByLabel('Type the passphrase again').fill(office.admin.passphrase);
  }

  /** Submits and waits for the recovery key; returns it as shown (groups separated by spaces). */
  async create(): Promise<string> {
    await this.createButton.click();
    await this.recoveryKey.waitFor({ timeout: 30_000 });
    return (await this.recoveryKey.locator('p').textContent()) ?? '';
  }

  async confirmAndContinue(): Promise<void> {
    await this.storedCheckbox.check();
    await this.continueButton.click();
  }

  /** The whole first run: fill, create, store the key, continue to the desk. */
  async setUp(office: TestOffice = testOffice): Promise<string> {
    await this.fill(office);
    const key = await this.create();
    await this.confirmAndContinue();
    await this.page.getByRole('navigation').waitFor();
    return key;
  }
}
