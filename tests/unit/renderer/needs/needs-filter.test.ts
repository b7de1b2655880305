import { describe, expect, it } from 'vitest';
import { MissionRequest } from '../../../../shared/domain/mission-request';
import { filterNeeds } from '../../../../renderer/src/screens/needs/filter-needs';
import { doctorNeed } from '../../shared/matching/matching-fixtures';

const need = (title: string, overrides: Record<string, unknown>) =>
  MissionRequest.parse({ ...doctorNeed(), title, ...overrides });

const needs = [
  need('Chirurgie à Niamey', {
    status: 'open',
    startDate: '2026-03-01',
    updatedAt: '2025-01-02T00:00:00.000Z',
    skills: ['trauma care'],
  }),
  need('Cours de génie civil', {
    status: 'draft',
    updatedAt: '2025-01-03T00:00:00.000Z',
    occupation: { list: 'isco-08', version: '2008', code: '2142' },
  }),
  need('Anesthésie', {
    status: 'open',
    startDate: '2026-01-15',
    updatedAt: '2025-01-01T00:00:00.000Z',
  }),
];
const words = (n: { occupation?: { code: string } | undefined }) =>
  n.occupation?.code === '2142' ? 'Civil engineers' : 'Medical doctors';
const titles = (list: readonly { title?: string }[]) => list.map((n) => n.title);

describe('filterNeeds', () => {
  it('finds every typed word, ignoring case and accents, in titles, skills, host and occupation', () => {
    const all = { status: null, sort: 'updated' as const };
    expect(titles(filterNeeds(needs, { ...all, text: 'genie' }, words, 'fr'))).toEqual([
      'Cours de génie civil',
    ]);
    expect(titles(filterNeeds(needs, { ...all, text: 'TRAUMA niamey' }, words, 'fr'))).toEqual([
      'Chirurgie à Niamey',
    ]);
    expect(titles(filterNeeds(needs, { ...all, text: 'civil engineers' }, words, 'fr'))).toEqual([
      'Cours de génie civil',
    ]);
    expect(filterNeeds(needs, { ...all, text: 'pilote' }, words, 'fr')).toEqual([]);
  });

  it('filters by status and sorts by last change, start date (undated last) or title', () => {
    const open = { text: '', status: 'open' as const };
    expect(titles(filterNeeds(needs, { ...open, sort: 'updated' }, words, 'fr'))).toEqual([
      'Chirurgie à Niamey',
      'Anesthésie',
    ]);
    const any = { text: '', status: null };
    expect(titles(filterNeeds(needs, { ...any, sort: 'start' }, words, 'fr'))).toEqual([
      'Anesthésie',
      'Chirurgie à Niamey',
      'Cours de génie civil',
    ]);
    expect(titles(filterNeeds(needs, { ...any, sort: 'title' }, words, 'fr'))).toEqual([
      'Anesthésie',
      'Chirurgie à Niamey',
      'Cours de génie civil',
    ]);
  });
});
