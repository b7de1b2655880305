import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The Audit log screen (administrators), in English. */
export class AuditPage {
  readonly shell: ShellPage;
  readonly table: Locator;
  readonly verifyButton: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.table = this.shell.main.getByRole('table', { name: /Audit log entries/ });
    this.verifyButton = this.shell.main.getByRole('button', { name: 'Verify integrity' });
  }

  async open(): Promise<void> {
    await this.shell.goTo('Audit log');
    await this.table.waitFor();
  }

  /** The action column of every listed entry, top (newest) first. */
  async actions(): Promise<string[]> {
    return this.table.locator('tbody tr td:nth-child(3)').allTextContents();
  }

  async filterByAction(action: string): Promise<void> {
    await this.shell.main.getByLabel('Action').selectOption({ label: action });
  }

  async filterByUser(user: string): Promise<void> {
    await this.shell.main.getByLabel('Staff member').selectOption({ label: user });
  }
}
