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

  /** Adds a diaspora association in France from the associations tab, under `parent` if given. */
  async addAssociation(name: string, level: string, parent?: string): Promise<void> {
    const main = this.shell.main;
    const add = main.getByRole('link', { name: 'Add an association' });
    await this.page.goto('/#/partners/associations');
    await add.click();
    await main.getByLabel('Name of the association').fill(name);
    await main.getByLabel('Level', { exact: true }).click();
    await this.page.getByRole('option', { name: level, exact: true }).click();
    if (parent) {
      await main.getByLabel('Belongs to').click();
      await this.page.getByRole('option', { name: parent, exact: true }).click();
    }
    await main.getByLabel('Country', { exact: true }).fill('France');
    await this.page.getByRole('option', { name: 'France', exact: true }).click();
    await main.getByRole('button', { name: 'Save the association' }).click();
    await add.waitFor();
  }
}
