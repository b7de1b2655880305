import { canonicalJson } from '../audit/canonical-json';
import type { FieldChange } from './op';

/** A JSON value as ops carry it; `null` stands for "absent". */
export type Json = FieldChange['to'];
export type JsonObject = { [key: string]: Json };

/** Deep equality of JSON values, blind to object key order. */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/** The elements of a list value; anything else (absent included) has none. */
export function jsonElements(value: Json | undefined): readonly Json[] {
  return Array.isArray(value) ? value : [];
}
