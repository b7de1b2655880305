import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  DiasporaAssociation,
  PartnerInstitution,
  envelopeFields,
  fieldSensitivity,
  fieldsWithSensitivity,
  recordSchemas,
  recordSensitivity,
  recordTypes,
  type RecordType,
} from '../../../../shared/domain';

function schemaFields(type: RecordType): string[] {
  if (type === 'organisation') {
    return [
      ...new Set([
        ...Object.keys(PartnerInstitution.shape),
        ...Object.keys(DiasporaAssociation.shape),
      ]),
    ];
  }
  return Object.keys((recordSchemas[type] as z.ZodObject).shape);
}

describe('fieldSensitivity', () => {
  it.each(recordTypes)('classifies every field of %s, and nothing else', (type) => {
    expect(Object.keys(fieldSensitivity[type]).sort()).toEqual(schemaFields(type).sort());
  });

  it('leaves only the envelope and references in clear for a person', () => {
    expect(fieldsWithSensitivity('person', 'reference').sort()).toEqual([...envelopeFields].sort());
  });

  it('marks what DOMAIN.md calls high risk', () => {
    expect(fieldsWithSensitivity('person', 'high-risk').sort()).toEqual(
      [
        'addressHome',
        'documents',
        'emergencyContact',
        'hometownAssociation',
        'notes',
        'origin',
        'placeOfBirth',
      ].sort(),
    );
    expect(fieldSensitivity.consultation.notes).toBe('high-risk');
    expect(fieldSensitivity.referral.notes).toBe('high-risk');
  });

  it('rates whole record types by their most sensitive field', () => {
    expect(recordSensitivity('person')).toBe('high-risk');
    expect(recordSensitivity('consent')).toBe('personal');
    expect(recordSensitivity('mission-request')).toBe('reference');
    expect(recordSensitivity('office')).toBe('reference');
  });
});
