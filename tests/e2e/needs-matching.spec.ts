import { expect, test } from './fixtures';
import { NeedsPage, type Expert } from './pages/needs-page';

const experts: readonly Expert[] = [
  { given: 'Aminata', family: 'Diallo', isco: '2211', skills: ['Surgery'], contactConsent: true },
  { given: 'Ousmane', family: 'Sow', isco: '2211', skills: ['surgery'], contactConsent: false },
  { given: 'Fatou', family: 'Ba', isco: '2212', skills: [], contactConsent: true },
];

test('a need lists members ranked with reasons, never one without consent to be contacted', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const needs = new NeedsPage(page);
  await needs.shell.open();
  await needs.addPartner('Hôpital national de Niamey');
  for (const expert of experts) await needs.registerExpert(expert);

  await needs.openList();
  await needs.createNeed('Surgical mission', 'Hôpital national de Niamey', '2211', ['surgery']);

  const status = needs.main.getByRole('status').filter({ hasText: 'Members who fit' });
  await expect(status).toContainText('Members who fit this need: 2. Shown: the best 2.');
  await expect(status).toContainText('1 without consent to be contacted');
  await expect(needs.matches()).toHaveCount(2);
  const first = needs.matches().first();
  await expect(first).toContainText('Rank 1');
  await expect(first).toContainText('Aminata Diallo');
  await expect(first).toContainText('Occupation: Generalist Medical Practitioners, as asked');
  await expect(first).toContainText('Skills: surgery (1 of 1)');
  await expect(needs.matches().nth(1)).toContainText('Fatou Ba');
  await expect(needs.matches().nth(1)).toContainText('same minor group');
  await expect(needs.main).not.toContainText('Ousmane');

  // Decisions are a person's, recorded with who and when, and offered in order.
  const aminata = needs.match('Aminata Diallo');
  await aminata.getByRole('button', { name: 'Shortlist' }).click();
  await expect(needs.main.getByRole('status').filter({ hasText: 'Decision recorded' })).toHaveText(
    'Decision recorded: Shortlisted.',
  );
  await expect(aminata).toContainText('Shortlisted on');
  // Keyboard only: the next decision is reachable with Tab and taken with Enter.
  const contacted = aminata.getByRole('button', { name: 'Mark contacted' });
  await contacted.focus();
  await page.keyboard.press('Enter');
  await expect(aminata).toContainText('Contacted on');
  const decisions = needs.main.getByRole('region', { name: 'Decisions on this need' });
  await expect(decisions.getByRole('row')).toHaveCount(1);
  await expect(decisions).toContainText('Aminata Diallo');
});

test('the needs screen reads in Arabic, right to left, and in French and Portuguese', async ({
  page,
}) => {
  const needs = new NeedsPage(page);
  await needs.shell.open('#/needs');
  await expect(needs.shell.heading()).toHaveText('Needs');
  await expect(needs.main).toContainText('No need is recorded yet.');

  await needs.shell.chooseLanguage('العربية');
  await expect(needs.shell.heading()).toHaveText('الاحتياجات');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(needs.main.getByRole('button', { name: 'احتياج جديد' })).toBeVisible();

  await needs.shell.chooseLanguage('Français', 'اللغة');
  await expect(needs.shell.heading()).toHaveText('Besoins');
  await expect(needs.main.getByRole('button', { name: 'Nouveau besoin' })).toBeVisible();

  await needs.shell.chooseLanguage('Português', 'Langue');
  await expect(needs.shell.heading()).toHaveText('Necessidades');
  await needs.main.getByRole('button', { name: 'Nova necessidade' }).click();
  await expect(needs.main.getByLabel('Instituição de acolhimento')).toBeVisible();
  await needs.main.getByRole('button', { name: 'Guardar necessidade' }).click();
  await expect(needs.main.getByText('Preencha este campo.').first()).toBeVisible();
});

test('a member registered while a need is open joins its ranking without a reload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const needs = new NeedsPage(page);
  await needs.shell.open();
  await needs.addPartner('Hôpital national de Niamey');
  await needs.registerExpert(experts[0]!);
  await needs.openList();
  await needs.createNeed('Surgical mission', 'Hôpital national de Niamey', '2211', ['surgery']);
  await expect(needs.matches()).toHaveCount(1);
  await needs.match('Aminata Diallo').getByRole('button', { name: 'Shortlist' }).click();
  await expect(needs.match('Aminata Diallo')).toContainText('Shortlisted on');
  const needUrl = page.url();
  await page.evaluate(() => Object.assign(window, { samePage: true }));

  await needs.registerExpert({
    ...{ given: 'Mariama', family: 'Issa', isco: '2211', skills: ['surgery'] },
    contactConsent: true,
  });
  await page.goto(needUrl);
  await expect(needs.match('Mariama Issa')).toBeVisible();
  await expect(needs.matches()).toHaveCount(2);
  await expect(needs.match('Aminata Diallo')).toContainText('Shortlisted on');
  expect(await page.evaluate(() => (window as { samePage?: boolean }).samePage)).toBe(true);
});
