import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The Partners screen's institutions, in English. */
export class PartnersPage {
  readonly shell: ShellPage;
  readonly addButton: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.addButton = this.shell.main.getByRole('link', { name: 'Add a partner institution' });
  }

  async open(): Promise<void> {
    await this.shell.goTo('Partners');
    await this.addButton.waitFor();
  }

  /** Adds a partner institution with its name and country (other fields as they come). */
  async addPartner(name: string, country: string): Promise<void> {
    await this.addButton.click();
    const main = this.shell.main;
    await main.getByLabel('Name of the institution').fill(name);
    await main.getByLabel('Country', { exact: true }).fill(country);
    await this.page.getByRole('option', { name: country, exact: true }).click();
    await main.getByRole('button', { name: 'Save the partner' }).click();
    await this.addButton.waitFor();
  }
}
