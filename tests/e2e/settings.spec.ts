import { test, expect } from './fixtures';
import { SettingsPage } from './pages/settings-page';

test('auto-lock minutes: 0 is refused with advice, 15 is saved and kept', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.idleMinutes).toHaveValue('10');

  await settings.saveIdleMinutes('0');
  await expect(settings.idleLockAlert()).toHaveText(
    'Enter a whole number of minutes from 1 to 240, then save again.',
  );
  await expect(settings.idleMinutes).toHaveAttribute('aria-invalid', 'true');
  await expect(settings.idleMinutes).toBeFocused();

  await settings.saveIdleMinutes('15');
  await expect(settings.idleLockStatus()).toHaveText(
    'Saved. The desk now locks after 15 minutes without activity.',
  );
  await expect(settings.idleLockAlert()).toHaveCount(0);

  await settings.shell.reloadAndSignIn();
  await expect(settings.idleMinutes).toHaveValue('15');
});

test('auto-lock minutes above 240 or with a fraction are refused', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();

  for (const value of ['241', '2.5', '']) {
    await settings.saveIdleMinutes(value);
    await expect(settings.idleLockAlert()).toContainText(
      'Enter a whole number of minutes from 1 to 240',
    );
  }
  await settings.shell.reloadAndSignIn();
  await expect(settings.idleMinutes).toHaveValue('10');
});

test('the language chosen on the Settings screen applies at once', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();

  await settings.shell.main.getByLabel('Language').selectOption({ label: 'Português' });

  await expect(settings.shell.heading()).toHaveText('Definições');
  await expect(settings.shell.languageSelect('Idioma')).toHaveValue('pt');
});
