import { test, expect } from './fixtures';
import { MemberFormPage, tabTo } from './pages/member-form-page';
import { MemberProfilePage } from './pages/member-profile-page';
import { testOffice } from './pages/test-office';

/** Arabic labels of the form and the profile, as the interface shows them. */
const ar = {
  names: 'الاسم بالحروف العربية',
  given: 'الاسم الشخصي',
  family: 'اسم العائلة',
  identity: 'الهوية',
  contact: 'الاتصال',
  residence: 'الإقامة في الخارج',
  consents: 'الموافقات',
  phoneCountry: 'رقم الهاتف 1: البلد',
  email: 'البريد الإلكتروني',
  residenceCountry: 'بلد الإقامة',
  noticeLanguage: 'لغة الإشعار',
  method: 'طريقة إعطاء الموافقة',
  register: 'تسجيل',
  saveChanges: 'حفظ التعديلات',
  contactPurpose: 'الاتصال بشأن الفرص',
} as const;

test('in Arabic, a member is registered, edited and a consent withdrawn with the keyboard alone', async ({
  page,
}) => {
  test.slow();
  const form = new MemberFormPage(page);
  await form.openNew();
  await form.shell.chooseLanguage('العربية');
  await form.goToNew();
  expect(await form.shell.documentLocale()).toEqual({ lang: 'ar', dir: 'rtl' });
  const keys = page.keyboard;

  await tabTo(page, { id: 'member-names-arabic-given' });
  await keys.type('محمد');
  await keys.press('Tab');
  await keys.type('ولد عبد الله');
  await expect(form.inGroup(ar.names, ar.family)).toHaveValue('ولد عبد الله');

  // Right to left, the next tab is on the left: ArrowLeft moves to it.
  await tabTo(page, { role: 'tab', name: ar.identity }, 'Shift+Tab');
  await keys.press('ArrowLeft');
  await keys.press('Enter');
  await expect(form.main.getByRole('tab', { name: ar.contact })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await tabTo(page, { id: 'member-phones-0-number' });
  await keys.type('+33 6 12 34 56 78');
  await tabTo(page, { id: 'member-email' });
  await keys.type('mohamed@example.org');

  await tabTo(page, { role: 'tab', name: ar.contact }, 'Shift+Tab');
  await keys.press('ArrowLeft');
  await keys.press('Enter');
  await tabTo(page, { id: 'member-residence-country' });
  await keys.type('فرنسا');
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(form.field(ar.residenceCountry)).toHaveValue('فرنسا');

  await tabTo(page, { role: 'tab', name: ar.residence }, 'Shift+Tab');
  await keys.press('End');
  await keys.press('Enter');
  await expect(form.main.getByRole('tab', { name: ar.consents })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await tabTo(page, { id: 'member-consents-registration-given' });
  await keys.press('Space');
  await tabTo(page, { id: 'member-consents-contact-opportunities-given' });
  await keys.press('Space');
  await tabTo(page, { id: 'member-consentNotice-version' });
  await keys.type('2025-1');
  await keys.press('Tab');
  await keys.type('العربية');
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(form.field(ar.noticeLanguage)).toHaveValue(/^العربية/);
  await tabTo(page, { id: 'member-consentNotice-method' });
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(form.field(ar.method)).not.toHaveValue('');
  await tabTo(page, { role: 'button', name: ar.register });
  await keys.press('Enter');
  const id = await form.savedId();

  const profile = new MemberProfilePage(page);
  await expect(profile.heading()).toHaveText('محمد ولد عبد الله');
  await expect(profile.field(ar.contact, ar.email)).toHaveText('mohamed@example.org');

  // The block's edit link opens the form on that block, its first field focused.
  await tabTo(page, { role: 'link', name: `تعديل: ${ar.contact}` });
  await keys.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/members/${id}/edit/contact$`));
  await expect(form.main.getByRole('tab', { name: ar.contact })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(form.field(ar.phoneCountry)).toBeFocused();
  await tabTo(page, { id: 'member-email' });
  await keys.press('ControlOrMeta+A');
  await keys.type('m.abdallah@example.org');
  await tabTo(page, { role: 'button', name: ar.saveChanges });
  await keys.press('Enter');
  await page.waitForURL(new RegExp(`#/members/${id}$`));
  await expect(profile.field(ar.contact, ar.email)).toHaveText('m.abdallah@example.org');

  const line = profile.section(ar.consents).getByRole('listitem').filter({
    hasText: ar.contactPurpose,
  });
  await expect(line).toContainText('سارية');
  await tabTo(page, { role: 'button', name: `سحب الموافقة: ${ar.contactPurpose}` });
  await keys.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'هل تريد سحب هذه الموافقة؟' });
  await expect(dialog).toBeVisible();
  await tabTo(page, { role: 'button', name: 'سحب الموافقة' });
  await keys.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(profile.section(ar.consents).getByText('سُحبت الموافقة.')).toBeVisible();
  const today = await page.evaluate(() =>
    new Intl.DateTimeFormat('ar', { dateStyle: 'long' }).format(new Date()),
  );
  await expect(line).toContainText(`سُحبت في ${today} بواسطة ${testOffice.admin.displayName}`);
  await expect(line).not.toContainText('سارية');
});
