import { describe, expect, it } from 'vitest';
import { readField } from '../../../../shared/sync/merge/field-access';
import type { RecordState } from '../../../../shared/sync/merge/record-state';
import { DELETED_FIELD } from '../../../../shared/sync/merge/record-state';
import { applied, country, fromDevice, merge, op, set, stampAt } from './helpers';

/** A person created by device A with notes, sex and skills, at rev 1. */
function created(): RecordState {
  const changes = {
    ...set('notes', null, 'first'),
    ...set('sex', null, 'female'),
    ...set('skills', null, ['surgery']),
    ...set('emigrationYear', null, 2001),
  };
  return applied(null, op({ kind: 'create', changes })).next;
}

describe('mergeOp: field-level three-way merge', () => {
  it('creates a record at rev 1 with every field tracked at that rev', () => {
    const state = created();
    expect(state.rev).toBe(1);
    expect(state.data).toEqual({
      notes: 'first',
      sex: 'female',
      skills: ['surgery'],
      emigrationYear: 2001,
    });
    expect(Object.values(state.fieldMeta).every((m) => m.rev === 1)).toBe(true);
  });

  it('merges a field nobody else changed since the base, keeping the old value in history', () => {
    const state = created();
    const result = applied(
      state,
      op({
        kind: 'update',
        baseRev: 1,
        ...fromDevice('B'),
        changes: set('notes', 'first', 'second'),
      }),
    );
    expect(result.outcome).toBe('applied');
    expect(result.next.data['notes']).toBe('second');
    expect(result.next.rev).toBe(2);
    expect(result.history).toMatchObject([{ field: 'notes', value: 'first', reason: 'replaced' }]);
  });

  it('merges fields changed on both sides when they are different fields', () => {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('notes', 'first', 'a') }),
    ).next;
    const b = op({
      kind: 'update',
      baseRev: 1,
      ...fromDevice('B'),
      changes: set('emigrationYear', 2001, 2003),
    });
    const result = applied(s1, b);
    expect(result.outcome).toBe('applied');
    expect(result.next.data).toMatchObject({ notes: 'a', emigrationYear: 2003 });
  });

  it('treats the same value as a no-op, even when concurrent', () => {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('sex', 'female', 'male') }),
    ).next;
    const result = applied(
      s1,
      op({ kind: 'update', baseRev: 1, ...fromDevice('B'), changes: set('sex', 'female', 'male') }),
    );
    expect(result.outcome).toBe('applied');
    expect(result.changed).toBe(false);
    expect(result.next).toBe(s1);
    expect(result.conflicts).toEqual([]);
  });

  it('lww: the later HLC wins whichever arrives first, and the loser is kept in history', () => {
    const early = op({
      kind: 'update',
      baseRev: 1,
      hlc: stampAt(5_000),
      changes: set('notes', 'first', 'early'),
    });
    const late = op({
      kind: 'update',
      baseRev: 1,
      hlc: stampAt(6_000),
      ...fromDevice('B'),
      changes: set('notes', 'first', 'late'),
    });
    const lateFirst = applied(applied(created(), late).next, early);
    expect(lateFirst.next.data['notes']).toBe('late');
    expect(lateFirst.history).toMatchObject([{ value: 'early', reason: 'lww-lost' }]);
    const earlyFirst = applied(applied(created(), early).next, late);
    expect(earlyFirst.next.data['notes']).toBe('late');
    expect(earlyFirst.history).toMatchObject([{ value: 'early', reason: 'lww-lost' }]);
  });

  it('union: keeps both sides’ additions and honours a removal', () => {
    const s1 = applied(
      created(),
      op({
        kind: 'update',
        baseRev: 1,
        changes: set('skills', ['surgery'], ['surgery', 'teaching']),
      }),
    ).next;
    const b = op({
      kind: 'update',
      baseRev: 1,
      ...fromDevice('B'),
      changes: set('skills', ['surgery'], ['solar pv']),
    });
    const result = applied(s1, b);
    expect(result.next.data['skills']).toEqual(['teaching', 'solar pv']);
    expect(result.history).toMatchObject([
      { field: 'skills', value: 'surgery', reason: 'union-removed' },
    ]);
  });

  it('union: matches elements by the union key and lets the later edit of one element win', () => {
    const fra = (proficiency: string) => ({
      language: { list: 'iso-639-3', version: '2024', code: 'fra' },
      proficiency,
    });
    const base = applied(
      null,
      op({ kind: 'create', changes: set('languages', null, [fra('basic')]) }),
    ).next;
    const a = op({
      kind: 'update',
      baseRev: 1,
      hlc: stampAt(9_000),
      changes: set('languages', [fra('basic')], [fra('fluent')]),
    });
    const b = op({
      kind: 'update',
      baseRev: 1,
      hlc: stampAt(9_500),
      ...fromDevice('B'),
      changes: set('languages', [fra('basic')], [fra('native')]),
    });
    const result = applied(applied(base, a).next, b);
    expect(result.next.data['languages']).toEqual([fra('native')]);
    expect(result.history).toMatchObject([{ value: fra('fluent'), reason: 'lww-lost' }]);
  });

  it('human: the registry value stays and a conflict records base, both values and who', () => {
    const a = op({ kind: 'update', baseRev: 1, changes: set('sex', 'female', 'male') });
    const s1 = applied(created(), a).next;
    const b = op({
      kind: 'update',
      baseRev: 1,
      ...fromDevice('B'),
      changes: set('sex', 'female', 'undisclosed'),
    });
    const result = applied(s1, b);
    expect(result.outcome).toBe('conflict');
    expect(result.next.data['sex']).toBe('male');
    expect(result.conflicts).toMatchObject([
      {
        field: 'sex',
        base: 'female',
        registry: 'male',
        incoming: 'undisclosed',
        registryBy: { opId: a.opId, officeId: a.officeId },
        incomingBy: { opId: b.opId, officeId: b.officeId },
        status: 'open',
      },
    ]);
    expect(result.conflictIds).toEqual([result.conflicts[0]?.id]);
  });

  it('joins an open conflict instead of raising the same one twice', () => {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('sex', 'female', 'male') }),
    ).next;
    const first = applied(
      s1,
      op({
        kind: 'update',
        baseRev: 1,
        ...fromDevice('B'),
        changes: set('sex', 'female', 'undisclosed'),
      }),
    );
    const again = applied(
      s1,
      op({
        kind: 'update',
        baseRev: 1,
        ...fromDevice('B'),
        changes: set('sex', 'female', 'undisclosed'),
      }),
      first.conflicts,
    );
    expect(again.conflicts).toEqual([]);
    expect(again.conflictIds).toEqual([first.conflicts[0]?.id]);
  });
});

