import { describe, expect, it, vi } from 'vitest';
import { argon2idRaw } from '../../../renderer/src/crypto/argon2id-raw';
import { randomBytes, toHex, utf8 } from '../../../renderer/src/crypto/bytes';
import { deriveArgon2idBytes, isKdfAbort } from '../../../renderer/src/crypto/derive-argon2id';
import { deriveKek } from '../../../renderer/src/crypto/derive-kek';
import { onKeyDerivation } from '../../../renderer/src/crypto/kdf-activity';
import type { KdfParams } from '../../../renderer/src/crypto/kdf-params';
import type { KdfReply, KdfRequest } from '../../../renderer/src/crypto/kdf-messages';
import type { KdfWorker } from '../../../renderer/src/crypto/spawn-kdf-worker';

const cost = { memoryKiB: 256, iterations: 2, parallelism: 1, salt: randomBytes(16) };
const argon: KdfParams = { alg: 'argon2id', ...cost };

/** A worker that runs the real Argon2id on this thread and answers like kdf.worker.ts. */
class FakeKdfWorker implements KdfWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: KdfRequest[] = [];
  constructor(private readonly behaviour: 'answer' | 'hang' | 'fail-to-load' | 'fail' = 'answer') {}
  postMessage(message: unknown, transfer: Transferable[]): void {
    const request = message as KdfRequest;
    this.received.push(request);
    expect(transfer).toEqual([request.password.buffer]);
    const reply = (data: KdfReply) =>
      setTimeout(() => this.onmessage?.({ data } as MessageEvent), 0);
    switch (this.behaviour) {
      case 'answer':
        void argon2idRaw(request.password, request.cost).then((raw) => reply({ ok: true, raw }));
        return;
      case 'fail':
        reply({ ok: false });
        return;
      case 'fail-to-load':
        setTimeout(() => this.onerror?.({} as ErrorEvent), 0);
        return;
      case 'hang':
        return;
    }
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('Argon2id off the UI thread', () => {
  it('derives in the worker, the same bytes as in-thread, and terminates it', async () => {
    const worker = new FakeKdfWorker();
    const password = utf8('river stone window lantern');
    const viaWorker = await deriveArgon2idBytes(password, cost, { spawn: () => worker });
    const inThread = await deriveArgon2idBytes(password, cost, { useWorker: false });
    expect(toHex(viaWorker)).toBe(toHex(inThread));
    expect(worker.terminated).toBe(true);
    // The worker got a copy: the caller's bytes are untouched and still theirs to zero.
    expect(password.byteLength).toBeGreaterThan(0);
    expect(worker.received[0]?.password).not.toBe(password);
  });

  it('cancels: terminates the worker at once and rejects with an AbortError', async () => {
    const worker = new FakeKdfWorker('hang');
    const controller = new AbortController();
    const pending = deriveArgon2idBytes(utf8('secret words here'), cost, {
      spawn: () => worker,
      signal: controller.signal,
    });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(isKdfAbort(error)).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('does not start at all when already cancelled', async () => {
    const spawn = vi.fn(() => new FakeKdfWorker());
    const error = await deriveArgon2idBytes(utf8('x'), cost, {
      spawn,
      signal: AbortSignal.abort(),
    }).catch((e: unknown) => e);
    expect(isKdfAbort(error)).toBe(true);
    expect(spawn).not.toHaveBeenCalled();
  });

  it('falls back to the calling thread when the worker cannot load, or there is none', async () => {
    const expected = toHex(
      await deriveArgon2idBytes(utf8('pass words'), cost, { useWorker: false }),
    );
    const broken = new FakeKdfWorker('fail-to-load');
    expect(
      toHex(await deriveArgon2idBytes(utf8('pass words'), cost, { spawn: () => broken })),
    ).toBe(expected);
    expect(broken.terminated).toBe(true);
    expect(toHex(await deriveArgon2idBytes(utf8('pass words'), cost, { spawn: () => null }))).toBe(
      expected,
    );
  });

  it('rejects when the worker reports a failure (no fallback: the same code would fail)', async () => {
    const worker = new FakeKdfWorker('fail');
    await expect(deriveArgon2idBytes(utf8('x'), cost, { spawn: () => worker })).rejects.toThrow(
      'key derivation failed',
    );
    expect(worker.terminated).toBe(true);
  });
});

describe('deriveKek progress and cancel', () => {
  it('reports started then finished, per call and to every subscriber', async () => {
    const seen: string[] = [];
    const own: string[] = [];
    const stop = onKeyDerivation((state) => seen.push(state));
    await deriveKek('river stone window lantern', argon, { onState: (s) => own.push(s) });
    stop();
    await deriveKek('river stone window lantern', argon);
    expect(own).toEqual(['started', 'finished']);
    expect(seen).toEqual(['started', 'finished']);
  });

  it('reports finished after a cancel too, and rejects with an AbortError', async () => {
    const seen: string[] = [];
    const stop = onKeyDerivation((state) => seen.push(state));
    const controller = new AbortController();
    const pending = deriveKek('river stone window lantern', argon, { signal: controller.signal });
    controller.abort();
    expect(isKdfAbort(await pending.catch((e: unknown) => e))).toBe(true);
    stop();
    expect(seen).toEqual(['started', 'finished']);
    expect(
      isKdfAbort(await deriveKek('x', argon, { signal: controller.signal }).catch((e) => e)),
    ).toBe(true);
  });

  it('a throwing progress listener does not break the derivation', async () => {
    const stop = onKeyDerivation(() => {
      throw new Error('UI bug');
    });
    await expect(deriveKek('river stone window lantern', argon)).resolves.toBeDefined();
    stop();
  });
});
