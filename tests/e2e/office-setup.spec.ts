import { test, expect } from './fixtures';
import { SetupPage } from './pages/setup-page';
import { ShellPage } from './pages/shell-page';
import { testOffice } from './pages/test-office';
import { UnlockPage } from './pages/unlock-page';

const office = {
  ...testOffice,
  name: 'مكتب الجالية في نواكشوط',
  country: 'Mauritania',
  type: 'Consular desk',
  admin: {
    username: 'mohamed.admin',
    displayName: 'Mohamed Ould Abdallahi',
    passphrase: 'camel dune tea lantern harbour',
  },
} as const;

test('first run: set up the office, see the recovery key once, then work', async ({ page }) => {
  test.slow();
  await page.goto('/');
  const setup = new SetupPage(page);
  await expect(setup.heading).toBeVisible({ timeout: 30_000 });
  await setup.fill(office);

  await setup.createButton.click();
  await expect(setup.main.getByRole('status')).toHaveText('Securing the office database…');
  await expect(setup.createButton).toBeDisabled();
  await expect(setup.recoveryKey).toBeVisible({ timeout: 30_000 });

  const key = (await setup.recoveryKey.locator('p').textContent()) ?? '';
  expect(key).toMatch(/^([0-9A-Z]{5} ){7}[0-9A-Z]{5}$/);
  await expect(setup.main).toContainText(`Office: ${office.name}`);
  await expect(setup.main).toContainText('It is shown only now and never again.');

  // Continuing is refused until the person confirms the key is stored.
  await setup.continueButton.click();
  await expect(setup.main.getByRole('alert')).toHaveText(
    'Confirm that you have stored the recovery key before you continue.',
  );
  await setup.confirmAndContinue();

  const shell = new ShellPage(page);
  await expect(shell.heading()).toHaveText('Members');
  await expect(shell.header).toContainText(`${office.admin.displayName} (Administrator)`);
  expect(await page.content()).not.toContain(key);

  // Never again: after a reload the desk asks for a passphrase and the key is gone for good.
  await page.reload();
  const unlock = new UnlockPage(page);
  await expect(unlock.heading()).toBeVisible();
  await unlock.signInToDesk(office.admin);
  await expect(shell.heading()).toHaveText('Members');
  expect(await page.content()).not.toContain(key);
});

test('Print prints only the recovery key sheet: key, office and date', async ({ page }) => {
  await page.goto('/');
  const setup = new SetupPage(page);
  await setup.fill(office);
  await setup.create();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });

  await setup.main.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Printed, the page around the sheet is hidden (the main landmark too), the sheet is not.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('figure', { name: 'Recovery key' })).toBeVisible();
  await expect(page.getByText(`Office: ${office.name}`)).toBeVisible();
  await expect(page.getByText(/^Created on /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByText('I have stored the recovery key safely')).toBeHidden();
  await expect(page.getByText('It is shown only now and never again.')).toBeHidden();
  await expect(page.getByLabel('Language')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(setup.storedCheckbox).toBeVisible();
});

test('the passphrase gets live advice and weak ones are refused', async ({ page }) => {
  await page.goto('/');
  const setup = new SetupPage(page);
  const passphrase = setup.main.getByLabel('Passphrase', { exact: true });

  await passphrase.fill('password123');
  await expect(setup.main).toContainText('Strength: cannot be used.');
  await expect(setup.main).toContainText('Too common');

  await passphrase.fill('short one');
  await expect(setup.main).toContainText('Too short: use at least 12 characters, or 4 words.');

  await passphrase.fill('lantern river stone');
  await expect(setup.main).toContainText('Strength: strong.');
  await passphrase.fill('lantern river stone window harbour');
  await expect(setup.main).toContainText('Strength: very strong.');

  await passphrase.fill('password');
  await setup.createButton.click();
  await expect(
    setup.main.getByText('This passphrase cannot be used. Follow the advice below it.'),
  ).toBeVisible();
  await expect(setup.main.getByText('Fill in this field.').first()).toBeVisible();
  await expect(setup.recoveryKey).toHaveCount(0);
});

test('setup works in Arabic, mirrored', async ({ page }) => {
  await page.goto('/');
  const shell = new ShellPage(page);
  await shell.chooseLanguage('العربية');
  await expect(page.getByRole('heading', { name: 'إعداد هذا المكتب' })).toBeVisible({
    timeout: 30_000,
  });
  expect(await shell.documentLocale()).toEqual({ lang: 'ar', dir: 'rtl' });
  await expect(page.getByRole('main').getByLabel('البلد')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'شباك قنصلي' })).toBeVisible();
});