describe('mergeOp: delete vs edit', () => {
  it('deletes when nobody else edited since the base (the values stay at the registry)', () => {
    const result = applied(created(), op({ kind: 'delete', baseRev: 1, ...fromDevice('B') }));
    expect(result.next.deleted).toBe(true);
    expect(result.next.data['notes']).toBe('first');
  });

  it('a delete after someone else’s edit is a conflict, never a silent delete', () => {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('notes', 'first', 'edited') }),
    ).next;
    const result = applied(s1, op({ kind: 'delete', baseRev: 1, ...fromDevice('B') }));
    expect(result.outcome).toBe('conflict');
    expect(result.next.deleted).toBe(false);
    expect(result.conflicts).toMatchObject([
      { field: DELETED_FIELD, registry: false, incoming: true },
    ]);
  });

  it('an edit reaching a deleted record is kept there and raises a conflict', () => {
    const s1 = applied(created(), op({ kind: 'delete', baseRev: 1 })).next;
    const result = applied(
      s1,
      op({
        kind: 'update',
        baseRev: 1,
        ...fromDevice('B'),
        changes: set('notes', 'first', 'late edit'),
      }),
    );
    expect(result.outcome).toBe('conflict');
    expect(result.next.deleted).toBe(true);
    expect(result.next.data['notes']).toBe('late edit');
    expect(result.conflicts).toMatchObject([
      { field: DELETED_FIELD, registry: true, incoming: false },
    ]);
  });

  it('a device deleting after its own edits is no conflict', () => {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('notes', 'first', 'mine') }),
    ).next;
    expect(applied(s1, op({ kind: 'delete', baseRev: 1 })).next.deleted).toBe(true);
  });
});

