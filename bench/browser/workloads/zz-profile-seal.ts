import { definePageWorkload } from '../bench-api';
import { peopleFor } from '../lib/people-cache';
import { openBenchOffice, openPlainBaseline } from '../../../renderer/src/store/bench-hooks';
import { sealRow } from '../../../renderer/src/store/encryption/seal-row';
import { sealedTables } from '../../../renderer/src/store/encryption/sealed-tables';
import type { RecordRow } from '../../../renderer/src/store/db/rows';

let runs = 0;
export default definePageWorkload<{ n: number; seed: number }, Record<string, number>>({
  id: 'zz-profile-seal',
  async run({ n, seed }) {
    const people = peopleFor(n, seed);
    const rows = people.map((p) => ({ ...p, syncState: 'synced' }) as RecordRow);
    const office = await openBenchOffice(`prof-${++runs}`);
    const key = office.store.keyring.dataKey();
    const spec = sealedTables.records!;
    const out: Record<string, number> = {};
    let t = performance.now();
    const enc = new TextEncoder();
    for (const r of rows) enc.encode(JSON.stringify(r));
    out.stringifyEncode = performance.now() - t;
    t = performance.now();
    const sealed = [];
    for (let i = 0; i < rows.length; i += 1000) {
      sealed.push(...(await Promise.all(rows.slice(i, i + 1000).map((r) => sealRow('records', spec, key, r)))));
    }
    out.sealAll = performance.now() - t;
    t = performance.now();
    const iv = new Uint8Array(12);
    for (let i = 0; i < rows.length; i += 1000) {
      await Promise.all(
        rows.slice(i, i + 1000).map(() =>
          crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(2100)),
        ),
      );
    }
    out.encryptOnly = performance.now() - t;
    t = performance.now();
    for (const r of rows) structuredClone(r);
    out.clonePlain = performance.now() - t;
    t = performance.now();
    for (const r of sealed) structuredClone(r);
    out.cloneSealed = performance.now() - t;
    // write sealed rows (already sealed: middleware passes them through)
    t = performance.now();
    for (let i = 0; i < sealed.length; i += 1000) {
      await office.store.db.records.bulkPut(sealed.slice(i, i + 1000) as unknown as RecordRow[]);
    }
    out.writeSealed = performance.now() - t;
    await office.dispose();
    const plain = await openPlainBaseline(`prof-plain-${runs}`);
    t = performance.now();
    for (let i = 0; i < people.length; i += 1000) await plain.put(people.slice(i, i + 1000));
    out.writePlain = performance.now() - t;
    await plain.dispose();
    return out;
  },
});
