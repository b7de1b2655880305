import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

const run = promisify(execFile);

export interface NewMember {
  readonly script: 'latin' | 'arabic';
  readonly given: string;
  readonly family: string;
  /** Country of residence, as named in English. */
  readonly residence: string;
  readonly email: string;
  /** A phone number, typed as a clerk would (`+33 6 12 34 56 78`). */
  readonly phone?: string;
  /** Consents to tick besides registration, as the form labels them. */
  readonly moreConsents?: readonly string[];
}

const scriptLegends: Readonly<Record<NewMember['script'], string>> = {
  latin: 'Name in Latin letters',
  arabic: 'Name in Arabic script',
};

/** A member's profile, its edit form, its receipt (in English unless said). */
export class MemberProfilePage {
  readonly shell: ShellPage;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = this.shell.main;
  }

  /** Registers a member through the real form and lands on their profile; returns the id. */
  async register(member: NewMember): Promise<string> {
    await this.shell.open('#/members/new');
    await this.main.getByRole('heading', { level: 1, name: 'Register a member' }).waitFor();
    const names = this.main.getByRole('group', { name: scriptLegends[member.script] });
    await names.getByLabel('Given name').fill(member.given);
    await names.getByLabel('Family name').fill(member.family);
    await this.formSection('Residence abroad');
    await this.main.getByLabel('Country of residence').fill(member.residence);
    await this.page.getByRole('option', { name: member.residence, exact: true }).click();
    await this.formSection('Contact');
    await this.main.getByLabel('E-mail', { exact: true }).fill(member.email);
    if (member.phone !== undefined) {
      await this.main.getByLabel('Phone number 1', { exact: true }).fill(member.phone);
    }
    await this.formSection('Consents');
    for (const purpose of [
      'Registration in the diaspora register',
      ...(member.moreConsents ?? []),
    ]) {
      await this.main.getByRole('checkbox', { name: new RegExp(`^${purpose}`) }).check();
    }
    await this.main.getByLabel('Notice version').fill('2025-1');
    await this.main.getByLabel('Language of the notice').fill('French');
    await this.page.getByRole('option', { name: 'French', exact: true }).click();
    await this.main.getByLabel('How consent was given').click();
    await this.page.getByRole('option', { name: 'Signed on paper' }).click();
    await this.main.getByRole('button', { name: 'Register', exact: true }).click();
    await this.page.waitForURL(
      (url) => /^#\/members\/[^/]+$/.test(url.hash) && !url.hash.endsWith('/new'),
    );
    await this.heading().filter({ hasText: member.given }).waitFor();
    return decodeURIComponent(new URL(this.page.url()).hash.split('/')[2] ?? '');
  }

  private async formSection(name: string): Promise<void> {
    await this.formTab(name).click();
  }

  /** A section's tab in the member form. */
  formTab(name: string): Locator {
    return this.main.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  /** One block of the profile (a region named by its heading). */
  section(name: string): Locator {
    return this.main.getByRole('region', { name, exact: true });
  }

  /** A field's value in a block, by the field's label. */
  field(section: string, label: string): Locator {
    return this.section(section)
      .locator('div', {
        has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }),
      })
      .getByRole('definition');
  }

  async editSection(name: string): Promise<void> {
    await this.section(name)
      .getByRole('link', { name: `Edit: ${name}` })
      .click();
    await this.main.getByRole('heading', { level: 1, name: 'Edit member' }).waitFor();
  }

  async changeEmail(email: string): Promise<void> {
    await this.formSection('Contact');
    await this.main.getByLabel('E-mail', { exact: true }).fill(email);
    await this.main.getByRole('button', { name: 'Save changes' }).click();
    await this.page.waitForURL((url) => /^#\/members\/[^/]+$/.test(url.hash));
    await this.section('Change history').waitFor();
  }

  history(): Locator {
    return this.section('Change history').getByRole('table');
  }

  /** History rows about one field (the row names the field, its before and after). */
  historyRow(field: string): Locator {
    return this.history()
      .getByRole('row')
      .filter({
        has: this.page.getByRole('cell', { name: field, exact: true }),
      });
  }

  consents(): Locator {
    return this.section('Consents');
  }

  consent(purpose: string): Locator {
    return this.consents().getByRole('listitem').filter({ hasText: purpose });
  }

  async withdraw(purpose: string): Promise<void> {
    await this.consents()
      .getByRole('button', { name: `Withdraw consent: ${purpose}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Withdraw this consent?' });
    await dialog.getByRole('button', { name: 'Withdraw consent' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async openReceipt(): Promise<void> {
    await this.main.getByRole('link', { name: 'Receipt and profile sheet' }).click();
    await this.main.getByRole('heading', { level: 1, name: 'Receipt and profile sheet' }).waitFor();
  }

  sheetLanguage(): Locator {
    return this.main.getByLabel('Language of the sheet');
  }

  /** The on-screen preview of the sheet. */
  preview(): Locator {
    return this.main.locator('article[data-receipt="preview"]');
  }

  /** Replaces window.print with a counter, so the browser's dialog never opens. */
  async stubWindowPrint(): Promise<void> {
    await this.page.evaluate(() => {
      const counted = window as unknown as { printCalls: number };
      counted.printCalls = 0;
      window.print = () => {
        counted.printCalls += 1;
      };
    });
  }

  printCalls(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
  }

  printButton(): Locator {
    return this.main.getByRole('button', { name: 'Print or save as PDF' });
  }

  /**
   * The page printed to PDF by Chromium (print media, as Electron's printToPDF does), once the
   * fonts are in, with its page count and its text as pdftotext reads it.
   */
  async printedPdf(): Promise<{ bytes: Buffer; pages: number; text: string }> {
    await this.page.evaluate(async () => {
      await document.fonts.ready;
    });
    const bytes = await this.page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    const dir = await mkdtemp(join(tmpdir(), 'receipt-'));
    try {
      const file = join(dir, 'receipt.pdf');
      await writeFile(file, bytes);
      const info = await run('pdfinfo', [file]);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? 0);
      await run('pdftotext', ['-enc', 'UTF-8', file, join(dir, 'receipt.txt')]);
      const text = await readFile(join(dir, 'receipt.txt'), 'utf8');
      return { bytes, pages, text };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
