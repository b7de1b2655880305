import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { SettingsPage } from './pages/settings-page';

test('export settings downloads a JSON file with the current settings', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.saveIdleMinutes('25');
  await expect(settings.idleLockStatus()).toBeVisible();

  const download = await settings.exportSettings();

  expect(download.suggestedFilename()).toBe('diaspora-desk-settings.json');
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file).toMatchObject({
    kind: 'diaspora-desk/settings',
    formatVersion: 1,
    settings: { locale: 'en', idleLockMinutes: 25, registryUrl: null },
  });
  expect(Number.isNaN(Date.parse(file.exportedAt))).toBe(false);
  await expect(settings.transferStatus()).toContainText('Settings exported.');
});

test('importing a file that is not JSON says what to do instead', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();

  await settings.importFile('notes.json', 'this is not JSON');

  await expect(settings.transferAlert()).toHaveText(
    'This file could not be read as a settings file. Choose a file made with “Export settings” (a .json file) and try again.',
  );
  await expect(settings.idleMinutes).toHaveValue('10');
});

test('importing JSON that is not a settings file, or has bad values, is refused', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.open();

  await settings.importFile('other.json', JSON.stringify({ hello: 'world' }));
  await expect(settings.transferAlert()).toContainText('not a Diaspora Desk settings file');

  const badValues = {
    kind: 'diaspora-desk/settings',
    formatVersion: 1,
    exportedAt: '2025-01-31T10:00:00.000Z',
    settings: { locale: 'en', idleLockMinutes: 0, registryUrl: null },
  };
  await settings.importFile('bad.json', JSON.stringify(badValues));
  await expect(settings.transferAlert()).toContainText('contains values the desk cannot use');
  await expect(settings.idleMinutes).toHaveValue('10');
});

test('importing an exported file applies its settings', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  const exported = {
    kind: 'diaspora-desk/settings',
    formatVersion: 1,
    exportedAt: '2025-01-31T10:00:00.000Z',
    settings: { locale: 'fr', idleLockMinutes: 30, registryUrl: null },
  };

  await settings.importFile('diaspora-desk-settings.json', JSON.stringify(exported));

  await expect(settings.shell.heading()).toHaveText('Paramètres');
  // The interface is French now, section names included.
  const transfer = page.getByRole('region', {
    name: 'Transférer les paramètres vers un autre ordinateur',
  });
  await expect(transfer.getByRole('status')).toHaveText(
    'Paramètres importés depuis diaspora-desk-settings.json (exportés le 31/01/2025).',
  );
  await expect(
    settings.shell.main.getByLabel('Verrouiller après ce nombre de minutes d’inactivité'),
  ).toHaveValue('30');
});
