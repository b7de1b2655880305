import type { Locator, Page } from '@playwright/test';
import { PartnersPage } from './partners-page';
import { ShellPage } from './shell-page';

export interface Expert {
  readonly given: string;
  readonly family: string;
  /** ISCO-08 unit group code, typed into the occupation picker. */
  readonly isco: string;
  readonly skills: readonly string[];
  /** Whether the member agrees to be contacted about opportunities. */
  readonly contactConsent: boolean;
  /** A known association picked in the membership type-ahead. */
  readonly association?: string;
}

/** The Needs screen (mission requests and their matches), with the member form to seed it. */
export class NeedsPage {
  readonly shell: ShellPage;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = this.shell.main;
  }

  async addPartner(name: string): Promise<void> {
    const partners = new PartnersPage(this.page);
    await partners.open();
    await partners.addPartner(name, 'Niger');
  }

  /** Registers a member through the real form (in English) with an occupation and skills. */
  async registerExpert(expert: Expert): Promise<void> {
    await this.page.goto('/#/members/new');
    await this.main.getByRole('heading', { level: 1, name: 'Register a member' }).waitFor();
    const names = this.main.getByRole('group', { name: 'Name in Latin letters' });
    await names.getByLabel('Given name').fill(expert.given);
    await names.getByLabel('Family name').fill(expert.family);
    await this.tab('Residence abroad');
    await this.pickOption('Country of residence', 'France', 'France');
    await this.tab('Contact');
    await this.main.getByLabel('E-mail', { exact: true }).fill(`${expert.given}@example.org`);
    await this.tab('Education and work');
    await this.main.getByRole('button', { name: 'Add an occupation' }).click();
    await this.pickOption('Occupation (ISCO-08)', expert.isco, new RegExp(`^${expert.isco}`));
    await this.tab('Skills and languages');
    for (const [i, skill] of expert.skills.entries()) {
      await this.main.getByRole('button', { name: 'Add a skill' }).click();
      await this.main.getByLabel(`Skill ${i + 1}`, { exact: true }).fill(skill);
    }
    if (expert.association !== undefined) await this.pickAssociation(expert.association);
    await this.tab('Consents');
    const purposes = ['Registration in the diaspora register'];
    if (expert.contactConsent) purposes.push('Being contacted about opportunities');
    for (const purpose of purposes) {
      await this.main.getByRole('checkbox', { name: new RegExp(`^${purpose}`) }).check();
    }
    await this.main.getByLabel('Notice version', { exact: true }).fill('2025-1');
    await this.pickOption('Language of the notice', 'French', /^French/);
    await this.main.getByLabel('How consent was given', { exact: true }).click();
    await this.page.getByRole('option', { name: 'Signed on paper', exact: true }).click();
    await this.main.getByRole('button', { name: 'Register', exact: true }).click();
    await this.page.waitForURL(/#\/members\/[0-9a-f-]{36}$/);
  }

  async openList(): Promise<void> {
    await this.shell.goTo('Needs');
    await this.main.getByRole('button', { name: 'New need' }).waitFor();
  }

  /** Fills the need form's essentials (host, occupation, skills) and saves; lands on the need. */
  async createNeed(title: string, host: string, isco: string, skills: readonly string[]) {
    await this.main.getByRole('button', { name: 'New need' }).click();
    await this.main.getByLabel('Title', { exact: true }).fill(title);
    await this.pickOption('Host institution', host, host);
    await this.pickOption('Occupation (ISCO-08)', isco, new RegExp(`^${isco}`));
    const skillInput = this.main.getByLabel('Skills', { exact: true });
    for (const skill of skills) {
      await skillInput.fill(skill);
      await skillInput.press('Enter');
    }
    await this.main.getByRole('button', { name: 'Save need' }).click();
    await this.page.waitForURL(/#\/needs\/[0-9a-f-]{36}$/);
  }

  /** The card of one suggested member, found by the name it shows. */
  match(name: string): Locator {
    return this.main.getByRole('article', { name });
  }

  matches(): Locator {
    return this.main.getByRole('article');
  }

  private async pickAssociation(name: string): Promise<void> {
    await this.tab('Contribution');
    await this.main.getByRole('button', { name: 'Add a membership' }).click();
    await this.pickOption('Association 1', name.slice(0, 6), name);
    await this.main.getByLabel('Role in association 1', { exact: true }).click();
    await this.page.getByRole('option', { name: 'Officer', exact: true }).click();
    await this.main.getByText(`Linked to the association “${name}”`).waitFor();
  }

  private async tab(name: string): Promise<void> {
    await this.main.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  private async pickOption(label: string, search: string, option: string | RegExp) {
    await this.main.getByLabel(label, { exact: true }).fill(search);
    await this.page
      .getByRole(
        'option',
        typeof option === 'string' ? { name: option, exact: true } : { name: option },
      )
      .first()
      .click();
  }
}
