import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MemberProfilePage } from './pages/member-profile-page';
import { testOffice } from './pages/test-office';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('a profile shows every block, an edit and its history, and a withdrawn consent', async ({
  page,
}) => {
  test.slow();
  const profile = new MemberProfilePage(page);
  const id = await profile.register({
    script: 'latin',
    given: 'Aminata',
    family: 'Diallo',
    residence: 'France',
    email: 'aminata.diallo@example.org',
    moreConsents: ['Being contacted about opportunities'],
  });
  await expect(profile.heading()).toHaveText('Aminata Diallo');
  await expect(profile.main.getByText(`Member ID: ${id}`)).toBeVisible();
  for (const block of [
    'Identity',
    'Contact',
    'Residence abroad',
    'Origin links',
    'Education and work',
    'Skills and languages',
    'Contribution',
  ]) {
    await expect(profile.section(block)).toBeVisible();
  }
  await expect(profile.field('Residence abroad', 'Country and place of residence')).toHaveText(
    'France',
  );
  await expect(profile.field('Identity', 'Names')).toHaveText('Latin script: Aminata Diallo');
  await expect(profile.field('Identity', 'Sex')).toHaveText('Not recorded');
  await expect(profile.main.getByText('Waiting to be sent')).toBeVisible();
  await expect(profile.historyRow('E-mail')).toContainText('aminata.diallo@example.org');

  await profile.editSection('Contact');
  // The block's link opens its section, first field focused; the hash follows the tabs.
  await expect(page).toHaveURL(new RegExp(`#/members/${id}/edit/contact$`));
  await expect(profile.formTab('Contact')).toHaveAttribute('aria-selected', 'true');
  // No phone was recorded: the e-mail is the section's first field.
  await expect(profile.main.getByLabel('E-mail', { exact: true })).toBeFocused();
  await profile.formTab('Consents').click();
  await expect(page).toHaveURL(new RegExp(`#/members/${id}/edit/consents$`));
  await page.reload();
  await profile.shell.enterDesk();
  await profile.main.getByRole('tablist').waitFor();
  await expect(profile.formTab('Consents')).toHaveAttribute('aria-selected', 'true');
  await profile.changeEmail('a.diallo@example.fr');
  await expect(profile.field('Contact', 'E-mail')).toHaveText('a.diallo@example.fr');
  const emailChange = profile.historyRow('E-mail').first();
  await expect(emailChange).toContainText('aminata.diallo@example.org');
  await expect(emailChange).toContainText('a.diallo@example.fr');
  await expect(emailChange).toContainText(testOffice.admin.displayName);

  const purpose = 'Being contacted about opportunities';
  await expect(profile.consent(purpose)).toContainText('Active');
  await profile.withdraw(purpose);
  await expect(profile.consents().getByText('Consent withdrawn.')).toBeVisible();
  await expect(profile.consent(purpose)).toContainText(
    `Withdrawn on ${new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date())} by ${testOffice.admin.displayName}`,
  );
  await expect(profile.consent(purpose)).not.toContainText('Active');
  await expect(
    profile.consents().getByRole('button', { name: `Withdraw consent: ${purpose}` }),
  ).toHaveCount(0);
  await expect(profile.consent('Registration in the diaspora register')).toContainText('Active');

  await page.reload();
  await profile.shell.enterDesk();
  await expect(profile.consent(purpose)).toContainText('Withdrawn on');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the receipt prints to a PDF with the member’s name; Print calls window.print', async ({
  page,
}) => {
  test.slow();
  const profile = new MemberProfilePage(page);
  await profile.register({
    script: 'latin',
    given: 'Mamadou',
    family: 'Keita',
    residence: 'Belgium',
    email: 'm.keita@example.org',
  });
  await profile.openReceipt();
  await expect(profile.preview()).toContainText('Mamadou Keita');
  await expect(profile.preview()).toContainText(testOffice.name);

  await profile.stubWindowPrint();
  await profile.printButton().click();
  await expect(profile.main.getByText('The print dialog is open')).toBeVisible();
  expect(await profile.printCalls()).toBe(1);

  const pdf = await profile.printedPdf();
  const printed = pdf.text.replace(/\s+/g, ' ');
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  expect(printed).toContain('Mamadou Keita');
  expect(printed).toContain('Registration receipt and profile sheet');
  expect(printed).toContain(testOffice.name);
  // Only the sheet prints: no navigation, no buttons of the app.
  expect(printed).not.toContain('Print or save as PDF');
  expect(printed).not.toContain('Language of the sheet');
  expect(await seriousViolations(page)).toEqual([]);
});

test('an Arabic-script member’s sheet prints in Arabic, right to left', async ({ page }) => {
  test.slow();
  const profile = new MemberProfilePage(page);
  await profile.register({
    script: 'arabic',
    given: 'محمد',
    family: 'ولد عبد الله',
    residence: 'Spain',
    email: 'm.abdallah@example.org',
  });
  await expect(profile.heading()).toHaveText('محمد ولد عبد الله');
  await profile.openReceipt();
  await profile.sheetLanguage().selectOption({ label: 'العربية' });
  await expect(profile.preview()).toHaveAttribute('dir', 'rtl');
  await expect(profile.preview()).toHaveAttribute('lang', 'ar');
  await expect(profile.preview()).toContainText('إيصال التسجيل وورقة الملف');
  // The interface stays in English.
  await expect(profile.printButton()).toBeVisible();

  const pdf = await profile.printedPdf();
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  const text = pdf.text.normalize('NFKC');
  expect(text).toMatch(/[\u0600-\u06FF]/);
  expect(text).toContain('محمد');
  expect(text).not.toContain('Registration receipt');
});
