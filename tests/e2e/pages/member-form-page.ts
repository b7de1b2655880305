import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/**
 * The member registration form (`#/members/new`), driven by visible labels, so the same page
 * object works in every interface language: callers pass the labels in that language.
 */
export class MemberFormPage {
  readonly shell: ShellPage;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = page.getByRole('main');
  }

  /** Opens a blank registration form (signing in first when needed). */
  async openNew(): Promise<void> {
    await this.shell.open('#/members/new');
  }

  /** After signing in (and perhaps changing language), goes to a blank form. */
  async goToNew(): Promise<void> {
    await this.page.goto('/#/members/new');
    await this.main.getByRole('tablist').waitFor();
  }

  field(label: string): Locator {
    return this.main.getByLabel(label, { exact: true });
  }

  /** An input inside a titled group (a name script, an address, an entry of a list). */
  inGroup(group: string, label: string): Locator {
    return this.main
      .getByRole('group', { name: group, exact: true })
      .getByLabel(label, { exact: true });
  }

  async section(name: string): Promise<void> {
    await this.main.getByRole('tab', { name }).click();
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  /** Types into a picker and chooses the option whose text starts with `option`. */
  async pick(label: string, search: string, option: string | RegExp = search): Promise<void> {
    await this.field(label).fill(search);
    const name = typeof option === 'string' ? new RegExp(`^${escape(option)}`) : option;
    await this.page.getByRole('option', { name }).first().click();
  }

  async check(label: string): Promise<void> {
    await this.main.getByLabel(label, { exact: true }).check();
  }

  async add(buttonName: string): Promise<void> {
    await this.main.getByRole('button', { name: buttonName }).click();
  }

  async submit(buttonName: string): Promise<void> {
    await this.main.getByRole('button', { name: buttonName, exact: true }).click();
  }

  completeness(): Locator {
    return this.main.getByText(/\d+ .* 7|٧/).first();
  }

  /** The id of the profile the app went to after saving. */
  async savedId(): Promise<string> {
    await this.page.waitForURL(/#\/members\/[0-9a-f-]{36}$/);
    return new URL(this.page.url()).hash.split('/')[2] ?? '';
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
