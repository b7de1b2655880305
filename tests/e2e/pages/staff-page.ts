import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

export interface NewStaffMember {
  username: string;
  displayName: string;
  role: 'Clerk' | 'Counsellor' | 'Supervisor' | 'Administrator';
  passphrase: string;
  phone?: string;
  email?: string;
}

/** The Staff screen (administrators), in English. */
export class StaffPage {
  readonly shell: ShellPage;
  readonly list: Locator;
  readonly addForm: Locator;
  readonly addButton: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.list = this.shell.main.getByRole('table', { name: /Staff accounts of this office/ });
    this.addForm = this.shell.main.getByRole('form', { name: 'Add a staff member' });
    this.addButton = this.addForm.getByRole('button', { name: 'Add the staff member' });
  }

  async open(): Promise<void> {
    await this.shell.goTo('Staff');
    await this.shell.heading().filter({ hasText: 'Staff' }).waitFor();
  }

  field(label: string): Locator {
    return this.addForm.getByLabel(label, { exact: true });
  }

  /** Types a new account into the form, without the admin's own passphrase or submitting. */
  async fillNewMember(member: NewStaffMember): Promise<void> {
    await this.field('Username').fill(member.username);
    await this.field('Display name').fill(member.displayName);
    await this.field('Role').selectOption({ label: member.role });
    if (member.phone) await this.field('Work phone (optional)').fill(member.phone);
    if (member.email) await this.field('Work e-mail (optional)').fill(member.email);
    await this.field('First passphrase').fill(member.passphrase);
    await this.field('Type the passphrase again').fill(member.passphrase);
  }

  /** Adds an account, authorised with the admin's passphrase, and waits for the outcome. */
  async addMember(member: NewStaffMember, adminPassphrase: string): Promise<void> {
    await this.fillNewMember(member);
    await this.field('Your passphrase').fill(adminPassphrase);
    await this.addButton.click();
    const added = this.addForm.getByRole('status').filter({ hasText: /^Account .+ added\./ });
    await added.or(this.addForm.getByRole('alert')).first().waitFor({ timeout: 60_000 });
  }

  /** The list's row of an account, by username. */
  row(username: string): Locator {
    return this.list.getByRole('row', {
      name: new RegExp(`^${username.replaceAll('.', '\\.')}\\b`),
    });
  }
}
