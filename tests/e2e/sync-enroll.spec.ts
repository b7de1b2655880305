import { MemberFormPage } from './pages/member-form-page';
import { PartnersPage } from './pages/partners-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import type { Page } from '@playwright/test';
import { expect, test, type E2eRegistry } from './support/registry-fixture';

// Office setup derives keys with Argon2id (64 MiB) and a registry process starts per test.
test.slow();

const office = {
  name: 'Niamey reception office',
  country: 'NE',
  type: 'reception-referral',
  scope: 'residence:FR,IT',
};

interface PulledChange {
  recordType: string;
  data?: { name?: unknown; names?: { latin?: { family?: unknown } } };
}

/** What the registry holds, as a second device of the office pulls it. */
async function namesAtRegistry(registry: E2eRegistry, officeId: string) {
  const reader = await registry.enrollDevice(await registry.enrollCode(officeId));
  const page = (await registry.get('/v1/sync/pull?cursor=0&limit=500', reader)) as {
    changes: PulledChange[];
  };
  const of = (type: string) => page.changes.filter((c) => c.recordType === type);
  return {
    organisations: of('organisation').map((c) => c.data?.name),
    members: of('person').map((c) => c.data?.names?.latin?.family),
    types: [...new Set(page.changes.map((c) => c.recordType))],
  };
}

/** A member living in France (in the office's scope), with the registration consent. */
async function registerMember(page: Page, family: string) {
  const form = new MemberFormPage(page);
  await form.goToNew();
  await form.inGroup('Name in Latin letters', 'Given name').fill('Aminata');
  await form.inGroup('Name in Latin letters', 'Family name').fill(family);
  await form.section('Contact');
  await form.fill('Phone number 1', '+33 6 12 34 56 78');
  await form.section('Residence abroad');
  await form.pick('Country of residence', 'France');
  await form.section('Consents');
  await form.check('Registration in the diaspora register');
  await form.fill('Notice version', '2025-1');
  await form.pick('Language of the notice', 'French');
  await form.pick('How consent was given', 'Signed on paper');
  await form.submit('Register');
  await form.savedId();
}

test('a desk enrolls with a one-time code, sends a partner and a member, and shows them sent', async ({
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
  // This desk syncs by hand, so the counts below are not raced by the schedule.
  await sync.setIntervalMinutes(0);
  await expect(sync.lastSync).toHaveText(/^Last sync: .*\d/);
  await expect(sync.interval).toHaveValue('0');

  const partners = new PartnersPage(page);
  await partners.open();
  await partners.addPartner('Agence de promotion des investissements', 'France');
  await expect(sync.badge).toHaveText('To send: 1');
  await registerMember(page, 'Diallo');
  // The person and their consent record.
  await expect(sync.badge).toHaveText('To send: 3');

  await sync.openSync();
  await expect(sync.pending).toHaveText('Changes waiting for the registry: 3');
  await sync.syncNow();
  await expect(sync.pending).toHaveText('Changes waiting for the registry: 0');
  await expect(sync.lastSync).toHaveText(/^Last sync: .*\d/);
  await expect(sync.badge).toHaveText('Synced');
  const held = await namesAtRegistry(registry, officeId);
  expect(held.organisations).toEqual(['Agence de promotion des investissements']);
  expect(held.members).toEqual(['Diallo']);
  // Staff accounts and the office's setup record stay on the desk.
  expect(held.types).not.toContain('staff-user');
  expect(held.types).not.toContain('office');
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
