import type { Download, Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The Settings screen, in English. */
export class SettingsPage {
  readonly shell: ShellPage;
  readonly idleLockForm: Locator;
  readonly transfer: Locator;
  readonly idleMinutes: Locator;
  readonly saveButton: Locator;
  readonly exportButton: Locator;
  readonly importButton: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    const main = this.shell.main;
    this.idleLockForm = main.getByRole('form', { name: 'Automatic lock' });
    this.transfer = main.getByRole('region', { name: 'Move settings to another computer' });
    this.idleMinutes = this.idleLockForm.getByLabel(
      'Lock after this many minutes without activity',
    );
    this.saveButton = this.idleLockForm.getByRole('button', { name: 'Save', exact: true });
    this.exportButton = this.transfer.getByRole('button', { name: 'Export settings' });
    this.importButton = this.transfer.getByRole('button', { name: 'Import settings' });
  }

  async open(): Promise<void> {
    await this.shell.open('#/settings');
  }

  async saveIdleMinutes(value: string): Promise<void> {
    await this.idleMinutes.fill(value);
    await this.saveButton.click();
  }

  async exportSettings(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    return download;
  }

  /** Clicks "Import settings" and picks a file with the given name and content. */
  async importFile(name: string, content: string | Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (
      await chooser
    ).setFiles({
      name,
      mimeType: 'application/json',
      buffer: typeof content === 'string' ? Buffer.from(content) : content,
    });
  }

  /** Messages of the auto-lock form: an error (alert) or the saved confirmation (status). */
  idleLockAlert(): Locator {
    return this.idleLockForm.getByRole('alert');
  }

  idleLockStatus(): Locator {
    return this.idleLockForm.getByRole('status');
  }

  /** Messages of the export / import section. */
  transferAlert(): Locator {
    return this.transfer.getByRole('alert');
  }

  transferStatus(): Locator {
    return this.transfer.getByRole('status');
  }
}
