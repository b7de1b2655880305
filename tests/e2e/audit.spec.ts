import { test, expect } from './fixtures';
import { AuditPage } from './pages/audit-page';
import { ShellPage } from './pages/shell-page';
import { testOffice } from './pages/test-office';
import { UnlockPage } from './pages/unlock-page';

test('the audit log lists sign-ins, failed sign-ins and creations, newest first, and is intact', async ({
  page,
}) => {
  test.slow();
  const shell = new ShellPage(page);
  await shell.open();
  await shell.logOut();
  const unlock = new UnlockPage(page);
  await unlock.signIn({ username: 'amina.admin', passphrase: 'not the right one at all' });
  await expect(unlock.alert).toContainText('not right', { timeout: 30_000 });
  await unlock.signIn({ username: 'nobody.here', passphrase: 'not the right one at all' });
  await expect(unlock.alert).toContainText('not right', { timeout: 30_000 });
  await unlock.signInToDesk(testOffice.admin);

  const audit = new AuditPage(page);
  await audit.open();
  const actions = await audit.actions();
  expect(actions[0]).toBe('Sign-in');
  expect(actions).toEqual(
    expect.arrayContaining([
      'Sign-in',
      'Failed sign-in',
      'Log out',
      'Record created',
      'Staff account added',
    ]),
  );
  expect(actions.indexOf('Failed sign-in')).toBeLessThan(actions.indexOf('Log out'));
  expect(actions.indexOf('Log out')).toBeLessThan(actions.indexOf('Record created'));
  // Ids and usernames only: no display name or office name in the log.
  await expect(audit.table).not.toContainText(testOffice.admin.displayName);
  await expect(audit.table).not.toContainText(testOffice.name);
  await expect(audit.table).toContainText('amina.admin');
  await expect(audit.table).toContainText('Staff account …');

  await audit.filterByAction('Failed sign-in');
  await expect(audit.table.getByRole('row')).toHaveCount(3);
  await expect(audit.table).toContainText('amina.admin');
  await expect(audit.table).toContainText('No account (unknown username)');

  await audit.filterByAction('All actions');
  await audit.filterByUser('No account (unknown username)');
  await expect(audit.table.getByRole('row')).toHaveCount(2);

  await audit.verifyButton.click();
  await expect(audit.shell.main.getByRole('status')).toHaveText(
    /^The audit log is intact \(\d+ entries\)\.$/,
  );
});

test('verify integrity names the entry that was altered behind the desk’s back', async ({
  page,
}) => {
  const audit = new AuditPage(page);
  await audit.shell.open();
  await audit.open();
  await audit.verifyButton.click();
  await expect(audit.shell.main.getByRole('status')).toContainText('The audit log is intact');

  // Someone edits the database directly: entry 2 now claims a different action.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('diaspora-desk-office');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('audit', 'readwrite').objectStore('audit');
          const read = store.get(2);
          read.onsuccess = () => {
            store.put({ ...read.result, action: 'export' });
            store.transaction.oncomplete = () => {
              db.close();
              resolve();
            };
          };
        };
      }),
  );

  await audit.verifyButton.click();
  await expect(audit.shell.main.getByRole('alert')).toHaveText(
    'The audit log has been altered at entry #2. Its content was changed after it was written.',
  );
});
