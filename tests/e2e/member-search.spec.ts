import { expect, test } from './fixtures';
import { MemberListPage } from './pages/member-list-page';

test.describe('members list', () => {
  test('an office with no member yet says so and offers to register one', async ({ page }) => {
    const list = new MemberListPage(page);
    await list.open();
    await expect(
      list.shell.main.getByText('No members are registered at this office yet.'),
    ).toBeVisible();
    await expect(list.total).toHaveText('Members found: 0');
    await expect(list.facet('Country of residence')).toBeVisible();
    await list.registerLink.click();
    await expect(page).toHaveURL(/#\/members\/new$/);
  });
});

test.describe('members search across scripts', () => {
  test('a name typed in one script finds members registered in the other; a facet narrows', async ({
    page,
  }) => {
    test.slow();
    const list = new MemberListPage(page);
    await list.open();
    await list.registerDraft({
      script: 'latin',
      given: 'Mohamed',
      family: 'Keita',
      residence: 'France',
      email: 'mohamed.keita@example.org',
    });
    await list.registerDraft({
      script: 'arabic',
      given: 'محمد',
      family: 'ولد سالم',
      residence: 'Belgium',
      email: 'mohamed.salem@example.org',
    });
    await list.expectTotal(2);

    await list.search('محمد');
    await expect(list.row(/Mohamed Keita/)).toBeVisible();
    await list.search('Mohamed');
    await expect(list.row(/محمد ولد سالم/)).toBeVisible();
    await list.expectTotal(2);

    await expect(list.facetValue('Country of residence', 'France')).toHaveAccessibleName(
      'France (1)',
    );
    await expect(list.facetValue('Country of residence', 'Belgium')).toHaveAccessibleName(
      'Belgium (1)',
    );
    await list.facetValue('Country of residence', 'Belgium').check();
    await list.expectTotal(1);
    await expect(list.rows()).toHaveCount(1);
    await expect(list.row(/محمد ولد سالم/)).toBeVisible();
  });
});
