import { describe, expect, it } from 'vitest';
import type { Referral } from '../../../../shared/domain';
import { overdueReferrals } from '../../../../shared/referrals/overdue-referrals';
import { dueFollowUps } from '../../../../shared/referrals/due-follow-ups';
import { associationTree } from '../../../../shared/referrals/association-tree';

type Tracked = Pick<Referral, 'status' | 'statusHistory' | 'reminders'> & { id: string };
const by = 'staff';

function referral(id: string, steps: [Referral['status'], string][], reminders: string[] = []) {
  const statusHistory = steps.map(([status, at]) => ({ status, at, by }));
  return {
    id,
    status: steps.at(-1)![0],
    statusHistory,
    reminders: reminders.map((at) => ({ at, by })),
  } satisfies Tracked;
}

describe('overdueReferrals', () => {
  const today = '2025-06-30';
  it('lists referrals the partner has not answered for N days, longest first', () => {
    const list = [
      referral('a', [['sent', '2025-06-20T10:00:00.000Z']]),
      referral('b', [['sent', '2025-06-01T10:00:00.000Z']]),
      referral('c', [
        ['sent', '2025-05-01T10:00:00.000Z'],
        ['acknowledged', '2025-06-10T10:00:00.000Z'],
      ]),
      referral('d', [
        ['sent', '2025-05-01T10:00:00.000Z'],
        ['in-progress', '2025-05-02T10:00:00.000Z'],
      ]),
      referral('e', [
        ['sent', '2025-05-01T10:00:00.000Z'],
        ['declined', '2025-05-02T10:00:00.000Z'],
      ]),
    ];
    const overdue = overdueReferrals(list, today, 14);
    expect(overdue.map((o) => [o.referral.id, o.daysWaiting])).toEqual([
      ['b', 29],
      ['c', 20],
    ]);
  });

  it('restarts the wait when a reminder is sent', () => {
    const reminded = referral(
      'r',
      [['sent', '2025-05-01T10:00:00.000Z']],
      ['2025-06-25T09:00:00.000Z'],
    );
    expect(overdueReferrals([reminded], today, 14)).toEqual([]);
    expect(overdueReferrals([reminded], today, 5)).toHaveLength(1);
  });
});

describe('dueFollowUps', () => {
  const base = { counsellorId: 'me', at: '2025-06-01T09:00:00.000Z' };
  it('lists my follow-ups due today or earlier, until the person is seen again', () => {
    const list = [
      { ...base, id: '1', personId: 'p1', followUpDate: '2025-06-10' },
      { ...base, id: '2', personId: 'p2', followUpDate: '2025-07-10' },
      { ...base, id: '3', personId: 'p3', followUpDate: '2025-06-05', counsellorId: 'other' },
      { ...base, id: '4', personId: 'p4', followUpDate: '2025-06-02' },
      { ...base, id: '5', personId: 'p4', at: '2025-06-03T09:00:00.000Z' },
      { ...base, id: '6', personId: 'p5', followUpDate: '2025-06-04' },
    ];
    expect(dueFollowUps(list, 'me', '2025-06-10').map((c) => c.id)).toEqual(['6', '1']);
  });
});

describe('associationTree', () => {
  it('nests city councils under national ones under continental ones', () => {
    const tree = associationTree([
      { id: 'c', name: 'Lyon', level: 'city', parentId: 'n' },
      { id: 'n', name: 'France', level: 'national', parentId: 'e' },
      { id: 'e', name: 'Europe', level: 'continental' },
      { id: 'x', name: 'Orphan', level: 'city', parentId: 'missing' },
      { id: 'bad', name: 'Upside down', level: 'continental', parentId: 'c' },
    ]);
    expect(tree.map((n) => n.association.id)).toEqual(['e', 'x', 'bad']);
    expect(tree[0]!.children[0]!.association.id).toBe('n');
    expect(tree[0]!.children[0]!.children[0]!.association.id).toBe('c');
  });
});
