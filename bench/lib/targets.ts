/**
 * PERFORMANCE.md targets and anchors, quoted short, so every row names the same bar. Update here
 * when PERFORMANCE.md changes.
 */
export const TARGETS = {
  P1: '>= 4,000 rec/s; encrypted/plaintext time <= 1.2',
  P2: 'longest task <= 50 ms',
  P3: 'p95 <= 10 ms to committed',
  P4: 'PBKDF2 >= 600k or Argon2id m >= 19 MiB t >= 2; 100-1000 ms',
  P5: '<= 5 s at 200k; <= 1 s at 20k',
  P6: 'p50 <= 15 ms, p95 <= 50 ms at 200k',
  P7: '<= 16 ms at 200k',
  P8: '<= 200 MB at 200k',
  P9: '<= 250 B/record compressed; compressed/raw <= 0.2',
  P10: '<= 30 s at 64 kbit/s (<= 240 KB)',
  P11: '<= 60 s at 64 kbit/s; <= 15 s at 256 kbit/s',
  P12: '>= 6,000 rec/s; >= 2x PouchDB',
  P13: '<= 200 ms server time; PGlite/PostgreSQL <= 2.5',
  P14: '<= 10 s for 50,000 rows',
  P15: 'critical JS <= 350 KiB gzip; interactive <= 1.0 s',
  P16: '<= 50 ms against 200k',
} as const;

export type TargetId = keyof typeof TARGETS;

export const ANCHORS = {
  dexiePrimaryKeyOnly: 'anchor 7,238 rec/s (P1)',
  dexieSevenIndexes: 'anchor 3,048 rec/s, time x2.37 (P1)',
  recordSize: '~1 KB (PERFORMANCE.md reference record)',
} as const;
