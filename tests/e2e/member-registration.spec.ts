import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { MemberFormPage, tabTo } from './pages/member-form-page';

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
  // Arabic names are typed right to left even in a left-to-right screen.
  await expect(form.inGroup('Name in Arabic script', 'Given name')).toHaveCSS('direction', 'rtl');
  await expect(form.inGroup('Name in Latin letters', 'Given name')).toHaveCSS('direction', 'ltr');

  await fillMinimalDraft(form, '90 12 34 56');
  await form.section('Contact');
  await expect(form.main.getByText('Will be saved as +227 90 12 34 56')).toBeVisible();
  await expect(form.main.getByText('Profile completeness: 1 of 7 parts filled')).toBeVisible();
  await form.submit('Register');
  const id = await form.savedId();
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
});

test('a second registration with the same phone shows a warning linking to the first', async ({
  page,
}) => {
  const form = new MemberFormPage(page);
  await form.openNew();
  await fillMinimalDraft(form, '+227 96 11 22 33', 'Maiga');
  await form.submit('Register');
  const firstId = await form.savedId();

  await form.goToNew();
  await fillMinimalDraft(form, '96 11 22 33', 'Oumarou');
  const warning = form.main.getByRole('alert').filter({ hasText: 'already registered' });
  await expect(warning).toContainText('same phone number');
  await expect(warning.getByRole('link', { name: 'Aminata Maiga' })).toHaveAttribute(
    'href',
    `#/members/${firstId}`,
  );
  await form.submit('Register');
  // Not saved: still on the new form, on the section where it was submitted.
  await expect(page).toHaveURL(/#\/members\/new\/consents$/);
  await warning.getByLabel('I checked: this is a different person. Register anyway.').check();
  await form.submit('Register');
  expect(await form.savedId()).not.toBe(firstId);
});

test('a complete member is registered with the interface in French', async ({ page }) => {
  test.slow();
  const form = new MemberFormPage(page);
  await form.openNew();
  await form.shell.chooseLanguage('Français');
  await form.goToNew();
  const latin = 'Nom en lettres latines';
  await form.inGroup(latin, 'Prénom').fill('Moussa');
  await form.inGroup(latin, 'Nom de famille').fill('Issoufou');
  await form.inGroup('Nom tel qu’écrit dans le passeport', 'Nom de famille').fill('ISSOUFOU');
  await form.pick('Sexe', 'Masc', 'Masculin');
  await form.fill('Année', '1984');
  await form.pick('Mois', 'juil', 'juillet');
  await form.fill('Jour', '14');
  await form.add('Ajouter une nationalité');
  await form.pick('Pays de nationalité', 'Niger');
  await form.pick('Statut de la nationalité', 'D’origine');

  await form.section('Contact');
  await form.fill('Numéro de téléphone 1', '+33 6 12 34 56 78');
  await form.fill('Courriel', 'moussa.issoufou@example.org');
  await form.section('Résidence à l’étranger');
  await form.pick('Pays de résidence', 'France');
  await form.fill('Ville de résidence', 'Lyon');
  await form.pick('Génération', 'Émigré');
  await form.section('Origine');
  await form.pick('Région d’origine', 'NE-6', 'Tillabéri');
  await form.section('Formation et emploi');
  await form.add('Ajouter une formation');
  await form.pick('Niveau (CITE)', 'master', /^7 · /);
  await form.add('Ajouter une profession');
  await form.pick('Profession (CITP-08)', '2211', /^2211 · /);
  await form.fill('Années d’expérience', '12');
  await form.section('Compétences et langues');
  await form.add('Ajouter une compétence');
  await form.fill('Compétence 1', 'Chirurgie de terrain');
  await form.add('Ajouter une langue');
  await form.pick('Langue 1', 'haoussa', /^haoussa/);
  await form.pick('Niveau dans la langue 1', 'Langue maternelle');
  await form.section('Contribution');
  await form.check('Mission sur place');
  await form.check('Enseignement à distance');
  await form.add('Ajouter une intention d’investissement');
  await form.pick('Type d’investissement 1', 'Création');
  await form.pick('Secteur de l’investissement 1 (CITI)', 'A', /^A · /);
  await form.pick('Montant de l’investissement 1', '10 000', '10 000 à 50 000');
  await form.pick('Monnaie de l’investissement 1', 'XOF', /BCEAO/);
  await form.section('Consentements');
  for (const purpose of [
    'L’inscription au registre de la diaspora',
    'D’être contactée pour des opportunités',
    'Le partage du profil avec les institutions partenaires',
    'L’usage dans des statistiques anonymes',
  ]) {
    await form.check(purpose);
  }
  await form.fill('Version de la notice', '2025-1');
  await form.pick('Langue de la notice', 'fra', /^français/);
  await form.pick('Manière dont le consentement a été donné', 'Signé');
  await expect(
    form.main.getByText('Complétude du profil : 7 parties remplies sur 7'),
  ).toBeVisible();
  await form.submit('Enregistrer');
  expect(await form.savedId()).toMatch(/^[0-9a-f-]{36}$/);
});

test('a member is registered with the interface in Arabic and the name in Arabic script', async ({
  page,
}) => {
  const form = new MemberFormPage(page);
  await form.openNew();
  await form.shell.chooseLanguage('العربية');
  await form.goToNew();
  expect(await form.shell.documentLocale()).toEqual({ lang: 'ar', dir: 'rtl' });
  const arabic = 'الاسم بالحروف العربية';
  await expect(form.inGroup(arabic, 'الاسم الشخصي')).toHaveCSS('direction', 'rtl');
  await form.inGroup(arabic, 'الاسم الشخصي').fill('محمد');
  await form.inGroup(arabic, 'اسم العائلة').fill('ولد عبد الله');
  await form.section('الاتصال');
  await form.fill('البريد الإلكتروني', 'mohamed@example.org');
  await form.section('الإقامة في الخارج');
  await form.pick('بلد الإقامة', 'FR', 'فرنسا');
  await form.section('الموافقات');
  await form.check('التسجيل في سجل الجالية');
  await form.fill('إصدار الإشعار', '2025-1');
  await form.pick('لغة الإشعار', 'ara', /^العربية/);
  await form.pick('طريقة إعطاء الموافقة', 'موقّعة', 'موقّعة على الورق');
  await form.submit('تسجيل');
  expect(await form.savedId()).toMatch(/^[0-9a-f-]{36}$/);
});

test('the form has no serious accessibility problems, with errors shown', async ({ page }) => {
  // Four full axe runs over a long form: slow on a loaded machine, not a product delay.
  test.slow();
  const form = new MemberFormPage(page);
  await form.openNew();
  await form.submit('Register');
  await expect(form.main.getByRole('alert').first()).toBeVisible();
  for (const section of ['Identity', 'Contact', 'Contribution', 'Consents']) {
    await form.section(section);
    const results = await new AxeBuilder({ page }).include('main').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    expect(serious, section).toEqual([]);
  }
});

test('a draft can be registered with the keyboard alone', async ({ page }) => {
  const form = new MemberFormPage(page);
  await form.openNew();
  await tabTo(page, { id: 'member-names-latin-given' });
  await page.keyboard.type('Fatima');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Haidara');
  await tabTo(page, { role: 'tab', name: 'Identity' }, 'Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await tabTo(page, { id: 'member-phones-0-number' });
  await page.keyboard.type('90 55 44 33');
  await tabTo(page, { role: 'tab', name: 'Contact' }, 'Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await tabTo(page, { id: 'member-residence-country' });
  await page.keyboard.type('Belgium');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await tabTo(page, { role: 'tab', name: 'Residence abroad' }, 'Shift+Tab');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await tabTo(page, { id: 'member-consents-registration-given' });
  await page.keyboard.press('Space');
  await tabTo(page, { id: 'member-consentNotice-version' });
  await page.keyboard.type('2025-1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('French');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await tabTo(page, { id: 'member-consentNotice-method' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await tabTo(page, { role: 'button', name: 'Register' });
  await page.keyboard.press('Enter');
  expect(await form.savedId()).toMatch(/^[0-9a-f-]{36}$/);
});
