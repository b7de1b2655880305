import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { AboutPage } from './pages/about-page';

test('About shows the version, the platform and the ESCO statement', async ({ page }) => {
  const { version } = JSON.parse(await readFile('package.json', 'utf8'));
  const about = new AboutPage(page);
  await about.open();

  await expect(about.fact('Application')).toHaveText('Diaspora Desk');
  await expect(about.fact('Version')).toHaveText(version);
  await expect(about.fact('Running as')).toHaveText('Web browser (web bridge)');
  await expect(about.fact('Key protection')).toHaveText('Passphrase only');
  await expect(about.shell.main).toContainText(
    'This service uses the ESCO classification of the European Commission.',
  );
  await expect(about.shell.main).toContainText('International Labour Organization');
});

test('About in Arabic shows the translated ESCO statement', async ({ page }) => {
  const about = new AboutPage(page);
  await about.open();
  await about.shell.chooseLanguage('العربية');

  await expect(about.shell.heading()).toHaveText('حول البرنامج');
  await expect(about.shell.main).toContainText(
    'تستخدم هذه الخدمة تصنيف ESCO الصادر عن المفوضية الأوروبية.',
  );
});
