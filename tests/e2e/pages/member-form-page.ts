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
    const input = this.field(label);
    // A choice among a few values is not searchable: open it and choose.
    if ((await input.getAttribute('readonly')) !== null) await input.click();
    else await input.fill(search);
    const name = typeof option === 'string' ? new RegExp(`^${escape(option)}`) : option;
    // The picker's own list: the header's language <select> has options too ("العربية").
    await this.page.getByRole('listbox').getByRole('option', { name }).first().click();
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

/**
 * Presses Tab (and only Tab) until the focused element is the one described, as a person using
 * the keyboard alone would. Fails after `limit` presses.
 */
export async function tabTo(
  page: Page,
  target: { id: string } | { role: string; name: string },
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  limit = 250,
): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    const here = await page.evaluate((t) => {
      const el = document.activeElement;
      if (el === null) return false;
      if ('id' in t) return el.id === t.id;
      const tags: Record<string, string> = { BUTTON: 'button', A: 'link' };
      const role = el.getAttribute('role') ?? tags[el.tagName] ?? '';
      // Its accessible name: the aria-label when it has one ("Edit: Contact"), else its text.
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
      return role === t.role && name.startsWith(t.name);
    }, target);
    if (here) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}
