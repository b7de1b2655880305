import type { z } from 'zod';
import { fieldSensitivity } from '../../domain/field-sensitivity';
import { envelopeFields } from '../../domain/record-envelope';
import type { RecordType } from '../../domain/record-envelope';
import { recordSchemas } from '../../domain/record-schemas';
import { personMergePolicies, personUnionKeys } from '../../domain/person-merge-policies';
import type { Json } from '../json';
import type { RecordRules } from './record-rules';

const envelope = new Set<string>(envelopeFields);
type UnionKeys = Readonly<Record<string, (element: Json) => string>>;

/**
 * The merge rules of a record type, from the domain: field lists from the sensitivity map (which
 * covers every field of every type), per-field validation from the zod schemas, Person's
 * policies and union keys. Types without their own policy table take `lww` (the loser is kept in
 * history, so nothing is lost).
 */
export function domainRules(type: RecordType): RecordRules {
  const classes = fieldSensitivity[type];
  const fields = Object.keys(classes).filter((field) => !envelope.has(field));
  const schemas = fieldSchemas(type);
  return {
    policies: type === 'person' ? personMergePolicies : {},
    defaultPolicy: 'lww',
    // Values are validated before they are merged, so elements have the key's input shape.
    unionKeys: type === 'person' ? (personUnionKeys as unknown as UnionKeys) : {},
    knownFields: new Set(fields),
    erasureKeeps: new Set(fields.filter((field) => classes[field] === 'reference')),
    validate: (field, value) => validateField(schemas.get(field) ?? [], value),
  };
}

/** Each field's schemas; a union type (organisation) gives one per variant that has the field. */
function fieldSchemas(type: RecordType): Map<string, z.ZodType[]> {
  const schema: z.ZodType = recordSchemas[type];
  const variants = 'options' in schema ? (schema.options as z.ZodType[]) : [schema];
  const byField = new Map<string, z.ZodType[]>();
  for (const variant of variants) {
    const shape = (variant as unknown as { shape: Record<string, z.ZodType> }).shape;
    for (const [field, fieldSchema] of Object.entries(shape)) {
      byField.set(field, [...(byField.get(field) ?? []), fieldSchema]);
    }
  }
  return byField;
}

function validateField(schemas: readonly z.ZodType[], value: Json): boolean {
  const input = value === null ? undefined : value;
  return schemas.some((schema) => schema.safeParse(input).success);
}

const cache = new Map<RecordType, RecordRules>();

/** {@link domainRules}, built once per type. */
export function rulesFor(type: RecordType): RecordRules {
  let rules = cache.get(type);
  if (!rules) {
    rules = domainRules(type);
    cache.set(type, rules);
  }
  return rules;
}
