import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

export interface Agreement {
  readonly reference: string;
  readonly expiry: string;
  readonly recipientCountry: string;
  readonly transferBasis: string;
}

/** Partners with their agreements, and the consultation and referral panels of a profile (English). */
export class ReferralsPage {
  readonly shell: ShellPage;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = this.shell.main;
  }

  private async pick(label: string, option: string, exact = true): Promise<void> {
    await this.main.getByLabel(label, { exact }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  private async pickCountry(label: string, country: string): Promise<void> {
    await this.main.getByLabel(label, { exact: true }).fill(country);
    await this.page.getByRole('option', { name: country, exact: true }).click();
  }

  /** Adds a partner institution of a type, with a signed data-sharing agreement. */
  async addPartner(name: string, type: string, agreement: Agreement): Promise<void> {
    await this.shell.goTo('Partners');
    await this.main.getByRole('link', { name: 'Add a partner institution' }).click();
    await this.main.getByLabel('Name of the institution').fill(name);
    await this.pick('Type of institution', type);
    await this.pickCountry('Country', 'Niger');
    await this.main.getByLabel('An agreement with this partner is signed').check();
    await this.main.getByLabel('Agreement reference').fill(agreement.reference);
    await this.main.getByLabel('Agreement expiry date').fill(agreement.expiry);
    await this.pickCountry('Country receiving the data', agreement.recipientCountry);
    await this.pick('Basis for the transfer', agreement.transferBasis);
    await this.main.getByRole('button', { name: 'Save the partner' }).click();
    await this.main.getByRole('link', { name: 'Add a partner institution' }).waitFor();
  }

  /**
   * Registers a member through the registration form (#/members/new) with a Latin name, an
   * e-mail, a country of residence and the consents ticked, then lands on their profile.
   */
  async registerMember(given: string, family: string, consents: readonly string[]) {
    await this.page.goto('/#/members/new');
    const form = this.main;
    const tab = (name: string) => form.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
    const latin = form.getByRole('group', { name: 'Name in Latin letters' });
    await latin.getByLabel('Given name').fill(given);
    await latin.getByLabel('Family name').fill(family);
    await tab('Contact');
    await form.getByLabel('E-mail', { exact: true }).fill(`${given.toLowerCase()}@example.org`);
    await tab('Residence abroad');
    await this.pickCountry('Country of residence', 'France');
    await tab('Consents');
    for (const consent of consents) await form.getByLabel(consent).check();
    await form.getByLabel('Notice version').fill('2025-01');
    await form.getByLabel('Language of the notice').fill('French');
    await this.page.getByRole('option', { name: 'French', exact: true }).click();
    await this.pick('How consent was given', 'Signed on paper');
    await form.getByRole('button', { name: 'Register', exact: true }).click();
    await this.referralForm()
      .or(this.main.getByText('No partner institution is recorded yet'))
      .waitFor();
  }

  partnerRow(name: string): Locator {
    return this.main.getByRole('row').filter({ has: this.page.getByRole('link', { name }) });
  }

  /** Records a consultation on the open profile. */
  async recordConsultation(topics: readonly string[], channel: string, notes: string) {
    const form = this.main.getByRole('form', { name: 'Record a consultation' });
    for (const topic of topics) {
      await form.getByLabel('Topics').click();
      await this.page.getByRole('option', { name: topic, exact: true }).click();
    }
    await form.getByLabel('Topics').press('Escape');
    await form.getByLabel('Channel').click();
    await this.page.getByRole('option', { name: channel, exact: true }).click();
    await form.getByLabel('Notes').fill(notes);
    await form.getByLabel('Follow-up date').fill('2020-01-15');
    await form.getByRole('button', { name: 'Save the consultation' }).click();
    await form.getByRole('status').filter({ hasText: 'Consultation saved.' }).waitFor();
  }

  referralForm(): Locator {
    return this.main.getByRole('form', { name: 'Refer this member' });
  }

  /** Chooses the partner in the referral form: what it would receive shows. */
  async choosePartner(partner: string): Promise<void> {
    await this.referralForm().getByLabel('Partner institution').click();
    await this.page.getByRole('option', { name: partner, exact: true }).click();
  }

  /** Chooses the purpose and sends the referral (the partner already chosen). */
  async send(purpose: string): Promise<void> {
    const form = this.referralForm();
    await form.getByLabel('Purpose of the referral').click();
    await this.page.getByRole('option', { name: purpose, exact: true }).click();
    await form.getByRole('button', { name: 'Send the referral' }).click();
  }

  /** Fills the referral form on the open profile and sends it. */
  async refer(partner: string, purpose: string): Promise<void> {
    await this.choosePartner(partner);
    await this.send(purpose);
  }

  referralsSection(): Locator {
    return this.main.getByRole('region', { name: 'Referrals' });
  }

  /** Presses a referral's move button, e.g. "Mark as acknowledged" (subject: the partner name). */
  async move(action: string, subject: string): Promise<void> {
    await this.referralsSection()
      .getByRole('button', { name: `${action}: ${subject}`, exact: true })
      .click();
  }
}
