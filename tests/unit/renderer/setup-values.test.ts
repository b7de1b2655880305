import { describe, expect, it } from 'vitest';
import { SetupValues } from '../../../renderer/src/screens/setup/setup-values';
import { NewStaffValues } from '../../../renderer/src/screens/staff/staff-values';

const problems = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`));

describe('setup form values', () => {
  it('reports every problem at once, the passphrase included', () => {
    const result = SetupValues.safeParse({
      officeName: '',
      country: '',
      officeType: undefined,
      username: '',
      displayName: '',
      passphrase: 'password',
      confirmation: '',
    });
    expect(problems(result)).toEqual([
      'officeName: required',
      'country: required',
      'officeType: required',
      'username: required',
      'displayName: required',
      'passphrase: weak-passphrase',
    ]);
  });

  it('accepts a complete setup, Arabic names included', () => {
    const result = SetupValues.safeParse({
      officeName: '  مكتب الجالية في نواكشوط ',
      country: 'MR',
      officeType: 'consular-desk',
      username: 'Mohamed.Admin',
      displayName: 'محمد ولد عبد الله',
      passphrase: 'camel dune tea lantern',
      confirmation: 'camel dune tea lantern',
    });
    expect(result.success && result.data.officeName).toBe('مكتب الجالية في نواكشوط');
  });

  it('refuses a passphrase containing the username', () => {
    const result = SetupValues.safeParse({
      officeName: 'Bureau',
      country: 'NE',
      officeType: 'headquarters',
      username: 'amina',
      displayName: 'Amina',
      passphrase: 'amina rides the blue bus',
      confirmation: 'amina rides the blue bus',
    });
    expect(problems(result)).toEqual(['passphrase: weak-passphrase']);
  });
});

describe('new staff values', () => {
  it('needs the admin’s own passphrase and checks the optional contact details', () => {
    const result = NewStaffValues.safeParse({
      username: 'ama.clerk',
      displayName: 'Ama Owusu',
      role: 'clerk',
      phone: '024 123',
      email: 'ama@',
      passphrase: 'blue kente cloth river',
      confirmation: 'blue kente cloth river',
      adminPassphrase: '',
    });
    expect(problems(result)).toEqual([
      'phone: invalid-phone',
      'email: invalid-email',
      'adminPassphrase: required',
    ]);
  });
});
