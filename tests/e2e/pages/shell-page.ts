import type { Locator, Page } from '@playwright/test';
import { SetupPage } from './setup-page';
import { testOffice, type StaffLogin } from './test-office';
import { UnlockPage, type UiLocale } from './unlock-page';

/** The frame around every screen: header with the language switcher, navigation, main area. */
export class ShellPage {
  readonly header: Locator;
  readonly navigation: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.navigation = page.getByRole('navigation');
    this.main = page.getByRole('main');
  }

  /**
   * Opens the app at `hash` and gets into the desk as a person would: in a fresh profile it sets
   * up the test office first; where an office exists it signs in as its administrator.
   */
  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
    await this.enterDesk();
  }

  /** After a reload the desk is locked: sign in again (labels in the interface language). */
  async reloadAndSignIn(locale: UiLocale = 'en', login: StaffLogin = testOffice.admin) {
    await this.page.reload();
    await this.enterDesk(locale, login);
  }

  async enterDesk(locale: UiLocale = 'en', login: StaffLogin = testOffice.admin): Promise<void> {
    const setup = new SetupPage(this.page);
    const unlock = new UnlockPage(this.page, locale);
    await setup.heading.or(unlock.heading()).or(this.navigation).first().waitFor();
    if (await setup.heading.isVisible()) await setup.setUp();
    else if (await unlock.heading().isVisible()) await unlock.signInToDesk(login);
    await this.main.getByRole('heading', { level: 1 }).waitFor();
  }

  /** The header's language select, found by its visible label in the current language. */
  languageSelect(label = 'Language'): Locator {
    return this.header.getByLabel(label);
  }

  async chooseLanguage(language: string, currentLabel = 'Language'): Promise<void> {
    await this.languageSelect(currentLabel).selectOption({ label: language });
  }

  async goTo(linkName: string): Promise<void> {
    await this.navigation.getByRole('link', { name: linkName }).click();
  }

  heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  /** The header's Lock and Log out buttons (in English). */
  async lock(): Promise<void> {
    await this.header.getByRole('button', { name: 'Lock' }).click();
  }

  async logOut(): Promise<void> {
    await this.header.getByRole('button', { name: 'Log out' }).click();
  }

  async documentLocale(): Promise<{ lang: string; dir: string }> {
    return this.page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    }));
  }
}
