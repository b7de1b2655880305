import { test, expect } from './fixtures';
import { MemberFormPage } from './pages/member-form-page';

/** The smallest registration the draft rule accepts, in English. */
async function fillMinimalDraft(form: MemberFormPage, phone: string, family = 'Diallo') {
  await form.inGroup('Name in Latin letters', 'Given name').fill('Aminata');
  await form.inGroup('Name in Latin letters', 'Family name').fill(family);
  await form.section('Contact');
  await form.fill('Phone number 1', phone);
  await form.section('Residence abroad');
  await form.pick('Country of residence', 'France');
  await form.section('Consents');
  await form.check('Registration in the diaspora register');
  await form.fill('Notice version', '2025-1');
  await form.pick('Language of the notice', 'French');
  await form.pick('How consent was given', 'Signed on paper');
}

test('a draft with the minimum saves and shows as incomplete', async ({ page }) => {
  const form = new MemberFormPage(page);
  await form.openNew();
  await form.submit('Register');
  await expect(form.main.getByRole('alert').first()).toContainText('Problems to fix before saving');
  await expect(form.inGroup('Name in Latin letters', 'Given name')).toBeFocused();
  await expect(form.main.getByText('Enter at least one name, in any script.')).toBeVisible();

  await fillMinimalDraft(form, '06 12 34 56 78');
  await expect(form.main.getByText('Will be saved as +33 6 12 34 56 78')).toBeVisible();
  await expect(form.main.getByText('Profile completeness: 1 of 7 parts filled')).toBeVisible();
  await form.submit('Register');
  const id = await form.savedId();
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
});
