import { describe, expect, it } from 'vitest';
import { MissionRequest } from '../../../../shared/domain';
import { code, envelope, issuesOf } from './fixtures';

const request = () => ({
  ...envelope('mission-request'),
  hostInstitutionId: '0190a6b4-7c1e-7a00-8000-0000000000e2',
  title: 'Enseignement de l’hydraulique urbaine',
  occupation: code('isco-08', '2310'),
  skills: ['hydraulique'],
  languages: [code('iso-639-3', 'fra')],
  sector: code('isic-rev4', '8530'),
  region: code('iso-3166-2', 'NE-8'),
  mode: 'distance-teaching',
  duration: '2-weeks-to-3-months',
  startDate: '2025-10-01',
  endDate: '2025-12-15',
  expertsNeeded: 2,
  status: 'open',
});

describe('MissionRequest', () => {
  it('accepts a distance-teaching request from a university', () => {
    expect(MissionRequest.parse(request()).expertsNeeded).toBe(2);
  });

  it('refuses an end before the start, return as a mode and zero experts', () => {
    expect(issuesOf(MissionRequest, { ...request(), endDate: '2025-09-30' })).toEqual([
      ['endDate', 'end-before-start'],
    ]);
    expect(issuesOf(MissionRequest, { ...request(), mode: 'return', expertsNeeded: 0 })).toEqual([
      ['mode', 'invalid-value'],
      ['expertsNeeded', 'too-small'],
    ]);
  });
});
