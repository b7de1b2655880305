import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** Settings' "Connect to central registry" section and the Sync screen, in English. */
export class SyncPage {
  readonly shell: ShellPage;
  readonly registryUrl: Locator;
  readonly enrollCode: Locator;
  readonly connectButton: Locator;
  readonly link: Locator;
  readonly lastSync: Locator;
  readonly pending: Locator;
  readonly syncNowButton: Locator;
  readonly badge: Locator;
  readonly interval: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    const main = this.shell.main;
    this.registryUrl = main.getByLabel('Registry address');
    this.enrollCode = main.getByLabel('Enrollment code');
    this.connectButton = main.getByRole('button', { name: 'Connect', exact: true });
    this.link = main.getByTestId('registry-link');
    this.lastSync = main.getByTestId('sync-last');
    this.pending = main.getByTestId('sync-pending');
    this.syncNowButton = main.getByRole('button', { name: 'Sync now' });
    this.badge = this.shell.header.getByTestId('sync-badge');
    this.interval = main.getByLabel('Sync automatically every (minutes)');
  }

  async openSettings(): Promise<void> {
    await this.shell.goTo('Settings');
    await this.shell.heading().filter({ hasText: 'Settings' }).waitFor();
  }

  async openSync(): Promise<void> {
    await this.shell.goTo('Sync');
    await this.shell.heading().filter({ hasText: 'Sync' }).waitFor();
  }

  /** Fills in the registry address and code on Settings and clicks Connect. */
  async connect(url: string, code: string): Promise<void> {
    await this.registryUrl.fill(url);
    await this.enrollCode.fill(code);
    await this.connectButton.click();
  }

  /** The alert of the connect section (a failure in words). */
  alert(): Locator {
    return this.shell.main.getByRole('alert');
  }

  /** Sets the schedule on the Sync screen (0 = only when someone clicks "Sync now"). */
  async setIntervalMinutes(minutes: number): Promise<void> {
    await this.openSync();
    await this.interval.fill(String(minutes));
    await this.interval.blur();
  }

  async syncNow(): Promise<void> {
    await this.syncNowButton.click();
    await this.syncNowButton.and(this.page.locator(':not([data-loading])')).waitFor();
  }
}
