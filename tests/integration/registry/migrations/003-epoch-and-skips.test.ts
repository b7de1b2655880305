import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../../registry/src/db/load-migrations';
import { migrate } from '../../../../registry/src/db/migrate';
import { newLogEpoch, readLogEpoch } from '../../../../registry/src/sync/log-epoch';
import { testBackends, type TestDb } from '../helpers/test-backends';

const OFFICE = '01900000-0000-7000-8000-000000000001';
const DEVICE = '01900000-0000-7000-8000-0000000000d1';

describe.each(testBackends())('migration 003-epoch-and-skips on $kind', (backend) => {
  let test: TestDb;
  beforeAll(async () => {
    test = await backend.open();
    const migrations = loadMigrations();
    await migrate(test.db, migrations.slice(0, 2));
    // A 002 database with a device in it.
    await test.db.query(
      `INSERT INTO offices (id, name, country, office_type, scope)
       VALUES ($1, 'HQ', 'NE', 'headquarters', '{"kind":"national"}')`,
      [OFFICE],
    );
    await test.db.query(
      `INSERT INTO devices (id, office_id, name, credential_hash) VALUES ($1, $2, 'PC', $3)`,
      [DEVICE, OFFICE, 'a'.repeat(64)],
    );
    expect(await migrate(test.db, migrations.slice(0, 3))).toMatchObject({
      ok: true,
      applied: [3],
    });
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('gives the change log one epoch, which a new one replaces', async () => {
    const first = await readLogEpoch(test.db);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    await expect(
      test.db.query('INSERT INTO log_epoch (epoch) VALUES (gen_random_uuid())'),
    ).rejects.toThrow();
    const second = await newLogEpoch(test.db, new Date());
    expect(second).not.toBe(first);
    expect(await readLogEpoch(test.db)).toBe(second);
  });

  it('keeps skipped seqs per existing device, once each', async () => {
    await test.db.query(
      'INSERT INTO skipped_seqs (device_id, device_seq, skipped_at) VALUES ($1, 2, now())',
      [DEVICE],
    );
    await expect(
      test.db.query(
        'INSERT INTO skipped_seqs (device_id, device_seq, skipped_at) VALUES ($1, 2, now())',
        [DEVICE],
      ),
    ).rejects.toThrow();
    await expect(
      test.db.query(
        'INSERT INTO skipped_seqs (device_id, device_seq, skipped_at) VALUES ($1, 0, now())',
        [DEVICE],
      ),
    ).rejects.toThrow();
    await expect(
      test.db.query(
        'INSERT INTO skipped_seqs (device_id, device_seq, skipped_at) VALUES ($1, 3, now())',
        [OFFICE],
      ),
    ).rejects.toThrow();
  });
});
