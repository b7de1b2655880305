import { describe, expect, it } from 'vitest';
import { recoveryKeyGroups } from '../../../renderer/src/recovery/recovery-key-groups';
import { minutesAndSeconds } from '../../../renderer/src/screens/unlock/use-countdown';

describe('lockout countdown', () => {
  it('splits the time left into minutes and seconds, rounding up', () => {
    expect(minutesAndSeconds(30_000)).toEqual({ minutes: 0, seconds: 30 });
    expect(minutesAndSeconds(29_001)).toEqual({ minutes: 0, seconds: 30 });
    expect(minutesAndSeconds(95_000)).toEqual({ minutes: 1, seconds: 35 });
    expect(minutesAndSeconds(3_600_000)).toEqual({ minutes: 60, seconds: 0 });
    expect(minutesAndSeconds(0)).toEqual({ minutes: 0, seconds: 0 });
  });
});

describe('recovery key display', () => {
  it('shows the key in its groups of five', () => {
    expect(recoveryKeyGroups('7K3QD-M0XJ2-AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF')).toEqual([
      '7K3QD',
      'M0XJ2',
      'AAAAA',
      'BBBBB',
      'CCCCC',
      'DDDDD',
      'EEEEE',
      'FFFFF',
    ]);
  });
});
