import { test, expect } from './fixtures';
import { SettingsPage } from './pages/settings-page';
import { StaffPage } from './pages/staff-page';
import { testOffice } from './pages/test-office';
import { UnlockPage } from './pages/unlock-page';

test('idle for the set minutes locks the desk, hides it, and unlocking keeps unsaved input', async ({
  page,
}) => {
  test.slow();
  await page.clock.install();
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.saveIdleMinutes('1');
  await expect(settings.idleLockStatus()).toContainText('after 1 minutes');

  const staff = new StaffPage(page);
  await staff.open();
  await expect(staff.row('amina.admin')).toContainText(testOffice.admin.displayName);
  await staff.field('Display name').fill('Ousmane Diallo, not saved yet');

  // Activity keeps it open...
  await page.clock.fastForward('00:50');
  await staff.field('Username').click();
  await staff.field('Username').pressSequentially('ousmane');
  await page.clock.fastForward('00:50');
  const unlock = new UnlockPage(page);
  await expect(unlock.heading(true)).toBeHidden();

  // ...a minute without any locks it.
  await page.clock.fastForward('00:15');
  await expect(unlock.heading(true)).toBeVisible();
  await expect(staff.addForm).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  // The desk underneath is inert and hidden, and what was decrypted for it is gone from the page.
  const desk = page.locator('[data-locked]');
  await expect(desk).toHaveAttribute('inert', '');
  await expect(desk).toHaveAttribute('aria-hidden', 'true');
  await expect(desk).toHaveCSS('visibility', 'hidden');
  expect(await page.locator('body').textContent()).not.toContain(testOffice.admin.displayName);

  await unlock.unlockWith(testOffice.admin.passphrase);
  await expect(staff.addForm).toBeVisible();
  await expect(staff.field('Display name')).toHaveValue('Ousmane Diallo, not saved yet');
  await expect(staff.field('Username')).toHaveValue('ousmane');
  await expect(staff.row('amina.admin')).toContainText(testOffice.admin.displayName);
});

test('another person unlocking a locked desk starts on their own home screen', async ({ page }) => {
  test.slow();
  const staff = new StaffPage(page);
  await staff.shell.open();
  await staff.open();
  await staff.addMember(
    {
      username: 'kofi.supervisor',
      displayName: 'Kofi Mensah',
      role: 'Supervisor',
      passphrase: 'palm wine harbour sunset',
    },
    testOffice.admin.passphrase,
  );
  await staff.field('Display name').fill('Draft for someone');
  await staff.shell.lock();

  const unlock = new UnlockPage(page);
  await unlock.signIn({ username: 'kofi.supervisor', passphrase: 'palm wine harbour sunset' });
  await expect(page.getByRole('heading', { name: 'Choose your own passphrase' })).toBeVisible({
    timeout: 30_000,
  });
  expect(await page.content()).not.toContain('Draft for someone');
});