describe('mergeOp: erasure tombstone', () => {
  it('removes personal fields, blanks conflicts, purges history, and refuses later writes', () => {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('sex', 'female', 'male') }),
    ).next;
    const raised = applied(
      s1,
      op({
        kind: 'update',
        baseRev: 1,
        ...fromDevice('B'),
        changes: set('sex', 'female', 'undisclosed'),
      }),
    );
    const erased = applied(
      s1,
      op({ kind: 'erase', baseRev: 0, ...fromDevice('B') }),
      raised.conflicts,
    );
    expect(erased.next).toMatchObject({ erased: true, data: {}, extra: {} });
    expect(erased.purgeHistory).toBe(true);
    expect(erased.conflicts).toMatchObject([
      {
        base: null,
        registry: null,
        incoming: null,
        status: 'resolved',
        resolution: { kind: 'erased' },
      },
    ]);
    for (const kind of ['update', 'create', 'delete', 'merge'] as const) {
      const late = merge(
        erased.next,
        op({
          kind,
          baseRev: 1,
          changes: kind === 'update' || kind === 'create' ? set('notes', 'first', 'back') : {},
        }),
      );
      expect(late).toEqual({ outcome: 'rejected', code: 'erased' });
    }
    expect(applied(erased.next, op({ kind: 'erase' })).changed).toBe(false);
  });
});

describe('mergeOp: resolving conflicts', () => {
  function withConflict() {
    const s1 = applied(
      created(),
      op({ kind: 'update', baseRev: 1, changes: set('sex', 'female', 'male') }),
    ).next;
    const raised = applied(
      s1,
      op({
        kind: 'update',
        baseRev: 1,
        ...fromDevice('B'),
        changes: set('sex', 'female', 'undisclosed'),
      }),
    );
    const conflict = raised.conflicts[0];
    if (!conflict) throw new Error('no conflict');
    return { state: raised.next, conflict };
  }

  it('applies the chosen value and closes the conflict, the other value going to history', () => {
    const { state, conflict } = withConflict();
    const resolve = op({
      kind: 'resolve',
      baseRev: state.rev,
      conflictId: conflict.id,
      changes: set('sex', 'male', 'undisclosed'),
    });
    const result = applied(state, resolve, [conflict]);
    expect(result.outcome).toBe('applied');
    expect(result.next.data['sex']).toBe('undisclosed');
    expect(result.conflicts).toMatchObject([
      { id: conflict.id, status: 'resolved', resolution: { kind: 'chosen', value: 'undisclosed' } },
    ]);
    expect(result.history.map((h) => h.value)).toEqual(['male']);
  });

  it('a resolution made against a stale registry value raises a fresh conflict instead', () => {
    const { state, conflict } = withConflict();
    const meanwhile = applied(
      state,
      op({
        kind: 'update',
        baseRev: state.rev,
        ...fromDevice('B'),
        changes: set('sex', 'male', 'female'),
      }),
    ).next;
    const resolve = op({
      kind: 'resolve',
      baseRev: state.rev,
      conflictId: conflict.id,
      changes: set('sex', 'male', 'undisclosed'),
    });
    const result = applied(meanwhile, resolve, [conflict]);
    expect(result.outcome).toBe('conflict');
    expect(result.next.data['sex']).toBe('female');
    const [superseded, fresh] = result.conflicts;
    expect(fresh).toMatchObject({
      field: 'sex',
      base: 'male',
      registry: 'female',
      incoming: 'undisclosed',
      status: 'open',
    });
    expect(superseded).toMatchObject({
      id: conflict.id,
      status: 'resolved',
      resolution: { kind: 'superseded', conflictId: fresh?.id },
    });
  });

  it('a second, different resolution of a settled conflict raises a fresh conflict; the same one is a no-op', () => {
    const { state, conflict } = withConflict();
    const first = applied(
      state,
      op({
        kind: 'resolve',
        baseRev: state.rev,
        conflictId: conflict.id,
        changes: set('sex', 'male', 'undisclosed'),
      }),
      [conflict],
    );
    const settled = first.conflicts[0];
    if (!settled) throw new Error('not settled');
    const same = applied(
      first.next,
      op({
        kind: 'resolve',
        ...fromDevice('B'),
        baseRev: state.rev,
        conflictId: conflict.id,
        changes: set('sex', 'male', 'undisclosed'),
      }),
      [settled],
    );
    expect(same.changed).toBe(false);
    const other = applied(
      first.next,
      op({
        kind: 'resolve',
        ...fromDevice('B'),
        baseRev: state.rev,
        conflictId: conflict.id,
        changes: set('sex', 'male', 'male'),
      }),
      [settled],
    );
    expect(other.outcome).toBe('conflict');
    expect(other.next.data['sex']).toBe('undisclosed');
  });

  it('refuses a resolve naming an unknown conflict or another field', () => {
    const { state, conflict } = withConflict();
    expect(
      merge(
        state,
        op({
          kind: 'resolve',
          baseRev: state.rev,
          conflictId: 'nope',
          changes: set('sex', 'male', 'male'),
        }),
        [conflict],
      ),
    ).toEqual({ outcome: 'rejected', code: 'invalid-op' });
    expect(
      merge(
        state,
        op({
          kind: 'resolve',
          baseRev: state.rev,
          conflictId: conflict.id,
          changes: set('notes', 'first', 'x'),
        }),
        [conflict],
      ),
    ).toEqual({ outcome: 'rejected', code: 'invalid-op' });
  });

  it('restores a deleted record when a delete-vs-edit conflict is settled that way', () => {
    const s1 = applied(created(), op({ kind: 'delete', baseRev: 1 })).next;
    const edit = applied(
      s1,
      op({
        kind: 'update',
        baseRev: 1,
        ...fromDevice('B'),
        changes: set('notes', 'first', 'late edit'),
      }),
    );
    const conflict = edit.conflicts[0];
    if (!conflict) throw new Error('no conflict');
    const resolve = op({
      kind: 'resolve',
      baseRev: edit.next.rev,
      conflictId: conflict.id,
      changes: set(DELETED_FIELD, true, false),
    });
    const result = applied(edit.next, resolve, [conflict]);
    expect(result.next.deleted).toBe(false);
    expect(result.next.data['notes']).toBe('late edit');
  });
});

