import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The About screen, in English. */
export class AboutPage {
  readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  async open(): Promise<void> {
    await this.shell.open('#/about');
  }

  /** The value beside a row header in the application facts table. */
  fact(label: string): Locator {
    return this.shell.main.getByRole('row', { name: label }).getByRole('cell');
  }
}
