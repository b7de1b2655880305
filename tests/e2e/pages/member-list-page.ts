import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

export interface DraftMember {
  readonly script: 'latin' | 'arabic';
  readonly given: string;
  readonly family: string;
  /** Country of residence, as named in English. */
  readonly residence: string;
  readonly email: string;
}

const scriptLegends: Readonly<Record<DraftMember['script'], string>> = {
  latin: 'Name in Latin letters',
  arabic: 'Name in Arabic script',
};

/** The Members screen's list: search box, filters with counts, sort and rows (in English). */
export class MemberListPage {
  readonly shell: ShellPage;
  readonly searchBox: Locator;
  readonly registerLink: Locator;
  readonly total: Locator;
  readonly list: Locator;
  readonly filters: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    const main = this.shell.main;
    this.searchBox = main.getByRole('searchbox', { name: 'Search members' });
    this.registerLink = main.getByRole('link', { name: 'Register a member' }).first();
    this.total = main.getByRole('status').filter({ hasText: 'Members found' });
    this.list = main.getByRole('list', { name: 'Members' });
    this.filters = main.getByRole('complementary', { name: 'Filters' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/members');
    await this.shell.enterDesk();
    await this.searchBox.waitFor();
  }

  /**
   * Registers a draft member through the real form (#/members/new): a name in one script, a
   * country of residence, an e-mail and the registration consent with its notice, then comes back to the list.
   */
  async registerDraft(member: DraftMember): Promise<void> {
    await this.registerLink.click();
    const main = this.shell.main;
    await main.getByRole('heading', { level: 1, name: 'Register a member' }).waitFor();
    const names = main.getByRole('group', { name: scriptLegends[member.script] });
    await names.getByLabel('Given name').fill(member.given);
    await names.getByLabel('Family name').fill(member.family);
    await this.chooseSection('Residence abroad');
    await this.pick('Country of residence', member.residence);
    await this.chooseSection('Contact');
    await main.getByLabel('E-mail', { exact: true }).fill(member.email);
    await this.chooseSection('Consents');
    await main.getByRole('checkbox', { name: /Registration in the diaspora register/ }).check();
    await main.getByLabel('Notice version').fill('2026-01');
    await this.pick('Language of the notice', 'French');
    await main.getByRole('combobox', { name: 'How consent was given' }).click();
    await this.page.getByRole('option', { name: 'Signed on paper', exact: true }).click();
    await main.getByRole('button', { name: 'Register', exact: true }).click();
    await this.page.waitForURL(/#\/members\/(?!new$)[^/]+$/);
    await this.open();
  }

  /** Types into a type-ahead picker and chooses the option with exactly that name. */
  private async pick(label: string, option: string): Promise<void> {
    await this.shell.main
      .getByRole('textbox', { name: label })
      .or(this.shell.main.getByRole('combobox', { name: label }))
      .first()
      .fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  private async chooseSection(name: string): Promise<void> {
    await this.shell.main.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  /** The links of the rows in view, by their accessible text. */
  rows(): Locator {
    return this.list.getByRole('link');
  }

  row(name: string | RegExp): Locator {
    return this.list.getByRole('link', { name });
  }

  /** One filter group (a fieldset named by its legend). */
  facet(legend: string): Locator {
    return this.filters.getByRole('group', { name: legend });
  }

  /** A value's checkbox in a filter group, named "<label> (<count>)". */
  facetValue(legend: string, label: string): Locator {
    return this.facet(legend).getByRole('checkbox', { name: new RegExp(`^${label} \\(`) });
  }

  async expectTotal(count: number): Promise<void> {
    await this.total.filter({ hasText: `Members found: ${count}` }).waitFor();
  }
}
