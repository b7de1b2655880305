import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AuditPage } from './pages/audit-page';
import { SettingsPage } from './pages/settings-page';
import { SetupPage } from './pages/setup-page';
import { ShellPage } from './pages/shell-page';
import { StaffPage } from './pages/staff-page';
import { testOffice } from './pages/test-office';
import { UnlockPage } from './pages/unlock-page';

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

test('setup, with errors and with the recovery key, has no serious problems in English and Arabic', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  const setup = new SetupPage(page);
  await setup.heading.waitFor({ timeout: 30_000 });
  await setup.createButton.click();
  await expect(setup.main.getByText('Fill in this field.').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const shell = new ShellPage(page);
  await shell.chooseLanguage('العربية');
  await expect(page.getByRole('heading', { name: 'إعداد هذا المكتب' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shell.chooseLanguage('English', 'اللغة');

  await setup.fill();
  await setup.create();
  expect(await seriousViolations(page)).toEqual([]);
});

test('sign-in (after a wrong passphrase), recovery and the lock screen have no serious problems', async ({
  page,
}) => {
  test.slow();
  const shell = new ShellPage(page);
  await shell.open();
  await shell.logOut();
  const unlock = new UnlockPage(page);
  await unlock.signIn({ username: 'amina.admin', passphrase: 'wrong words for this door' });
  await expect(unlock.alert).toContainText('not right', { timeout: 30_000 });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Forgot your passphrase? Use the recovery key' }).click();
  await expect(page.getByRole('heading', { name: 'Use the recovery key' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Back to sign in' }).click();

  await unlock.signInToDesk(testOffice.admin);
  await shell.lock();
  await expect(unlock.heading(true)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shell.chooseLanguage('العربية');
  await expect(page.getByRole('heading', { name: 'المكتب مقفل' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('Staff (with the disable dialog), Audit log and My account have no serious problems', async ({
  page,
}) => {
  test.slow();
  const staff = new StaffPage(page);
  await staff.shell.open();
  await staff.open();
  await staff.addMember(
    {
      username: 'ama.clerk',
      displayName: 'Ama Owusu',
      role: 'Clerk',
      passphrase: 'blue kente cloth river',
    },
    testOffice.admin.passphrase,
  );
  await expect(staff.row('ama.clerk')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await staff.row('ama.clerk').getByRole('button', { name: 'Disable ama.clerk' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  const audit = new AuditPage(page);
  await audit.open();
  await audit.verifyButton.click();
  await expect(audit.shell.main.getByRole('status')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await staff.shell.goTo('My account');
  await expect(staff.shell.heading()).toHaveText('My account');
  await staff.shell.chooseLanguage('العربية');
  await expect(staff.shell.heading()).toHaveText('حسابي');
  expect(await seriousViolations(page)).toEqual([]);
});
