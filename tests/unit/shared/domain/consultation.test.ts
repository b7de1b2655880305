import { describe, expect, it } from 'vitest';
import { Consultation } from '../../../../shared/domain';
import { at, code, counsellorId, envelope, issuesOf } from './fixtures';

const visit = () => ({
  ...envelope('consultation'),
  personId: '0190a6b4-7c1e-7a00-8000-000000000001',
  at,
  topics: [code('consultation-topic', 'investment'), code('consultation-topic', 'land-title')],
  channel: 'visit',
  notes: 'Souhaite créer une unité de pompage solaire à Konni.',
  followUpDate: '2025-04-15',
  counsellorId,
});

describe('Consultation', () => {
  it('accepts a visit with topics, notes and a follow-up date', () => {
    expect(Consultation.parse(visit()).topics).toHaveLength(2);
  });

  it('needs at least one topic and no topic twice', () => {
    expect(issuesOf(Consultation, { ...visit(), topics: [] })).toEqual([['topics', 'required']]);
    const twice = [code('consultation-topic', 'return'), code('consultation-topic', 'return')];
    expect(issuesOf(Consultation, { ...visit(), topics: twice })).toEqual([
      ['topics.1', 'duplicate'],
    ]);
  });

  it('refuses an unknown channel and an impossible follow-up date', () => {
    expect(
      issuesOf(Consultation, { ...visit(), channel: 'fax', followUpDate: '2025-04-31' }),
    ).toEqual([
      ['channel', 'invalid-value'],
      ['followUpDate', 'invalid-date'],
    ]);
  });
});
