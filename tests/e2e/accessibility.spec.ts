import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('the shell has no serious accessibility problems in English', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the shell has no serious accessibility problems in Arabic', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open();
  await shell.chooseLanguage('العربية');
  await expect(shell.heading()).toHaveText('الأعضاء');
  expect(await seriousViolations(page)).toEqual([]);
});

test('Settings (with a validation error) and About have no serious accessibility problems', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.saveIdleMinutes('0');
  await expect(settings.idleLockAlert()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await settings.shell.goTo('About');
  await expect(settings.shell.main.getByRole('table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
