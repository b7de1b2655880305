import { test, expect } from './fixtures';
import { SetupPage } from './pages/setup-page';
import { ShellPage } from './pages/shell-page';
import { testOffice } from './pages/test-office';
import { UnlockPage } from './pages/unlock-page';

test('a forgotten passphrase: the recovery key sets a new one and opens the desk', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  const setup = new SetupPage(page);
  await setup.fill();
  const recoveryKey = await setup.create();
  await setup.confirmAndContinue();
  const shell = new ShellPage(page);
  await shell.logOut();

  const unlock = new UnlockPage(page);
  await page.getByRole('button', { name: 'Forgot your passphrase? Use the recovery key' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Use the recovery key' })).toBeVisible();

  // A typo is caught before any work: the key carries a check character.
  const typo = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('0') ? '1' : '0'}`;
  const next = 'saffron lamp desert wind';
  await main.getByLabel('Recovery key', { exact: true }).fill(typo);
  await main.getByLabel('Username of the account').fill(testOffice.admin.username);
  await main.getByLabel('New passphrase', { exact: true }).fill(next);
  await main.getByLabel('Type the passphrase again').fill(next);
  await main.getByRole('button', { name: 'Set the new passphrase and sign in' }).click();
  await expect(main.getByRole('alert')).toHaveText(
    'This is not a valid recovery key. Check each group of characters for typing mistakes.',
  );

  // Written in lower case with spaces, as someone might copy it from paper.
  await main.getByLabel('Recovery key', { exact: true }).fill(recoveryKey.toLowerCase());
  await main.getByRole('button', { name: 'Set the new passphrase and sign in' }).click();
  await expect(shell.heading()).toHaveText('Members', { timeout: 30_000 });

  await shell.logOut();
  await unlock.signIn(testOffice.admin);
  await expect(unlock.alert).toContainText('The username or the passphrase is not right.', {
    timeout: 30_000,
  });
  await unlock.signInToDesk({ username: testOffice.admin.username, passphrase: next });
  await shell.goTo('Audit log');
  await expect(page.getByRole('table')).toContainText('Recovery key used');
});

test('an admin replaces the recovery key: the new one shows once, the old one stops working', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  const setup = new SetupPage(page);
  await setup.fill();
  const oldKey = await setup.create();
  await setup.confirmAndContinue();

  const shell = new ShellPage(page);
  await shell.goTo('Staff');
  const section = shell.main.getByRole('form', { name: 'Replace the recovery key' });
  await section.getByLabel('Your passphrase', { exact: true }).fill(testOffice.admin.passphrase);
  await section.getByRole('button', { name: 'Create a new recovery key' }).click();
  const newKey = shell.main.getByRole('figure', { name: 'Recovery key' });
  await expect(newKey).toBeVisible({ timeout: 30_000 });
  expect(await newKey.textContent()).not.toContain(oldKey);
  await shell.main.getByLabel('I have stored the recovery key safely').check();
  await shell.main.getByRole('button', { name: 'Done' }).click();
  await expect(shell.main.getByRole('status')).toHaveText(
    'The new recovery key is in place. The old one no longer works.',
  );
  await expect(newKey).toHaveCount(0);

  await shell.logOut();
  await page.getByRole('button', { name: 'Forgot your passphrase? Use the recovery key' }).click();
  const main = page.getByRole('main');
  await main.getByLabel('Recovery key', { exact: true }).fill(oldKey);
  await main.getByLabel('Username of the account').fill(testOffice.admin.username);
  await main.getByLabel('New passphrase', { exact: true }).fill('saffron lamp desert wind');
  await main.getByLabel('Type the passphrase again').fill('saffron lamp desert wind');
  await main.getByRole('button', { name: 'Set the new passphrase and sign in' }).click();
  await expect(main.getByRole('alert')).toHaveText(
    'This recovery key does not belong to this office, or it has been replaced by a newer one.',
    { timeout: 30_000 },
  );
});
