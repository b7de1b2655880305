import { defaultPassphraseKdf } from '../../../renderer/src/crypto/kdf-params';
import { pbkdf2Owasp, timeKeyDerivation } from '../../../renderer/src/store/bench-hooks';
import { definePageWorkload } from '../bench-api';

/**
 * `argon2id` is the configured passphrase KDF as unlock runs it (in its worker); `argon2id-here`
 * the same on the page's thread; `pbkdf2` PBKDF2-SHA256 at 600,000 iterations (WebCrypto).
 */
export type KdfVariant = 'argon2id' | 'argon2id-here' | 'pbkdf2';

export interface KdfFigures {
  ms: number;
  /** Longest main-thread task during the derivation (0 when none reached 50 ms). */
  longestTaskMs: number;
  params: string;
}

function paramsFor(variant: KdfVariant) {
  switch (variant) {
    case 'argon2id':
    case 'argon2id-here':
      return defaultPassphraseKdf();
    case 'pbkdf2':
      return pbkdf2Owasp();
    default:
      return variant satisfies never;
  }
}

function describe(params: ReturnType<typeof paramsFor>): string {
  switch (params.alg) {
    case 'argon2id':
      return `argon2id m=${params.memoryKiB / 1024} MiB t=${params.iterations} p=${params.parallelism}`;
    case 'pbkdf2-sha256':
      return `pbkdf2-sha256 ${params.iterations.toLocaleString('en-US')} iterations`;
    case 'hkdf-sha256':
      return 'hkdf-sha256';
  }
}

/** P4: one passphrase key derivation in the page, timed, with the page's longest task. */
export default definePageWorkload<{ variant: KdfVariant }, KdfFigures>({
  id: 'p4-key-derivation',
  async run({ variant }) {
    const params = paramsFor(variant);
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    try {
      const ms = await timeKeyDerivation(params, { useWorker: variant !== 'argon2id-here' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { ms, longestTaskMs: Math.max(0, ...tasks), params: describe(params) };
    } finally {
      observer.disconnect();
    }
  },
});
