import { PartnersPage } from './pages/partners-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { expect, test, type E2eRegistry } from './support/registry-fixture';

// Office setup derives keys with Argon2id (64 MiB) and a registry process starts per test.
test.slow();

const office = {
  name: 'Niamey reception office',
  country: 'NE',
  type: 'reception-referral',
  scope: 'residence:FR,IT',
};

/** What the registry holds of an organisation, as a second device of the office pulls it. */
async function organisationNamesAtRegistry(registry: E2eRegistry, officeId: string) {
  const reader = await registry.enrollDevice(await registry.enrollCode(officeId));
  const page = (await registry.get('/v1/sync/pull?cursor=0&limit=500', reader)) as {
    changes: { recordType: string; data?: { name?: unknown } }[];
  };
  return page.changes.filter((c) => c.recordType === 'organisation').map((c) => c.data?.name);
}

test('a desk enrolls with a one-time code, sends a new record and shows it sent', async ({
  page,
  registry,
}) => {
  const officeId = await registry.createOffice(office);
  const code = await registry.enrollCode(officeId);
  await new ShellPage(page).open();
  const sync = new SyncPage(page);
  await expect(sync.badge).toHaveText('Not connected');

  await sync.openSettings();
  await sync.connect(registry.url, 'ABCD-EFGH-JKLM');
  await expect(sync.alert()).toHaveText(
    'This enrollment code is not known. Check it, or ask for a new one.',
  );
  await sync.connect(registry.url, code);
  await expect(sync.link).toContainText(`Connected to ${registry.url}`);
  await expect(sync.link).toContainText('Registry office: Niamey reception office');
  await expect(sync.link).toContainText('Scope: people living in FR, IT');
  await expect(sync.badge).toHaveText('Synced');

  const partners = new PartnersPage(page);
  await partners.open();
  await partners.addPartner('Agence de promotion des investissements', 'France');
  await expect(sync.badge).toHaveText('To send: 1');

  await sync.openSync();
  await expect(sync.pending).toHaveText('Changes waiting for the registry: 1');
  await sync.syncNow();
  await expect(sync.pending).toHaveText('Changes waiting for the registry: 0');
  await expect(sync.lastSync).toHaveText(/^Last sync: .*\d/);
  await expect(sync.badge).toHaveText('Synced');
  expect(await organisationNamesAtRegistry(registry, officeId)).toEqual([
    'Agence de promotion des investissements',
  ]);
});

test('a code already used by another desk is refused in words', async ({ page, registry }) => {
  const officeId = await registry.createOffice(office);
  const code = await registry.enrollCode(officeId);
  await registry.enrollDevice(code);
  await new ShellPage(page).open();
  const sync = new SyncPage(page);
  await sync.openSettings();
  await sync.connect(registry.url, code);
  await expect(sync.alert()).toHaveText(
    'This enrollment code has already been used. Ask the registry administrator for a new one.',
  );
  await expect(sync.link).toHaveCount(0);
  await expect(sync.badge).toHaveText('Not connected');
});
