import type { Locator, Page } from '@playwright/test';

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

  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
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

  async documentLocale(): Promise<{ lang: string; dir: string }> {
    return this.page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    }));
  }
}
