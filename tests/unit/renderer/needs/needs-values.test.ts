import { describe, expect, it } from 'vitest';
import { MissionRequest } from '../../../../shared/domain/mission-request';
import {
  emptyNeed,
  needContent,
  needValuesOf,
  NeedValues,
} from '../../../../renderer/src/screens/needs/need-values';
import { doctorNeed } from '../../shared/matching/matching-fixtures';

const language = (code: string) => ({ list: 'iso-639-3' as const, version: '2024', code });
const messages = (values: unknown) => {
  const parsed = NeedValues.safeParse(values);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('the need form', () => {
  it('turns a stored need into form values and back into the same record content', () => {
    const stored = doctorNeed({
      startDate: '2026-01-10',
      endDate: '2026-02-10',
      description: 'Bloc opératoire',
    });
    const values = NeedValues.parse(needValuesOf(stored));
    const content = needContent(
      values,
      (code) => stored.languages.find((l) => l.code === code) ?? language(code),
    );
    const { id, type, officeId, createdAt, updatedAt, rev, ...expected } = stored;
    expect(
      MissionRequest.parse({ id, type, officeId, createdAt, updatedAt, rev, ...content }),
    ).toEqual(stored);
    expect(content).toEqual(expected);
  });

  it('asks for a title, a host and an occupation, and refuses an end before the start', () => {
    expect(messages(emptyNeed)).toEqual([
      ['title', 'required'],
      ['hostInstitutionId', 'required'],
      ['occupation', 'required'],
    ]);
    const dated = { ...needValuesOf(doctorNeed()), startDate: '2026-02-01', endDate: '2026-01-01' };
    expect(messages(dated)).toEqual([['endDate', 'end-before-start']]);
    expect(messages({ ...dated, endDate: '2026-13-01' })).toEqual([['endDate', 'invalid-date']]);
  });

  it('leaves out what was not filled instead of storing empty values', () => {
    const values = NeedValues.parse({
      ...needValuesOf(doctorNeed()),
      sector: null,
      region: null,
      description: '',
    });
    const content = needContent(values, language);
    expect(Object.keys(content)).not.toContain('sector');
    expect(Object.keys(content)).not.toContain('region');
    expect(Object.keys(content)).not.toContain('description');
  });
});
