import { expect, type Page, type Worker } from '@playwright/test';
import { test } from './fixtures';
import { MemberListPage } from './pages/member-list-page';
import { ShellPage } from './pages/shell-page';
import { testOffice } from './pages/test-office';
import { UnlockPage } from './pages/unlock-page';

const searchWorkers = (page: Page): Worker[] =>
  page.workers().filter((w) => w.url().includes('search.worker'));

test.describe('members search worker', () => {
  test('starts under the CSP, ends at lock with what it held, and the next unlock uses the one loaded meanwhile', async ({
    page,
  }) => {
    const started = page.waitForEvent('worker', (w) => w.url().includes('search.worker'));
    const shell = new ShellPage(page);
    await shell.open();
    const worker = await started;
    const ended = new Promise<void>((resolve) => worker.on('close', () => resolve()));
    await shell.lock();
    await ended;
    // The unlock screen starts a fresh worker (its code loads while the passphrase is typed).
    await expect.poll(() => searchWorkers(page).length).toBe(1);
    const [prepared] = searchWorkers(page);
    expect(prepared).not.toBe(worker);

    await new UnlockPage(page).unlockWith(testOffice.admin.passphrase);
    await shell.goTo('Members');
    await expect(new MemberListPage(page).total).toHaveText('Members found: 0');
    // The unlocked desk searches with that worker; no other was started.
    expect(searchWorkers(page)).toEqual([prepared]);
  });
});
