import { canonicalJson } from '../../audit/canonical-json';
import type { Json } from '../json';
import { jsonElements, sameJson } from '../json';

export type Side = 'registry' | 'incoming';

export interface DroppedElement {
  readonly value: Json;
  readonly side: Side;
  readonly reason: 'replaced' | 'lww-lost' | 'union-removed';
}

export interface ListMerge {
  readonly value: Json[];
  readonly dropped: readonly DroppedElement[];
}

/**
 * Three-way merge of two lists edited from a common base, elements matched by `key`: additions
 * from both sides are kept (the union), a removal is honoured unless the other side edited that
 * element (an edit beats a removal), an element edited on one side takes that edit, and one
 * edited on both sides goes to the later writer. Order: the registry's, then incoming additions.
 * Every element that leaves is reported in `dropped`, for history.
 */
export function mergeLists(
  base: Json,
  registry: Json,
  incoming: Json,
  key: (element: Json) => string,
  incomingWins: boolean,
): ListMerge {
  const safeKey = keyOrCanonical(key);
  const b = byKey(base, safeKey);
  const r = byKey(registry, safeKey);
  const i = byKey(incoming, safeKey);
  const keys = new Set([...r.keys(), ...i.keys()]);
  const value: Json[] = [];
  const dropped: DroppedElement[] = [];
  for (const k of keys) {
    const merged = mergeElement(b.get(k), r.get(k), i.get(k), incomingWins);
    if (merged.keep !== undefined) value.push(merged.keep);
    dropped.push(...merged.dropped);
  }
  return { value, dropped };
}

interface ElementMerge {
  readonly keep?: Json;
  readonly dropped: readonly DroppedElement[];
}

function mergeElement(
  base: Json | undefined,
  reg: Json | undefined,
  inc: Json | undefined,
  incomingWins: boolean,
): ElementMerge {
  if (reg !== undefined && inc !== undefined) return mergeBoth(base, reg, inc, incomingWins);
  if (reg !== undefined) {
    // Only the registry has it: an incoming removal if the base had it unchanged.
    const removed = base !== undefined && sameJson(base, reg);
    return removed ? dropOf(reg, 'registry', 'union-removed') : { keep: reg, dropped: [] };
  }
  if (inc === undefined) return { dropped: [] };
  // Only the incoming side has it: the registry removed it unless the incoming side edited it.
  const removedByRegistry = base !== undefined && sameJson(base, inc);
  return removedByRegistry ? { dropped: [] } : { keep: inc, dropped: [] };
}

function mergeBoth(
  base: Json | undefined,
  reg: Json,
  inc: Json,
  incomingWins: boolean,
): ElementMerge {
  if (sameJson(reg, inc)) return { keep: reg, dropped: [] };
  if (base !== undefined && sameJson(base, inc)) return { keep: reg, dropped: [] };
  if (base !== undefined && sameJson(base, reg)) {
    return { keep: inc, dropped: dropOf(reg, 'registry', 'replaced').dropped };
  }
  return incomingWins
    ? { keep: inc, dropped: dropOf(reg, 'registry', 'lww-lost').dropped }
    : { keep: reg, dropped: dropOf(inc, 'incoming', 'lww-lost').dropped };
}

function dropOf(value: Json, side: Side, reason: DroppedElement['reason']): ElementMerge {
  return { dropped: [{ value, side, reason }] };
}

function byKey(list: Json, key: (element: Json) => string): Map<string, Json> {
  const map = new Map<string, Json>();
  for (const element of jsonElements(list)) {
    const k = key(element);
    if (!map.has(k)) map.set(k, element);
  }
  return map;
}

/** The field's element key, or the element's canonical JSON when the element is malformed. */
function keyOrCanonical(key: (element: Json) => string): (element: Json) => string {
  return (element) => {
    try {
      const k = key(element);
      return typeof k === 'string' ? `k:${k}` : `j:${canonicalJson(element)}`;
    } catch {
      return `j:${canonicalJson(element)}`;
    }
  };
}
