import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The conflicts inbox (#/sync/conflicts), in English. */
export class ConflictsPage {
  readonly shell: ShellPage;
  readonly heading: Locator;
  readonly records: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.heading = this.shell.main.getByRole('heading', { name: 'Conflicts to settle' });
    this.records = this.shell.main.getByTestId('conflict-record');
  }

  async open(): Promise<void> {
    await this.page.goto('/#/sync/conflicts');
    await this.shell.enterDesk();
    await this.heading.waitFor();
  }

  /** The record card headed with `name`. */
  record(name: string | RegExp): Locator {
    return this.shell.main.getByRole('article', { name });
  }

  /** One field of a record card: its base / registry / incoming values and its decision. */
  field(record: Locator, field: string): Locator {
    return record.getByTestId(`conflict-field-${field}`);
  }

  /** The value under a column title ("Before both changes", "Registry now", ...). */
  value(field: Locator, column: string): Locator {
    return field.getByText(column, { exact: true }).locator('..');
  }

  async decide(field: Locator, choice: string): Promise<void> {
    await field.getByRole('radio', { name: choice }).check();
  }

  async save(record: Locator): Promise<void> {
    await record.getByRole('button', { name: 'Save decisions' }).click();
    await this.shell.main.getByRole('status').filter({ hasText: 'Decisions saved' }).waitFor();
  }
}
