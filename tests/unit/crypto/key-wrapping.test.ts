import { describe, expect, it } from 'vitest';
import { randomBytes, utf8 } from '../../../renderer/src/crypto/bytes';
import { rewrapDataKey } from '../../../renderer/src/crypto/data-key';
import { deriveKek } from '../../../renderer/src/crypto/derive-kek';
import { createKeyMaterial, openKeySet } from '../../../renderer/src/crypto/key-set';
import type { KdfParams } from '../../../renderer/src/crypto/kdf-params';
import {
  defaultPassphraseKdf,
  isWeakerKdf,
  meetsKdfFloor,
} from '../../../renderer/src/crypto/kdf-params';
import { openSealed, seal } from '../../../renderer/src/crypto/seal';

const pbkdf2 = (): KdfParams => ({ alg: 'pbkdf2-sha256', iterations: 1000, salt: randomBytes(16) });

describe('key derivation', () => {
  it('derives the same non-extractable KEK from the same passphrase and parameters', async () => {
    const params = pbkdf2();
    const a = await deriveKek('river stone window lantern', params);
    const b = await deriveKek('river stone window lantern', params);
    expect(a.extractable).toBe(false);
    expect(a.algorithm.name).toBe('AES-KW');
    const material = await createKeyMaterial([a]);
    const opened = await openKeySet(
      material.wrapped[0]!,
      b,
      material.keyCheck,
      material.blindIndexKey,
    );
    expect(opened.ok).toBe(true);
    expect(material.wrapped).toHaveLength(1);
    expect(material.keys.dataKey.extractable).toBe(false);
    expect(material.keys.dataKey.usages).not.toContain('wrapKey');
  });

  it('normalises the passphrase to NFC (the same words from two keyboards)', async () => {
    const params = pbkdf2();
    const composed = await deriveKek('café lumière montagne', params);
    const decomposed = await deriveKek('cafe\u0301 lumie\u0300re montagne', params);
    const material = await createKeyMaterial([composed]);
    const opened = await openKeySet(
      material.wrapped[0]!,
      decomposed,
      material.keyCheck,
      material.blindIndexKey,
    );
    expect(opened.ok).toBe(true);
  });

  it('runs Argon2id (the default algorithm) and PBKDF2', async () => {
    const argon: KdfParams = {
      alg: 'argon2id',
      memoryKiB: 1024,
      iterations: 2,
      parallelism: 1,
      salt: randomBytes(16),
    };
    const kek = await deriveKek('river stone window lantern', argon);
    const material = await createKeyMaterial([kek]);
    const again = await deriveKek('river stone window lantern', argon);
    expect(
      (await openKeySet(material.wrapped[0]!, again, material.keyCheck, material.blindIndexKey)).ok,
    ).toBe(true);
    expect(defaultPassphraseKdf().alg).toBe('argon2id');
  });

  it('knows the OWASP floors and which stored parameters are weaker', () => {
    const def = defaultPassphraseKdf();
    if (def.alg !== 'argon2id') throw new Error('default is Argon2id');
    expect(meetsKdfFloor(def)).toBe(true);
    expect(
      meetsKdfFloor({ alg: 'pbkdf2-sha256', iterations: 600_000, salt: randomBytes(16) }),
    ).toBe(true);
    expect(
      meetsKdfFloor({ alg: 'pbkdf2-sha256', iterations: 100_000, salt: randomBytes(16) }),
    ).toBe(false);
    expect(meetsKdfFloor({ ...def, memoryKiB: 8192 })).toBe(false);
    expect(isWeakerKdf(pbkdf2(), def)).toBe(true);
    expect(isWeakerKdf({ ...def, iterations: 1 }, def)).toBe(true);
    expect(isWeakerKdf(def, { ...def, salt: randomBytes(16) })).toBe(false);
  });
});

describe('key set', () => {
  it('refuses a wrong passphrase at unwrap (wrong-key)', async () => {
    const material = await createKeyMaterial([await deriveKek('right', pbkdf2())]);
    const wrong = await deriveKek('wrong', pbkdf2());
    const opened = await openKeySet(
      material.wrapped[0]!,
      wrong,
      material.keyCheck,
      material.blindIndexKey,
    );
    expect(opened).toEqual({ ok: false, code: 'wrong-key' });
  });

  it('detects a wrapped key from another database with the key check (key-mismatch)', async () => {
    const kek = await deriveKek('same passphrase', pbkdf2());
    const here = await createKeyMaterial([kek]);
    const elsewhere = await createKeyMaterial([kek]);
    const opened = await openKeySet(elsewhere.wrapped[0]!, kek, here.keyCheck, here.blindIndexKey);
    expect(opened).toEqual({ ok: false, code: 'key-mismatch' });
  });

  it('wraps one data key for several KEKs: each opens the same data', async () => {
    const [k1, k2] = await Promise.all([deriveKek('one', pbkdf2()), deriveKek('two', pbkdf2())]);
    const material = await createKeyMaterial([k1, k2]);
    const sealed = await seal(material.keys.dataKey, utf8('hello'), utf8('ad'));
    for (const [i, kek] of [k1, k2].entries()) {
      const opened = await openKeySet(
        material.wrapped[i]!,
        kek,
        material.keyCheck,
        material.blindIndexKey,
      );
      if (!opened.ok) throw new Error(opened.code);
      expect(await openSealed(opened.keys.dataKey, sealed, utf8('ad'))).toEqual(utf8('hello'));
    }
  });

  it('rewraps to a new KEK without exposing the key, and only from the right KEK', async () => {
    const [from, to, wrong] = await Promise.all(['a', 'b', 'c'].map((p) => deriveKek(p, pbkdf2())));
    const material = await createKeyMaterial([from!]);
    const rewrapped = await rewrapDataKey(material.wrapped[0]!, from!, to!);
    expect(rewrapped).not.toBeNull();
    expect((await openKeySet(rewrapped!, to!, material.keyCheck, material.blindIndexKey)).ok).toBe(
      true,
    );
    expect(await rewrapDataKey(material.wrapped[0]!, wrong!, to!)).toBeNull();
  });
});

describe('seal', () => {
  it('uses a fresh IV per write and binds the additional data', async () => {
    const material = await createKeyMaterial([await deriveKek('k', pbkdf2())]);
    const key = material.keys.dataKey;
    const a = await seal(key, utf8('same'), utf8('id-1'));
    const b = await seal(key, utf8('same'), utf8('id-1'));
    expect(a.iv).toHaveLength(12);
    expect(a.iv).not.toEqual(b.iv);
    expect(await openSealed(key, a, utf8('id-1'))).toEqual(utf8('same'));
    expect(await openSealed(key, a, utf8('id-2'))).toBeNull();
    const flipped = new Uint8Array(a.ciphertext.slice(0));
    flipped[0]! ^= 1;
    expect(await openSealed(key, { iv: a.iv, ciphertext: flipped }, utf8('id-1'))).toBeNull();
  });
});
