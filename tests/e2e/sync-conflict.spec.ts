import type { Browser, Page } from '@playwright/test';
import { ConflictsPage } from './pages/conflicts-page';
import { MemberListPage } from './pages/member-list-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { expect, test, type E2eRegistry } from './support/registry-fixture';

// Two office setups (Argon2id, 64 MiB each) and a registry process.
test.slow();

/** A second browser profile (a second office PC), watched for page errors like the first. */
async function secondOffice(browser: Browser, baseURL: string, problems: string[]) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page };
}

async function connect(page: Page, registry: E2eRegistry, officeId: string) {
  await new ShellPage(page).open();
  const sync = new SyncPage(page);
  await sync.openSettings();
  await sync.connect(registry.url, await registry.enrollCode(officeId));
  await expect(sync.link).toContainText(`Connected to ${registry.url}`);
  return sync;
}

async function syncNow(sync: SyncPage) {
  await sync.openSync();
  await sync.syncNow();
  await expect(sync.pending).toHaveText('Changes waiting for the registry: 0');
}

/** Changes the member's family name in Latin letters through the edit form. */
async function editFamilyName(page: Page, memberId: string, family: string) {
  await page.goto(`/#/members/${memberId}/edit`);
  const main = new ShellPage(page).main;
  const names = main.getByRole('group', { name: 'Name in Latin letters' });
  await names.getByLabel('Family name').fill(family);
  await main.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL(new RegExp(`#/members/${memberId}$`));
}

async function memberNamed(page: Page, name: string) {
  const list = new MemberListPage(page);
  await list.open();
  await list.search(name);
  await expect(list.row(new RegExp(name))).toBeVisible();
  return list.row(new RegExp(name));
}

test('the same name edited offline in two offices is settled in the inbox; both converge', async ({
  page,
  browser,
  registry,
}, testInfo) => {
  const national = await registry.createOffice({
    name: 'Headquarters',
    country: 'NE',
    type: 'headquarters',
    scope: 'national',
  });
  const paris = await registry.createOffice({
    name: 'Paris consular desk',
    country: 'FR',
    type: 'consular-desk',
    scope: 'residence:FR',
  });
  const problemsB: string[] = [];
  const baseURL = testInfo.project.use.baseURL ?? '';
  const b = await secondOffice(browser, baseURL, problemsB);
  try {
    // Office A registers a member living in France and sends it.
    const syncA = await connect(page, registry, national);
    await new MemberListPage(page).open();
    await new MemberListPage(page).registerDraft({
      script: 'latin',
      given: 'Awa',
      family: 'Diallo',
      residence: 'France',
      email: 'awa.diallo@example.org',
    });
    await (await memberNamed(page, 'Diallo')).click();
    const memberId = /#\/members\/([^/]+)$/.exec(page.url())?.[1] ?? '';
    expect(memberId).not.toBe('');
    await syncNow(syncA);

    // Office B (Paris) enrolls, syncs and sees the member.
    const syncB = await connect(b.page, registry, paris);
    await syncNow(syncB);
    await memberNamed(b.page, 'Diallo');

    // Both correct the family name without syncing in between.
    await editFamilyName(page, memberId, 'Diallo-Ba');
    await editFamilyName(b.page, memberId, 'Dialo');
    await syncNow(syncA);
    await syncNow(syncB);

    // Office B's inbox shows base / registry / mine for the name.
    const inbox = new ConflictsPage(b.page);
    await inbox.open();
    const record = inbox.records.first();
    const names = inbox.field(record, 'names');
    await expect(inbox.value(names, 'Before both changes')).toContainText('Awa Diallo');
    await expect(inbox.value(names, 'Registry now')).toContainText('Awa Diallo-Ba');
    await expect(inbox.value(names, 'Change made here')).toContainText('Awa Dialo');
    await inbox.decide(names, 'Use mine');
    await inbox.save(record);
    await syncNow(syncB);
    await inbox.open();
    await expect(b.page.getByText('No conflict to settle')).toBeVisible();

    // Both offices converge to the chosen value.
    await syncNow(syncA);
    await memberNamed(page, 'Awa Dialo');
    await memberNamed(b.page, 'Awa Dialo');
    expect(problemsB).toEqual([]);
  } finally {
    await b.context.close();
  }
});
