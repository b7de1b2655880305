import { test, expect } from './fixtures';
import { ChangePassphraseForm } from './pages/account-page';
import { ShellPage } from './pages/shell-page';
import { StaffPage, type NewStaffMember } from './pages/staff-page';
import { testOffice } from './pages/test-office';
import { UnlockPage } from './pages/unlock-page';

const clerk: NewStaffMember = {
  username: 'fatima.clerk',
  displayName: 'فاطمة الزهراء Diallo',
  role: 'Clerk',
  passphrase: 'mango tree blue bicycle',
};
const clerkOwnPassphrase = 'quiet market morning drum';

test('an admin adds a clerk, locks and unlocks; the clerk signs in and sees no admin screens', async ({
  page,
}) => {
  test.slow();
  const shell = new ShellPage(page);
  await shell.open();
  const staff = new StaffPage(page);
  await staff.open();

  await staff.addMember(clerk, testOffice.admin.passphrase);
  await expect(staff.addForm.getByRole('status')).toHaveText(
    'Account fatima.clerk added. They sign in with the first passphrase and then choose their own.',
  );
  const row = staff.row('fatima.clerk');
  await expect(row).toContainText(clerk.displayName);
  await expect(row).toContainText('Clerk');
  await expect(row).toContainText('Active');
  await expect(staff.row('amina.admin')).toContainText('Administrator');

  // Lock: the unlock screen covers the desk, which is hidden; unlocking returns to Staff.
  await shell.lock();
  const unlock = new UnlockPage(page);
  await expect(unlock.heading(true)).toBeVisible();
  await expect(unlock.username).toHaveValue('amina.admin');
  await expect(page.getByRole('navigation')).toBeHidden();
  await unlock.unlockWith(testOffice.admin.passphrase);
  await expect(shell.heading()).toHaveText('Staff');
  await expect(staff.row('fatima.clerk')).toContainText(clerk.displayName);

  // Log out, then the clerk signs in: first they choose their own passphrase.
  await shell.logOut();
  await expect(unlock.heading()).toBeVisible();
  await unlock.signIn(clerk);
  await expect(page.getByRole('heading', { name: 'Choose your own passphrase' })).toBeVisible({
    timeout: 30_000,
  });
  await new ChangePassphraseForm(page).change(clerk.passphrase, clerkOwnPassphrase);

  await expect(shell.heading()).toHaveText('Members', { timeout: 30_000 });
  await expect(shell.header).toContainText(`${clerk.displayName} (Clerk)`);
  await expect(shell.navigation.getByRole('link', { name: 'My account' })).toBeVisible();
  await expect(shell.navigation.getByRole('link', { name: 'Staff' })).toHaveCount(0);
  await expect(shell.navigation.getByRole('link', { name: 'Audit log' })).toHaveCount(0);

  // Typing the address of an admin screen does not open it either.
  await page.goto('/#/staff');
  await shell.enterDesk('en', { username: clerk.username, passphrase: clerkOwnPassphrase });
  await expect(shell.heading()).toHaveText('Not available for your role');
  await expect(shell.main.getByRole('table')).toHaveCount(0);
});

test('an admin disables an account after confirming, and it can no longer sign in', async ({
  page,
}) => {
  test.slow();
  const shell = new ShellPage(page);
  await shell.open();
  const staff = new StaffPage(page);
  await staff.open();
  await staff.addMember(clerk, testOffice.admin.passphrase);
  await expect(staff.row('fatima.clerk')).toContainText('Active');

  await staff.row('fatima.clerk').getByRole('button', { name: 'Disable fatima.clerk' }).click();
  const dialog = page.getByRole('dialog', { name: 'Disable fatima.clerk?' });
  await expect(dialog).toContainText('This account will no longer be able to sign in.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(staff.row('fatima.clerk')).toContainText('Active');

  await staff.row('fatima.clerk').getByRole('button', { name: 'Disable fatima.clerk' }).click();
  await dialog.getByRole('button', { name: 'Disable the account' }).click();
  await expect(staff.row('fatima.clerk')).toContainText('Disabled');
  await expect(shell.main.getByText('Account fatima.clerk disabled.')).toBeVisible();
  await expect(staff.row('amina.admin').getByRole('button')).toHaveCount(0);

  await shell.logOut();
  const unlock = new UnlockPage(page);
  await unlock.signIn(clerk);
  await expect(unlock.alert).toContainText('The username or the passphrase is not right.', {
    timeout: 30_000,
  });
});

test('a wrong admin passphrase does not add the account and says so', async ({ page }) => {
  test.slow();
  const shell = new ShellPage(page);
  await shell.open();
  const staff = new StaffPage(page);
  await staff.open();

  await staff.addMember(clerk, 'not my passphrase at all');
  await expect(staff.addForm.getByRole('alert')).toHaveText(
    'Your passphrase is not right. Tries left before a temporary lock: 4.',
  );
  await expect(staff.row('fatima.clerk')).toHaveCount(0);
  // What was typed for the newcomer is kept, to try again.
  await expect(staff.field('Display name')).toHaveValue(clerk.displayName);
});

test('My account changes the passphrase; the old one stops working', async ({ page }) => {
  test.slow();
  const shell = new ShellPage(page);
  await shell.open();
  await shell.goTo('My account');
  await expect(shell.main).toContainText('amina.admin');
  await expect(shell.main).toContainText(testOffice.admin.displayName);

  const next = 'copper kettle evening rain';
  await new ChangePassphraseForm(page).change(testOffice.admin.passphrase, next);
  await expect(shell.main.getByRole('status')).toHaveText(
    'Your passphrase has been changed. Use the new one from now on.',
    { timeout: 30_000 },
  );

  await shell.logOut();
  const unlock = new UnlockPage(page);
  await unlock.signIn(testOffice.admin);
  await expect(unlock.alert).toContainText('The username or the passphrase is not right.', {
    timeout: 30_000,
  });
  await unlock.signInToDesk({ username: 'amina.admin', passphrase: next });
  await expect(shell.heading()).toHaveText('Members');
});
