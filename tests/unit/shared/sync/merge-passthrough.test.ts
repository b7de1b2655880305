import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MergeApplied } from '../../../../shared/sync/merge/merge-context';
import type { RecordState } from '../../../../shared/sync/merge/record-state';
import { DELETED_FIELD } from '../../../../shared/sync/merge/record-state';
import type { Conflict } from '../../../../shared/sync/protocol/conflict';
import { applied, fromDevice, merge, op, set } from './helpers';

function created(): RecordState {
  return applied(
    null,
    op({
      kind: 'create',
      changes: { ...set('notes', null, 'first'), ...set('sex', null, 'female') },
    }),
  ).next;
}

describe('unknown fields from a newer client', () => {
  it('are kept in the passthrough bag, merged like any field, never dropped', () => {
    const newer = op({
      kind: 'update',
      baseRev: 1,
      formatVersion: 2,
      changes: set('whatsappOptIn', null, true),
    });
    const result = applied(created(), newer);
    expect(result.next.extra).toEqual({ whatsappOptIn: true });
    expect(result.next.data).not.toHaveProperty('whatsappOptIn');
    expect(result.next.fieldMeta['whatsappOptIn']?.rev).toBe(2);
  });

  it('conflict (policy human) rather than overwrite each other, since their meaning is unknown', () => {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('futureField', null, 'a') }),
    ).next;
    const result = applied(
      s1,
      op({
        kind: 'update',
        baseRev: 1,
        ...fromDevice('B'),
        changes: set('futureField', null, 'b'),
      }),
    );
    expect(result.outcome).toBe('conflict');
    expect(result.next.extra['futureField']).toBe('a');
  });

  it('survive edits from older clients, which never send them', () => {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('futureField', null, 'kept') }),
    ).next;
    const older = applied(
      s1,
      op({ kind: 'update', baseRev: 2, ...fromDevice('B'), changes: set('notes', 'first', 'x') }),
    );
    expect(older.next.extra).toEqual({ futureField: 'kept' });
  });

  it('are erased with the record', () => {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('futureField', null, 'secret') }),
    ).next;
    expect(applied(s1, op({ kind: 'erase' })).next.extra).toEqual({});
  });

  it('must still look like a field name and stay within size limits', () => {
    expect(
      merge(created(), op({ kind: 'update', baseRev: 1, changes: set('$sneaky', null, 1) })),
    ).toEqual({ outcome: 'rejected', code: 'invalid-op' });
    expect(
      merge(
        created(),
        op({ kind: 'update', baseRev: 1, changes: set('blob', null, 'x'.repeat(70_000)) }),
      ),
    ).toEqual({ outcome: 'rejected', code: 'invalid-op' });
  });
});

describe('an edit made during a round trip', () => {
  // The office pushed an edit; before the answer came back (or before it pulled the result) the
  // user edited again. Its base rev is still the pulled one, its `from` what the screen shows.
  it('merges after the device’s own in-flight edit', () => {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('sex', 'female', 'male') }),
    ).next;
    const again = applied(
      s1,
      op({ kind: 'update', baseRev: 1, changes: set('sex', 'male', 'undisclosed') }),
    );
    expect(again.outcome).toBe('applied');
    expect(again.next.data['sex']).toBe('undisclosed');
  });

  it('still conflicts when another office changed the field during the round trip', () => {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('sex', 'female', 'male') }),
    ).next;
    const other = applied(
      s1,
      op({
        kind: 'update',
        baseRev: 2,
        ...fromDevice('B'),
        changes: set('sex', 'male', 'undisclosed'),
      }),
    ).next;
    const mine = applied(
      other,
      op({ kind: 'update', baseRev: 1, changes: set('sex', 'male', 'female') }),
    );
    expect(mine.outcome).toBe('conflict');
    expect(mine.next.data['sex']).toBe('undisclosed');
  });

  it('never lets a stale view undo another office’s union addition merged into the device’s write', () => {
    const base = applied(
      null,
      op({ kind: 'create', changes: set('skills', null, ['surgery']) }),
    ).next;
    const b = applied(
      base,
      op({
        kind: 'update',
        baseRev: 1,
        ...fromDevice('B'),
        changes: set('skills', ['surgery'], ['surgery', 'teaching']),
      }),
    ).next;
    // A (still at rev 1) adds solar pv: merged with B's teaching.
    const a = applied(
      b,
      op({
        kind: 'update',
        baseRev: 1,
        changes: set('skills', ['surgery'], ['surgery', 'solar pv']),
      }),
    ).next;
    expect(a.data['skills']).toEqual(['surgery', 'teaching', 'solar pv']);
    // A, not having pulled, removes surgery from what its screen shows.
    const stale = applied(
      a,
      op({
        kind: 'update',
        baseRev: 1,
        changes: set('skills', ['surgery', 'solar pv'], ['solar pv']),
      }),
    );
    expect(stale.next.data['skills']).toEqual(['teaching', 'solar pv']);
  });

  it('a stale view of its own value is at worst a conflict for a human field, never an overwrite', () => {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('sex', 'female', 'male') }),
    ).next;
    const stale = applied(
      s1,
      op({ kind: 'update', baseRev: 1, changes: set('sex', 'female', 'undisclosed') }),
    );
    expect(stale.outcome).toBe('conflict');
    expect(stale.next.data['sex']).toBe('male');
  });
});

