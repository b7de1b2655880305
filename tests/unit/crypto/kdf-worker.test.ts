import { afterAll, describe, expect, it, vi } from 'vitest';
import { argon2idRaw } from '../../../renderer/src/crypto/argon2id-raw';
import { randomBytes, toHex, utf8 } from '../../../renderer/src/crypto/bytes';
import type { KdfReply, KdfRequest } from '../../../renderer/src/crypto/kdf-messages';

/** The worker's global scope, as kdf.worker.ts sees it. */
const scope = {
  onmessage: null as ((event: { data: KdfRequest }) => Promise<void>) | null,
  replies: [] as { message: KdfReply; transfer?: Transferable[] }[],
  postMessage(message: KdfReply, transfer?: Transferable[]) {
    this.replies.push({ message, transfer });
  },
};
vi.stubGlobal('self', scope);
await import('../../../renderer/src/crypto/kdf.worker');
afterAll(() => vi.unstubAllGlobals());

const cost = { memoryKiB: 256, iterations: 2, parallelism: 1, salt: randomBytes(16) };

describe('kdf.worker', () => {
  it('answers with the Argon2id bytes, transferred, and zeroes the secret it got', async () => {
    const password = utf8('river stone window lantern');
    const expected = toHex(await argon2idRaw(password.slice(), cost));
    await scope.onmessage?.({ data: { password, cost } });
    const [reply] = scope.replies;
    expect(reply?.message.ok).toBe(true);
    if (!reply?.message.ok) return;
    expect(toHex(reply.message.raw)).toBe(expected);
    expect(reply.transfer).toEqual([reply.message.raw.buffer]);
    expect(password.every((byte) => byte === 0)).toBe(true);
  });

  it('answers a bare failure, with no detail, when the derivation throws', async () => {
    scope.replies.length = 0;
    const bad = { ...cost, memoryKiB: 1 }; // below Argon2's minimum: hash-wasm throws
    await scope.onmessage?.({ data: { password: utf8('x'), cost: bad } });
    expect(scope.replies).toEqual([{ message: { ok: false }, transfer: undefined }]);
  });
});
