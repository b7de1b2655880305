import { describe, expect, it } from 'vitest';
import { Office, StaffUser } from '../../../../shared/domain';
import { code, envelope, issuesOf } from './fixtures';

describe('Office', () => {
  it('accepts a consular desk and a regional coordination office', () => {
    expect(
      Office.parse({
        ...envelope('office'),
        name: 'Ambassade du Niger à Paris, guichet diaspora',
        country: code('iso-3166-1', 'FR'),
        officeType: 'consular-desk',
      }).officeType,
    ).toBe('consular-desk');
    expect(
      issuesOf(Office, {
        ...envelope('office'),
        name: 'Amhara Diaspora Coordination Office',
        country: code('iso-3166-1', 'ET'),
        subdivision: code('iso-3166-2', 'ET-AM'),
        officeType: 'regional-coordination',
      }),
    ).toEqual([]);
  });

  it('refuses an unknown office type and a region of another country', () => {
    expect(
      issuesOf(Office, {
        ...envelope('office'),
        name: 'Bureau',
        country: code('iso-3166-1', 'NE'),
        subdivision: code('iso-3166-2', 'ML-1'),
        officeType: 'embassy',
      }),
    ).toEqual([['officeType', 'invalid-value']]);
  });
});

describe('StaffUser', () => {
  const user = () => ({
    ...envelope('staff-user'),
    username: 'Fatouma.H',
    displayName: 'Fatouma Hamani',
    role: 'counsellor',
  });

  it('lower-cases the username and is enabled by default', () => {
    const parsed = StaffUser.parse(user());
    expect(parsed.username).toBe('fatouma.h');
    expect(parsed.disabled).toBe(false);
  });

  it('refuses unknown roles and usernames with spaces', () => {
    expect(issuesOf(StaffUser, { ...user(), username: 'fatouma h', role: 'root' })).toEqual([
      ['username', 'invalid-format'],
      ['role', 'invalid-value'],
    ]);
  });
});
