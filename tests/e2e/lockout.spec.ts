import { test, expect } from './fixtures';
import { ShellPage } from './pages/shell-page';
import { testOffice } from './pages/test-office';
import { UnlockPage } from './pages/unlock-page';

test('five wrong passphrases lock the account with a countdown to the next try', async ({
  page,
}) => {
  test.slow();
  await page.clock.install();
  const shell = new ShellPage(page);
  await shell.open();
  await shell.logOut();
  const unlock = new UnlockPage(page);
  const wrong = { username: testOffice.admin.username, passphrase: 'wrong guess at the door' };

  for (const left of [4, 3, 2, 1]) {
    await unlock.signIn(wrong);
    await expect(unlock.alert).toHaveText(
      `The username or the passphrase is not right. Tries left before a temporary lock: ${left}.`,
      { timeout: 30_000 },
    );
    await expect(unlock.passphrase).toHaveValue('');
  }
  await unlock.signIn(wrong);
  await expect(unlock.alert).toContainText('Account locked for a while', { timeout: 30_000 });
  await expect(unlock.timer).toHaveText(/^Next try in 0:(30|29|28)$/);

  // Even the right passphrase waits for the end of the lockout.
  await unlock.signIn(testOffice.admin);
  await expect(unlock.alert).toContainText('Account locked for a while', { timeout: 30_000 });

  await page.clock.fastForward('00:20');
  await expect(unlock.timer).toHaveText(/^Next try in 0:(0\d|1\d)$/);
  await page.clock.fastForward('00:15');
  await expect(unlock.timer).toHaveText('You can try again now.');

  await unlock.signInToDesk(testOffice.admin);
  await expect(shell.heading()).toHaveText('Members');
});