describe('mergeOp: validation and rebasing', () => {
  it('refuses an invalid value for a known field, and the envelope or lifecycle fields', () => {
    expect(merge(null, op({ kind: 'create', changes: set('sex', null, 'robot') }))).toEqual({
      outcome: 'rejected',
      code: 'invalid-op',
    });
    expect(merge(null, op({ kind: 'create', changes: set('officeId', null, 'x') }))).toEqual({
      outcome: 'rejected',
      code: 'invalid-op',
    });
    expect(merge(null, op({ kind: 'create', changes: set(DELETED_FIELD, null, true) }))).toEqual({
      outcome: 'rejected',
      code: 'invalid-op',
    });
  });

  it('asks for a rebase when the base is a state the registry never had', () => {
    expect(merge(null, op({ kind: 'update', changes: set('notes', null, 'x') }))).toEqual({
      outcome: 'rejected',
      code: 'stale-base',
    });
    expect(
      merge(created(), op({ kind: 'update', baseRev: 7, changes: set('notes', 'first', 'x') })),
    ).toEqual({ outcome: 'rejected', code: 'stale-base' });
  });

  it('residence is a human field: moving a person is never silently overwritten', () => {
    const s1 = applied(
      null,
      op({ kind: 'create', changes: set('residence', null, { country: country('FR') }) }),
    ).next;
    const s2 = applied(
      s1,
      op({
        kind: 'update',
        baseRev: 1,
        changes: set('residence', { country: country('FR') }, { country: country('CA') }),
      }),
    ).next;
    const result = applied(
      s2,
      op({
        kind: 'update',
        baseRev: 1,
        ...fromDevice('B'),
        changes: set('residence', { country: country('FR') }, { country: country('SN') }),
      }),
    );
    expect(result.outcome).toBe('conflict');
    expect(readField(result.next, 'residence')).toEqual({ country: country('CA') });
  });
});
