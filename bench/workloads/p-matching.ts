import type { Consent, MissionRequest, Person } from '../../shared/domain';
import { matchProfileOf, rankNeed, type MatchProfile } from '../../shared/matching';
import { needLike } from '../lib/bench-needs';
import { defineWorkload, row } from '../lib/bench-types';
import { generatePeopleChunks, seededUuidV7 } from '../lib/generate-people';
import { createRng } from '../lib/prng';
import { median, percentile } from '../lib/stats';

const TARGET_MS = 200;
const at = '2025-01-01T00:00:00.000Z';

/** Seeded consents: most members agree to be contacted, some never did or withdrew. */
function consentsFor(person: Person, seed: number, index: number): Consent[] {
  const rng = createRng(seed ^ 0xc0c0, index);
  if (!rng.chance(0.8)) return [];
  const withdrawn = rng.chance(0.05) ? { withdrawnAt: at } : {};
  return [
    {
      id: seededUuidV7(rng, Date.UTC(2024, 0, 1)),
      type: 'consent',
      officeId: person.officeId,
      createdAt: at,
      updatedAt: at,
      rev: 0,
      personId: person.id,
      purpose: 'contact-opportunities',
      noticeVersion: '2025-01',
      noticeLanguage: { list: 'iso-639-3', version: '2024', code: 'fra' },
      method: 'paper-signed',
      givenAt: at,
      recordedBy: person.officeId,
      ...withdrawn,
    },
  ];
}

/**
 * M1 (issue 6's own row, not a PERFORMANCE.md id): ranking one mission request against 200,000
 * members' match profiles, the pure function as the search worker runs it, in Node.
 */
export default defineWorkload({
  id: 'm1-matching',
  title: 'Rank one need against every member (Node, pure) (M1)',
  where: 'node',
  async run({ options, log }) {
    const { n, seed } = options;
    const profiles: MatchProfile[] = [];
    const needs: MissionRequest[] = [];
    let projectionMs = 0;
    let index = 0;
    for (const chunk of generatePeopleChunks(n, seed)) {
      for (const person of chunk) {
        const consents = consentsFor(person, seed, index++);
        const start = performance.now();
        profiles.push(matchProfileOf(person, consents));
        projectionMs += performance.now() - start;
        if (needs.length < 5 && person.work.length > 0) needs.push(needLike(person));
      }
    }
    const rounds = options.quick ? 4 : 10;
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let eligible = 0;
    for (let r = 0; r < rounds; r++) {
      for (const need of needs) {
        const cpu = process.cpuUsage();
        const start = performance.now();
        const result = rankNeed(need, profiles, 50);
        times.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        cpuTimes.push((used.user + used.system) / 1000);
        eligible += result.eligible;
      }
    }
    const p50 = median(times);
    const p95 = percentile(times, 95);
    log(
      `m1: ${times.length} rankings over ${n} members: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    );
    const note = `${needs.length} needs x ${rounds} rounds, top 50; mean ${Math.round(eligible / times.length)} members fit each need`;
    return [
      row({
        id: 'M1',
        metric: `rank one need at ${n}, p50`,
        value: p50,
        unit: 'ms',
        target: `<= ${TARGET_MS} ms`,
        pass: p50 <= TARGET_MS,
        note,
      }),
      row({
        id: 'M1',
        metric: `rank one need at ${n}, p95`,
        value: p95,
        unit: 'ms',
        target: `<= ${TARGET_MS} ms`,
        pass: p95 <= TARGET_MS,
      }),
      row({
        id: 'M1',
        metric: `rank one need at ${n}, CPU time p50`,
        value: median(cpuTimes),
        unit: 'ms',
        note: 'process CPU time: what the ranking costs when the shared machine is busy',
      }),
      row({
        id: 'M1',
        metric: 'match profile per member (projection)',
        value: (projectionMs * 1000) / n,
        unit: 'us',
      }),
    ];
  },
});
