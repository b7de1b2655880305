import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectionSource } from '../../../../renderer/src/search/index/projection-source';
import {
  projectMember,
  reprojectMember,
} from '../../../../renderer/src/search/index/project-member';

const code = (list: string, value: string) => ({ list, version: '2024', code: value });

const people = [
  {
    id: 'p1',
    type: 'person',
    updatedAt: '2025-03-01T09:00:00.000Z',
    names: { latin: { given: 'Aminata', family: 'Diallo' } },
    residence: { country: code('iso-3166-1', 'FR') },
    origin: { region: code('iso-3166-2', 'NE-1') },
    work: [{ occupation: code('isco-08', '2211'), sector: code('isic-4', '86'), current: true }],
    skills: ['surgery'],
    languages: [{ language: code('iso-639-3', 'fra'), proficiency: 'fluent' }],
    availability: { modes: ['remote'], durations: [] },
  },
  {
    id: 'p2',
    type: 'person',
    updatedAt: '2024-01-01T09:00:00.000Z',
    names: { arabic: { given: 'محمد', family: 'تراوري' } },
  },
].map((p) => ProjectionSource.parse(p));

describe('re-projecting a snapshot member', () => {
  it('gives what a fresh projection gives, for any consents and any role it may serve', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...people),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 15 }),
        fc.boolean(),
        fc.boolean(),
        (person, before, after, writerHighRisk, readerHighRisk) => {
          fc.pre(writerHighRisk || !readerHighRisk);
          const stored = projectMember(person, before, { highRisk: writerHighRisk });
          const fresh = projectMember(person, after, { highRisk: readerHighRisk });
          const again = reprojectMember(structuredClone(stored), after, {
            highRisk: readerHighRisk,
          });
          expect(again).toEqual(fresh);
        },
      ),
    );
  });
});
