import { expect } from '@playwright/test';
import { test } from './fixtures';
import { ShellPage } from './pages/shell-page';

test.describe('members search worker', () => {
  test('starts under the CSP when the desk is unlocked and ends at lock', async ({ page }) => {
    const started = page.waitForEvent('worker', (w) => w.url().includes('search.worker'));
    const shell = new ShellPage(page);
    await shell.open();
    const worker = await started;
    const ended = new Promise<void>((resolve) => worker.on('close', () => resolve()));
    await shell.lock();
    await ended;
    expect(page.workers().some((w) => w.url().includes('search.worker'))).toBe(false);
  });
});
