import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AuditPage } from './pages/audit-page';
import { MemberFormPage } from './pages/member-form-page';
import { MemberProfilePage } from './pages/member-profile-page';
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

/** Arabic headings of the main screens, by the hash that opens them. */
const arabicScreens: readonly (readonly [hash: string, heading: string])[] = [
  ['#/members', 'الأعضاء'],
  ['#/partners', 'الشركاء'],
  ['#/referrals', 'الإحالات'],
  ['#/needs', 'الاحتياجات'],
  ['#/sync', 'المزامنة'],
  ['#/sync/conflicts', 'المزامنة'],
  ['#/settings', 'الإعدادات'],
  ['#/audit', 'سجل التدقيق'],
  ['#/staff', 'الموظفون'],
  ['#/reports', 'التقارير'],
  ['#/about', 'حول البرنامج'],
  ['#/account', 'حسابي'],
];

/** Goes to a screen by its hash and waits until its heading shows and nothing is loading. */
async function openScreen(shell: ShellPage, hash: string, heading: string | RegExp) {
  await shell.page.goto(`/${hash}`);
  await expect(shell.heading()).toHaveText(heading);
  await expect(shell.main.locator('.mantine-Loader-root')).toHaveCount(0);
}

/** True when `text` inside `locator` is laid out left to right: its first character is leftmost. */
async function readsLeftToRight(locator: Locator, text: string): Promise<boolean> {
  return locator.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const box = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      return box(at).left < box(at + wanted.length - 1).left;
    }
    throw new Error(`"${wanted}" is not in the element`);
  }, text);
}

test('every main screen in Arabic is right to left with no serious accessibility problems', async ({
  page,
}) => {
  test.slow();
  const shell = new ShellPage(page);
  await shell.open();
  await shell.chooseLanguage('العربية');
  await expect(shell.heading()).toHaveText('الأعضاء');
  for (const [hash, heading] of arabicScreens) {
    await openScreen(shell, hash, heading);
    expect(await shell.documentLocale(), hash).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await seriousViolations(page), hash).toEqual([]);
  }
});

test('a profile, its receipt and the members list in Arabic have no serious problems', async ({
  page,
}) => {
  test.slow();
  const profile = new MemberProfilePage(page);
  const id = await profile.register({
    script: 'arabic',
    given: 'فاطمة',
    family: 'الزهراء',
    residence: 'France',
    email: 'f.zahra@example.org',
    phone: '+33 6 12 34 56 78',
  });
  const shell = profile.shell;
  await shell.chooseLanguage('العربية');

  await openScreen(shell, `#/members/${id}`, 'فاطمة الزهراء');
  expect(await shell.documentLocale()).toEqual({ lang: 'ar', dir: 'rtl' });
  // An E.164 number keeps its order inside Arabic text: +33…, never 33…+.
  const phones = profile.field('الاتصال', 'الهواتف');
  await expect(phones).toContainText('+33612345678');
  expect(await readsLeftToRight(phones, '+33612345678')).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  await openScreen(shell, `#/members/${id}/receipt`, 'الإيصال وورقة الملف');
  expect(await seriousViolations(page)).toEqual([]);

  // The members list with a row (the screens test sees it empty).
  await openScreen(shell, '#/members', 'الأعضاء');
  await expect(shell.main.getByText('فاطمة الزهراء').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('every section of the member form in Arabic has no serious problems', async ({ page }) => {
  test.slow();
  const form = new MemberFormPage(page);
  await form.openNew();
  await form.shell.chooseLanguage('العربية');
  await form.goToNew();
  expect(await form.shell.documentLocale()).toEqual({ lang: 'ar', dir: 'rtl' });

  await form.section('الاتصال');
  await form.fill('رقم الهاتف 1', '+33 6 12 34 56 78');
  // The number the desk will store reads left to right inside the Arabic sentence.
  const storedAs = form.main.getByText('سيُحفظ بالشكل');
  await expect(storedAs).toContainText('+33 6 12 34 56 78');
  expect(await readsLeftToRight(storedAs, '+33 6 12 34 56 78')).toBe(true);

  // The header and navigation are checked with the screens; here, each section's fields.
  const tabs = form.main.getByRole('tab');
  await expect(tabs).toHaveCount(8);
  for (let i = 0; i < 8; i += 1) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    const results = await new AxeBuilder({ page }).include('main').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    expect(serious, await tabs.nth(i).innerText()).toEqual([]);
  }
});
