import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { SetupPage } from './pages/setup-page';
import { StaffPage } from './pages/staff-page';
import { testOffice } from './pages/test-office';

const office = {
  ...testOffice,
  name: 'Bureau Zerbo-Ouattara مكتب الجالية',
  admin: {
    username: 'aissatou.admin',
    displayName: 'Aïssatou Zerbo',
    passphrase: 'granite harbour violet kettle',
  },
};
const colleague = {
  username: 'kwame.counsel',
  displayName: 'Kwame Asantewaa-Boateng خديجة بنت أحمد',
  role: 'Counsellor' as const,
  passphrase: 'yellow canoe morning drum',
  phone: '+233 24 123 4567',
  email: 'kwame.boateng@consulat-example.org',
};

/** Every file under `dir`, recursively, with its bytes. */
async function readAll(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const files: { path: string; bytes: Buffer }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await readAll(path)));
    else if (entry.isFile()) files.push({ path, bytes: await readFile(path) });
  }
  return files;
}

/** How a string can sit in IndexedDB's files: UTF-8, UTF-16LE (V8 two-byte), Latin-1. */
function encodings(text: string): Buffer[] {
  const forms = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  if ([...text].every((c) => c.charCodeAt(0) <= 0xff)) forms.push(Buffer.from(text, 'latin1'));
  return forms;
}

function occurs(files: { bytes: Buffer }[], text: string): boolean {
  return encodings(text).some((needle) => files.some((file) => file.bytes.includes(needle)));
}

test('names, display names, phone and e-mail typed into the app never reach the disk in clear', async ({
  baseURL,
  launchOptions,
}) => {
  test.slow();
  const profile = await mkdtemp(join(tmpdir(), 'diaspora-desk-profile-'));
  let context: BrowserContext | null = await chromium.launchPersistentContext(profile, {
    ...launchOptions,
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));

    await page.goto('/');
    const setup = new SetupPage(page);
    await setup.setUp(office);
    const staff = new StaffPage(page);
    await staff.open();
    await staff.addMember(colleague, office.admin.passphrase);
    await expect(staff.row(colleague.username)).toContainText(colleague.displayName);
    expect(problems).toEqual([]);
    await context.close();
    context = null;

    const files = await readAll(join(profile, 'Default', 'IndexedDB'));
    const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
    expect(files.length).toBeGreaterThan(0);
    expect(bytes).toBeGreaterThan(0);
    // The right files: the office database's clear parts are there (record type, meta keys).
    expect(occurs(files, 'staff-user')).toBe(true);
    expect(occurs(files, 'wrapped-key:recovery')).toBe(true);
    // Usernames are the store's login lookup key and stay in clear by design (unlock finds the
    // account before any key exists). They also show that the scan finds text typed into the app.
    expect(occurs(files, office.admin.username)).toBe(true);
    expect(occurs(files, colleague.username)).toBe(true);

    const personal = [
      office.name,
      'Zerbo-Ouattara',
      'مكتب الجالية',
      office.admin.displayName,
      colleague.displayName,
      'Asantewaa-Boateng',
      'خديجة بنت أحمد',
      '+233241234567',
      '233241234567',
      colleague.email,
      'consulat-example',
    ];
    expect(personal.filter((text) => occurs(files, text))).toEqual([]);
  } finally {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  }
});
