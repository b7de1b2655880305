import { expect, test } from './fixtures';
import { MemberListPage } from './pages/member-list-page';
import { NeedsPage } from './pages/needs-page';
import { PartnersPage } from './pages/partners-page';

const europe = 'Diaspora nigérienne d’Europe';
const france = 'Nigériens de France';
const lyon = 'Conseil de Lyon';

test('a member registered with a known association is listed among its members', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const partners = new PartnersPage(page);
  const needs = new NeedsPage(page);
  const main = partners.shell.main;
  await partners.shell.open('#/partners/associations');
  await partners.addAssociation(europe, 'Continental');
  await partners.addAssociation(france, 'National', europe);
  await partners.addAssociation(lyon, 'City council', france);
  await needs.registerExpert({
    ...{ given: 'Aminata', family: 'Diallo', isco: '2211', skills: [] },
    ...{ contactConsent: false, association: lyon },
  });
  const profileUrl = page.url();

  // Counts in the hierarchy: the city council's own member, counted again in its parents.
  await page.goto('/#/partners/associations');
  const item = (name: string) =>
    main.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(item(lyon).first()).toContainText('Members: 1');
  await expect(item(europe).first()).toContainText('Members: 0, 1 with its chapters');

  // The association's page lists the member, with the role; the link opens the profile.
  await main.getByRole('link', { name: lyon, exact: true }).click();
  const members = main.getByRole('region', { name: `Members of ${lyon}` });
  await expect(members).toContainText('Members: 1');
  const link = members.getByRole('link', { name: 'Aminata Diallo' });
  await expect(link.locator('xpath=..')).toContainText('Officer');
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(profileUrl);

  // From the profile, the association's name leads back to it.
  const associations = main.getByRole('region', { name: 'Diaspora associations' });
  await associations.getByRole('link', { name: lyon }).click();
  await expect(main.getByRole('region', { name: `Members of ${lyon}` })).toBeVisible();

  // A continental body lists its own members, and on request its chapters' at any depth.
  await page.goto('/#/partners/associations');
  await main.getByRole('link', { name: europe, exact: true }).click();
  const continental = main.getByRole('region', { name: `Members of ${europe}` });
  await expect(continental.getByRole('status')).toHaveText('Members: 0, 1 with its chapters');
  await expect(continental.getByRole('link', { name: 'Aminata Diallo' })).toHaveCount(0);
  await continental.getByRole('checkbox', { name: 'Include the members of its chapters' }).check();
  await expect(continental.getByRole('link', { name: 'Aminata Diallo' })).toBeVisible();
});

test('the members list filters by diaspora association, named as recorded', async ({ page }) => {
  test.setTimeout(180_000);
  const partners = new PartnersPage(page);
  const needs = new NeedsPage(page);
  const list = new MemberListPage(page);
  await partners.shell.open('#/partners/associations');
  await partners.addAssociation(france, 'National');
  await needs.registerExpert({
    ...{ given: 'Aminata', family: 'Diallo', isco: '2211', skills: [] },
    ...{ contactConsent: false, association: france },
  });
  await needs.registerExpert({
    ...{ given: 'Moussa', family: 'Keita', isco: '2211', skills: [] },
    contactConsent: false,
  });

  await list.open();
  await list.expectTotal(2);
  const value = list.facetValue('Diaspora association', france);
  await expect(value).toHaveAccessibleName(`${france} (1)`);
  await value.check();
  await list.expectTotal(1);
  await expect(list.rows()).toHaveCount(1);
  await expect(list.row(/Aminata Diallo/)).toBeVisible();
});
