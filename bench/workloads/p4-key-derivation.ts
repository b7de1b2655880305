import type { KdfFigures, KdfVariant } from '../browser/workloads/p4-key-derivation';
import { alternate } from '../lib/alternate';
import { defineWorkload, row } from '../lib/bench-types';
import { median } from '../lib/stats';
import { TARGETS } from '../lib/targets';

/**
 * P4: unlock's key derivation in Chromium with the configured KDF (Argon2id in its worker), and
 * PBKDF2-SHA256 at 600,000 iterations as the baseline, alternating; plus Argon2id on the page's
 * own thread, to show what the worker spares the UI.
 */
export default defineWorkload({
  id: 'p4-key-derivation',
  title: 'Unlock key derivation in Chromium: Argon2id (worker) vs PBKDF2 600k (P4)',
  where: 'browser',
  async run({ options, page: openPage, log }) {
    const page = await openPage();
    const reps = Math.max(options.reps, 5);
    const derive = (variant: KdfVariant) => page.run<KdfFigures>('p4-key-derivation', { variant });
    const seen: Record<KdfVariant, KdfFigures[]> = {
      argon2id: [],
      'argon2id-here': [],
      pbkdf2: [],
    };
    const timed = (variant: KdfVariant) => async () => {
      const figures = await derive(variant);
      seen[variant].push(figures);
      log(
        `p4 ${variant}: ${Math.round(figures.ms)} ms, longest task ${Math.round(figures.longestTaskMs)} ms`,
      );
      return figures.ms;
    };
    await derive('argon2id');
    await derive('pbkdf2');
    const pair = await alternate(reps, timed('pbkdf2'), timed('argon2id'));
    for (let i = 0; i < Math.min(reps, 3); i++) await timed('argon2id-here')();
    const argon = pair.medianCandidate;
    const longest = (variant: KdfVariant) => Math.max(...seen[variant].map((f) => f.longestTaskMs));
    const here = median(seen['argon2id-here'].map((f) => f.ms));
    return [
      row({
        id: 'P4',
        metric: 'key derivation, configured KDF (worker)',
        value: argon,
        unit: 'ms',
        baseline: pair.medianBaseline,
        ratio: pair.medianRatio,
        target: TARGETS.P4,
        pass: argon >= 100 && argon <= 1000,
        note: `${seen.argon2id[0]?.params}; baseline ${seen.pbkdf2[0]?.params}; ${reps} pairs`,
      }),
      row({
        id: 'P4',
        metric: 'PBKDF2-SHA256 600k (comparison)',
        value: pair.medianBaseline,
        unit: 'ms',
        note: 'WebCrypto, native; the OWASP floor, not the configured KDF',
      }),
      row({
        id: 'P4',
        metric: 'longest UI-thread task, Argon2id in worker',
        value: longest('argon2id'),
        unit: 'ms',
        note: `on the UI thread instead: ${Math.round(here)} ms per derivation, longest task ${Math.round(longest('argon2id-here'))} ms`,
      }),
    ];
  },
});
