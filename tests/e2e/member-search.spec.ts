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
