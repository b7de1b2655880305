import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../../renderer/src/crypto/bytes';
import { blindIndex, normaliseIdentifier } from '../../../renderer/src/crypto/blind-index';
import { deriveKek } from '../../../renderer/src/crypto/derive-kek';
import { createKeyMaterial } from '../../../renderer/src/crypto/key-set';

async function key() {
  const kek = await deriveKek('x', {
    alg: 'pbkdf2-sha256',
    iterations: 1000,
    salt: randomBytes(16),
  });
  return (await createKeyMaterial([kek])).keys.blindIndexKey;
}

describe('blind index', () => {
  it('normalises what people type inconsistently', () => {
    expect(normaliseIdentifier('phone', ' +227 90-12.34(56) ')).toBe('+22790123456');
    expect(normaliseIdentifier('email', ' Aminata@Example.ORG ')).toBe('aminata@example.org');
    expect(normaliseIdentifier('document', 'passport|NE|ne 123-456')).toBe('PASSPORT|NE|NE123456');
  });

  it('matches equal identifiers, separates kinds and keys', async () => {
    const k1 = await key();
    const k2 = await key();
    const a = await blindIndex(k1, 'email', 'Aminata@example.org');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await blindIndex(k1, 'email', 'aminata@EXAMPLE.org ')).toBe(a);
    expect(await blindIndex(k1, 'email', 'other@example.org')).not.toBe(a);
    expect(await blindIndex(k1, 'phone', '+22790123456')).not.toBe(
      await blindIndex(k1, 'document', '+22790123456'),
    );
    expect(await blindIndex(k2, 'email', 'aminata@example.org')).not.toBe(a);
    expect(k1.extractable).toBe(false);
  });
});
