import type { Locator, Page } from '@playwright/test';
import ar from '../../../locales/ar.json' with { type: 'json' };
import en from '../../../locales/en.json' with { type: 'json' };
import fr from '../../../locales/fr.json' with { type: 'json' };
import pt from '../../../locales/pt.json' with { type: 'json' };
import type { StaffLogin } from './test-office';

const texts = { en, fr, ar, pt };
export type UiLocale = keyof typeof texts;

/**
 * The sign-in screen, and the unlock screen over a locked desk. Labels come from the locale
 * files, so a test can sign in in any interface language.
 */
export class UnlockPage {
  readonly main: Locator;
  readonly username: Locator;
  readonly passphrase: Locator;
  readonly submit: Locator;
  readonly alert: Locator;
  readonly timer: Locator;

  constructor(
    readonly page: Page,
    readonly locale: UiLocale = 'en',
  ) {
    const t = texts[locale].unlock;
    this.main = page.getByRole('main');
    this.username = this.main.getByLabel(t.username, { exact: true });
    this.passphrase = this.main.getByLabel(t.passphrase, { exact: true });
    this.submit = this.main.getByRole('button', {
      name: new RegExp(`^(${t.signIn}|${t.unlock})$`),
    });
    this.alert = this.main.getByRole('alert');
    this.timer = this.main.getByRole('timer');
  }

  /** The heading of the sign-in screen (or of the unlock screen when locked). */
  heading(locked = false): Locator {
    const t = texts[this.locale].unlock;
    return this.main.getByRole('heading', { name: locked ? t.lockedTitle : t.title, level: 1 });
  }

  async signIn({ username, passphrase }: StaffLogin): Promise<void> {
    await this.username.fill(username);
    await this.passphrase.fill(passphrase);
    await this.submit.click();
  }

  /** Unlocks the locked desk with the passphrase and waits for the lock screen to go. */
  async unlockWith(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.submit.click();
    await this.heading(true).waitFor({ state: 'hidden', timeout: 30_000 });
  }

  /** Signs in and waits for the desk's navigation. */
  async signInToDesk(login: StaffLogin): Promise<void> {
    await this.signIn(login);
    await this.page.getByRole('navigation').waitFor({ timeout: 30_000 });
  }
}
