import { expect, test } from './fixtures';
import { ReferralsPage } from './pages/referrals-page';

const agreement = {
  reference: 'HNN-2025-07',
  expiry: '2099-12-31',
  recipientCountry: 'Niger',
  transferBasis: 'Within the country (no transfer abroad)',
};

test('a partner institution is added with its data-sharing agreement', async ({ page }) => {
  const referrals = new ReferralsPage(page);
  await referrals.shell.open('#/partners');
  await referrals.addPartner('Hôpital national de Niamey', 'Hospital', agreement);
  const row = referrals.partnerRow('Hôpital national de Niamey');
  await expect(row).toContainText('Hospital');
  await expect(row).toContainText('Valid');
  await expect(row).toContainText('2099-12-31');

  await row.getByRole('link', { name: 'Hôpital national de Niamey' }).click();
  await expect(referrals.main.getByLabel('Agreement reference')).toHaveValue('HNN-2025-07');
  await referrals.main.getByLabel('Agreement expiry date').fill('2020-01-31');
  await expect(
    referrals.main.getByRole('status').filter({ hasText: 'expired on 2020-01-31' }),
  ).toBeVisible();
  await referrals.main.getByRole('button', { name: 'Save the partner' }).click();
  await expect(referrals.partnerRow('Hôpital national de Niamey')).toContainText('Expired');
});

test('associations form a hierarchy from continent to city', async ({ page }) => {
  const referrals = new ReferralsPage(page);
  await referrals.shell.open('#/partners/associations');
  const main = referrals.main;
  const add = async (name: string, level: string, parent?: string) => {
    await main.getByRole('link', { name: 'Add an association' }).click();
    await main.getByLabel('Name of the association').fill(name);
    await main.getByLabel('Level', { exact: true }).click();
    await page.getByRole('option', { name: level, exact: true }).click();
    if (parent) {
      await main.getByLabel('Belongs to').click();
      await page.getByRole('option', { name: parent, exact: true }).click();
    }
    await main.getByLabel('Country', { exact: true }).fill('France');
    await page.getByRole('option', { name: 'France', exact: true }).click();
    await main.getByRole('button', { name: 'Save the association' }).click();
    await main.getByRole('link', { name: 'Add an association' }).waitFor();
  };
  await add('Diaspora nigérienne d’Europe', 'Continental');
  await add('Nigériens de France', 'National', 'Diaspora nigérienne d’Europe');
  await add('Conseil de Lyon', 'City council', 'Nigériens de France');
  const chapters = main.getByRole('list', { name: 'Chapters of Nigériens de France' });
  await expect(chapters.getByRole('link', { name: 'Conseil de Lyon' })).toBeVisible();
  const europe = main.getByRole('list', { name: 'Chapters of Diaspora nigérienne d’Europe' });
  await expect(europe.getByRole('link', { name: 'Nigériens de France' })).toBeVisible();
});

test('a consultation is recorded and a referral moves through its statuses', async ({ page }) => {
  const referrals = new ReferralsPage(page);
  await referrals.shell.open('#/partners');
  await referrals.addPartner('Hôpital national de Niamey', 'Hospital', agreement);
  await referrals.registerMember('Aminata', 'Diallo', [
    'Registration in the diaspora register',
    'Sharing the profile with partner institutions',
  ]);

  await referrals.recordConsultation(['Expert mission'], 'Phone', 'Surgeon, free in March');
  const consultations = referrals.main.getByRole('region', { name: 'Consultations' });
  await expect(consultations.getByRole('row').nth(1)).toContainText('Expert mission');
  await consultations.getByRole('button', { name: /Show the notes/ }).click();
  await expect(consultations).toContainText('Surgeon, free in March');

  const form = referrals.referralForm();
  await referrals.choosePartner('Hôpital national de Niamey');
  const shared = form.getByRole('list', { name: /What a partner of type “Hospital” receives/ });
  await expect(shared).toContainText('Professional licences');
  await expect(shared).not.toContainText('Investment interests');
  await referrals.send('Expert mission');
  await expect(form.getByRole('status').filter({ hasText: 'Referral sent' })).toBeVisible();

  const section = referrals.referralsSection();
  for (const [action, status] of [
    ['Mark as acknowledged', 'Acknowledged'],
    ['Mark as in progress', 'In progress'],
    ['Mark as completed', 'Completed'],
  ] as const) {
    await referrals.move(action, 'Hôpital national de Niamey');
    await expect(section.getByRole('row').nth(1)).toContainText(status);
  }
  await expect(section.getByRole('button', { name: /^Mark as/ })).toHaveCount(0);

  await section.getByRole('link', { name: 'Letter: Hôpital national de Niamey' }).click();
  const letter = referrals.main.getByRole('article', { name: 'Referral letter' });
  await expect(letter).toHaveAttribute('lang', 'fr');
  await expect(letter).toContainText('Aminata Diallo');
  await expect(letter).toContainText('Agréments professionnels');

  await page.goto('/#/referrals/follow-ups');
  await expect(referrals.main.getByRole('link', { name: 'Aminata Diallo' })).toBeVisible();
});

test('a referral is refused for a member who withdrew sharing consent', async ({ page }) => {
  const referrals = new ReferralsPage(page);
  await referrals.shell.open('#/partners');
  await referrals.addPartner(
    'Agence de promotion des investissements',
    'Investment promotion agency',
    agreement,
  );
  await referrals.registerMember('Moussa', 'Issoufou', [
    'Registration in the diaspora register',
    'Sharing the profile with partner institutions',
  ]);
  await referrals.main
    .getByRole('button', {
      name: 'Withdraw consent: Sharing with partner institutions',
    })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Withdraw consent' }).click();
  await expect(referrals.main.getByText('Consent withdrawn.')).toBeVisible();

  await referrals.refer('Agence de promotion des investissements', 'Investment');
  const refusal = referrals.referralForm().getByRole('alert');
  await expect(refusal).toContainText('This referral cannot be sent');
  await expect(refusal).toContainText('The member withdrew consent to sharing with partners');
  await expect(referrals.referralsSection()).toContainText('No referral yet.');
});
