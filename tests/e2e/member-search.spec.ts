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
  test('finds a member typed in the other script, and a filter narrows with counts', async ({
    page,
  }) => {
    const list = new MemberListPage(page);
    await list.open();
    await list.registerDraft({
      script: 'latin',
      given: 'Mohamed',
      family: 'Ould Abdallahi',
      residence: 'France',
      email: 'm.abdallahi@example.org',
    });
    await list.registerDraft({
      script: 'arabic',
      given: 'محمد',
      family: 'ولد أحمد',
      residence: 'Spain',
      email: 'm.ahmed@example.org',
    });
    await list.registerDraft({
      script: 'latin',
      given: 'Ousmane',
      family: 'Diallo',
      residence: 'France',
      email: 'o.diallo@example.org',
    });
    await list.expectTotal(3);

    await list.search('محمد');
    await list.expectTotal(2);
    await expect(list.row(/Mohamed Ould Abdallahi/)).toBeVisible();
    await expect(list.row(/Ousmane/)).toHaveCount(0);

    await list.search('Mohamed');
    await list.expectTotal(2);
    await expect(list.row(/محمد/)).toBeVisible();

    await list.search('Muhammad Abdallahi');
    await list.expectTotal(1);
    await expect(list.row(/Mohamed Ould Abdallahi/)).toBeVisible();

    await list.search('');
    await list.expectTotal(3);
    const france = list.facetValue('Country of residence', 'France');
    await expect(france).toHaveAccessibleName('France (2)');
    await expect(list.facetValue('Country of residence', 'Spain')).toHaveAccessibleName(
      'Spain (1)',
    );
    await france.check();
    await list.expectTotal(2);
    await expect(list.row(/محمد/)).toHaveCount(0);
    await list.search('Ousmane');
    await list.expectTotal(1);
    await expect(list.row(/Ousmane Diallo/)).toBeVisible();
  });
});