describe('a resolution that repeats its own conflict', () => {
  it('keeps the conflict open instead of superseding it with itself (regression)', () => {
    // Device B deleted after A's edit (delete-vs-edit conflict); B, still seeing the record as
    // deleted locally, "resolves" for the delete from that stale view.
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('notes', 'first', 'a') }),
    ).next;
    const del = applied(s1, op({ kind: 'delete', baseRev: 1, ...fromDevice('B') }));
    const conflict = del.conflicts[0] as Conflict;
    const stale = op({
      kind: 'resolve',
      baseRev: 1,
      ...fromDevice('B'),
      conflictId: conflict.id,
      changes: set(DELETED_FIELD, true, true),
    });
    const result = applied(del.next, stale, [conflict]);
    expect(result.conflicts).toEqual([]);
    expect(result.conflictIds).toEqual([conflict.id]);
    expect(result.next.deleted).toBe(false);
  });
});

describe('merging the same op twice (below the opId de-duplication)', () => {
  const field = fc.constantFrom('notes', 'sex', 'skills', 'emigrationYear');
  const valueFor = (f: string) =>
    f === 'skills'
      ? fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 })
      : f === 'sex'
        ? fc.constantFrom('female', 'male', 'undisclosed')
        : f === 'notes'
          ? fc.constantFrom('x', 'y', 'z')
          : fc.constantFrom(2001, 2002, 2003);
  const change = field.chain((f) =>
    fc.tuple(fc.constant(f), valueFor(f), valueFor(f), valueFor(f)),
  );
  const device = fc.constantFrom<'A' | 'B'>('A', 'B');

  it('leaves the record and its open conflicts as applying it once did', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(change, device), { minLength: 1, maxLength: 8 }), (steps) => {
        let state: RecordState | null = null;
        let conflicts: Conflict[] = [];
        const step = (s: RecordState | null, o: ReturnType<typeof op>): MergeApplied | null => {
          const r = merge(s, o, conflicts);
          return r.outcome === 'rejected' ? null : r;
        };
        for (const [[f, from, to], d] of steps) {
          const kind = state ? 'update' : 'create';
          const o = op({
            kind,
            baseRev: state ? 1 : 0,
            ...fromDevice(d),
            changes: set(f, state ? from : null, to),
          });
          const once = step(state, o);
          if (!once) continue;
          const withOnce = [
            ...conflicts.filter((c) => !once.conflicts.some((n) => n.id === c.id)),
            ...once.conflicts,
          ];
          const twice = merge(once.next, o, withOnce);
          if (twice.outcome === 'rejected') throw new Error('second merge rejected');
          expect(twice.next).toEqual(once.next);
          expect(twice.conflicts).toEqual([]);
          state = once.next;
          conflicts = withOnce;
        }
      }),
    );
  });
});
