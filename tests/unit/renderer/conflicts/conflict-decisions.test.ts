import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conflict } from '../../../../shared/sync/protocol/conflict';
import {
  choiceOf,
  initialDecision,
} from '../../../../renderer/src/screens/conflicts/field-decision';
import { groupConflicts } from '../../../../renderer/src/screens/conflicts/group-conflicts';
import {
  mergedValueInput,
  mergedValueText,
  parseMergedValue,
} from '../../../../renderer/src/screens/conflicts/merged-value';

const author = {
  opId: '01900000-0000-7000-8000-000000000001',
  deviceId: '01900000-0000-7000-8000-000000000002',
  officeId: '01900000-0000-7000-8000-000000000003',
  userId: '01900000-0000-7000-8000-000000000004',
  hlc: '0000000001000:0000:n',
};

function conflict(recordId: string, field: string, values: Partial<Conflict> = {}): Conflict {
  return {
    id: `${recordId}:${field}`,
    recordId,
    recordType: 'person',
    field,
    base: 'a',
    registry: 'b',
    incoming: 'c',
    registryBy: author,
    incomingBy: author,
    rev: 2,
    status: 'open',
    ...values,
  };
}

const R1 = '01900000-0000-7000-8000-0000000000a1';
const R2 = '01900000-0000-7000-8000-0000000000a2';

describe('groupConflicts', () => {
  it('puts each record’s conflicts together, fields in form order, resolving ones apart', () => {
    const groups = groupConflicts(
      [
        { conflict: conflict(R2, 'notes'), status: 'open' },
        { conflict: conflict(R1, 'sex'), status: 'open' },
        { conflict: conflict(R1, 'names'), status: 'open' },
        { conflict: conflict(R1, 'phones'), status: 'resolving' },
      ],
      ['names', 'sex', 'phones', 'notes'],
    );
    expect(groups.map((g) => g.recordId)).toEqual([R1, R2]);
    expect(groups[0]?.open.map((c) => c.field)).toEqual(['names', 'sex']);
    expect(groups[0]?.resolving.map((c) => c.field)).toEqual(['phones']);
  });

  it('keeps every conflict exactly once, whatever the order it is listed in', () => {
    const fields = ['names', 'sex', 'notes', 'phones', 'unknownFutureField'];
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            record: fc.constantFrom(R1, R2),
            field: fc.constantFrom(...fields),
            open: fc.boolean(),
          }),
          { selector: (c) => `${c.record}:${c.field}` },
        ),
        (items) => {
          const listed = items.map((i) => ({
            conflict: conflict(i.record, i.field),
            status: i.open ? ('open' as const) : ('resolving' as const),
          }));
          const ids = groupConflicts(listed, fields.slice(0, 4)).flatMap((g) =>
            [...g.open, ...g.resolving].map((c) => c.id),
          );
          expect(ids.sort()).toEqual(listed.map((l) => l.conflict.id).sort());
        },
      ),
    );
  });
});

describe('merged values', () => {
  it('types text and numbers plainly and anything else as JSON', () => {
    expect(mergedValueInput(['Awa', 'Aoua'])).toBe('text');
    expect(mergedValueInput([2011, null])).toBe('number');
    expect(mergedValueInput([{ latin: { given: 'Awa' } }, null])).toBe('structured');
    expect(mergedValueText({ a: 1 }, 'structured')).toBe('{\n  "a": 1\n}');
    expect(mergedValueText(null, 'text')).toBe('');
  });

  it('checks a merged value against the person field’s schema', () => {
    expect(parseMergedValue('person', 'emigrationYear', ' 2012 ', 'number')).toEqual({
      ok: true,
      value: 2012,
    });
    expect(parseMergedValue('person', 'emigrationYear', 'soon', 'number')).toEqual({
      ok: false,
      code: 'invalid-value',
    });
    expect(parseMergedValue('person', 'sex', 'female', 'text')).toEqual({
      ok: true,
      value: 'female',
    });
    expect(parseMergedValue('person', 'sex', 'feminine', 'text')).toEqual({
      ok: false,
      code: 'invalid-value',
    });
    const names = '{"latin": {"given": "Awa", "family": "Diallo"}}';
    expect(parseMergedValue('person', 'names', names, 'structured')).toEqual({
      ok: true,
      value: { latin: { given: 'Awa', family: 'Diallo' } },
    });
    expect(parseMergedValue('person', 'names', '{"latin": ', 'structured')).toEqual({
      ok: false,
      code: 'invalid-json',
    });
    expect(parseMergedValue('person', 'notes', '   ', 'text')).toEqual({ ok: true, value: null });
  });
});

describe('field decisions', () => {
  it('needs a choice, and turns each choice into what the engine takes', () => {
    const c = conflict(R1, 'sex', { base: 'female', registry: 'male', incoming: 'undisclosed' });
    const start = initialDecision(c);
    expect(start).toEqual({ kind: null, text: 'male', input: 'text' });
    expect(choiceOf(c, start)).toEqual({ ok: false, code: 'no-choice' });
    expect(choiceOf(c, { ...start, kind: 'keep-registry' })).toEqual({
      ok: true,
      choice: { kind: 'keep-registry' },
    });
    expect(choiceOf(c, { ...start, kind: 'use-incoming' })).toEqual({
      ok: true,
      choice: { kind: 'use-incoming' },
    });
    expect(choiceOf(c, { ...start, kind: 'edit', text: 'female' })).toEqual({
      ok: true,
      choice: { kind: 'value', value: 'female' },
    });
    expect(choiceOf(c, { ...start, kind: 'edit', text: 'nobody' })).toEqual({
      ok: false,
      code: 'invalid-value',
    });
  });
});
