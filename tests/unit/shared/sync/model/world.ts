import fc from 'fast-check';
import type { Json } from '../../../../../shared/sync/json';
import { jsonElements, sameJson } from '../../../../../shared/sync/json';
import { splitIntoBatches } from '../../../../../shared/sync/protocol/batch-size';
import { PROTOCOL_VERSION } from '../../../../../shared/sync/protocol/protocol-version';
import { isResyncRequired } from '../../../../../shared/sync/protocol/pull-response';
import type { OfficeScope } from '../../../../../shared/sync/scope/scope';
import { uuid7 } from '../helpers';
import { OfficeModel } from './office-model';
import { RegistryModel } from './registry-model';

const coded = (list: string, code: string) => ({ list, version: '2024', code });

/** Small value pools so that offices collide often. */
export const pools: Record<string, readonly Json[]> = {
  notes: ['n1', 'n2', 'n3'],
  emigrationYear: [2001, 2002, 2003],
  sex: ['female', 'male', 'undisclosed'],
  email: ['a@example.org', 'b@example.org', null],
  residence: ['FR', 'CA', 'SN'].map((c) => ({ country: coded('iso-3166-1', c) })),
  origin: ['SN-DK', 'SN-TH'].map((r) => ({ region: coded('iso-3166-2', r) })),
};
export const SKILLS = ['solar pv', 'surgery', 'teaching'];
export const editableFields = [...Object.keys(pools), 'skills'];

/** Office 0 sees everything, office 1 people living in France, office 2 people from Dakar. */
export const scopes: readonly OfficeScope['scope'][] = [
  { kind: 'national' },
  { kind: 'residence', countries: ['FR'] },
  { kind: 'regions', regions: ['SN-DK'] },
];

const office = fc.integer({ min: 0, max: 2 });
export const actionArb = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      office,
      residence: fc.nat(2),
      origin: fc.nat(1),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      office,
      record: fc.nat(),
      field: fc.nat(),
      value: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), office, record: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('erase' as const),
      office,
      record: fc.nat(),
      roll: fc.nat(3),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('resolve' as const),
      office,
      conflict: fc.nat(),
      incoming: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('push' as const),
      office,
      picks: fc.array(fc.nat(), { maxLength: 8 }),
      lost: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pull' as const),
      office,
      limit: fc.integer({ min: 1, max: 6 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('sync' as const), office }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('tick' as const),
      ms: fc.integer({ min: 0, max: 120_000 }),
    }),
  },
);
export type Action = typeof actionArb extends fc.Arbitrary<infer A> ? A : never;

const DAY = 86_400_000;
/** Most clocks are right; some are days off either way. */
export const skewArb = fc.oneof(fc.constant(0), fc.integer({ min: -3 * DAY, max: 3 * DAY }));

export class World {
  readonly registry: RegistryModel;
  readonly offices: OfficeModel[];
  #ids = 0;

  constructor(skews: readonly number[]) {
    const newId = () => uuid7((this.#ids += 1), 9);
    this.offices = skews.map(
      (skew, i) => new OfficeModel(uuid7(i + 1, 2), uuid7(i + 1, 3), uuid7(i + 1, 4), skew, newId),
    );
    const officeScopes = new Map(
      this.offices.map((o, i) => [
        o.officeId,
        { officeId: o.officeId, scope: scopes[i] ?? { kind: 'national' as const } },
      ]),
    );
    this.registry = new RegistryModel(officeScopes);
    this.newRecordId = () => uuid7((this.#ids += 1), 8);
  }

  readonly newRecordId: () => string;

  run(action: Action): void {
    const now = this.registry.physicalMs;
    switch (action.kind) {
      case 'tick':
        this.registry.physicalMs += action.ms;
        return;
      case 'create': {
        const fields = {
          residence: pools['residence']?.[action.residence] ?? null,
          origin: pools['origin']?.[action.origin] ?? null,
          notes: 'n1',
        };
        this.#office(action.office).create(this.newRecordId(), fields, now);
        return;
      }
      case 'edit':
        this.#edit(action.office, action.record, action.field, action.value);
        return;
      case 'delete':
      case 'erase': {
        if (action.kind === 'erase' && action.roll !== 0) return;
        const o = this.#office(action.office);
        const ids = o.liveRecords();
        const id = ids[action.record % Math.max(ids.length, 1)];
        if (id) o.remove(id, action.kind, now);
        return;
      }
      case 'resolve': {
        const o = this.#office(action.office);
        const open = o.openConflicts();
        const conflict = open[action.conflict % Math.max(open.length, 1)];
        if (conflict) o.resolve(conflict, action.incoming ? 'incoming' : 'registry', now);
        return;
      }
      case 'push':
        this.#push(action.office, action.picks, action.lost);
        return;
      case 'pull':
        this.pull(action.office, action.limit);
        return;
      case 'sync':
        this.#sendAll(this.#office(action.office));
        this.pull(action.office, 1000);
        return;
    }
  }

  #office(i: number): OfficeModel {
    const o = this.offices[i];
    if (!o) throw new Error('no office');
    return o;
  }

  #edit(i: number, record: number, fieldIndex: number, valueIndex: number): void {
    const o = this.#office(i);
    const ids = o.liveRecords();
    const id = ids[record % Math.max(ids.length, 1)];
    const field = editableFields[fieldIndex % editableFields.length];
    if (!id || !field) return;
    if (field === 'skills') {
      const current = jsonElements(o.view(id)?.data['skills'] ?? null);
      const skill = SKILLS[valueIndex % SKILLS.length] ?? 'surgery';
      const has = current.some((s) => sameJson(s, skill));
      o.edit(
        id,
        field,
        has ? current.filter((s) => !sameJson(s, skill)) : [...current, skill],
        this.registry.physicalMs,
      );
      return;
    }
    const pool = pools[field] ?? [];
    o.edit(id, field, pool[valueIndex % pool.length] ?? null, this.registry.physicalMs);
  }

  /** Sends outbox ops picked with repeats and in any order; a lost response is never seen. */
  #push(i: number, picks: readonly number[], lost: boolean): void {
    const o = this.#office(i);
    if (o.outbox.length === 0 || picks.length === 0) return;
    const ops = picks.map((p) => o.outbox[p % o.outbox.length]!);
    const response = this.registry.push(this.#request(o.deviceId, o.skewMs, ops));
    if (!lost) o.takeResponse(ops, response);
  }

  #request(deviceId: string, skewMs: number, ops: readonly unknown[]) {
    return {
      protocolVersion: PROTOCOL_VERSION,
      deviceId,
      clientTime: this.registry.physicalMs + skewMs,
      ops,
    };
  }

  pull(i: number, limit: number): void {
    const o = this.#office(i);
    const response = this.registry.pull(o.officeId, {
      protocolVersion: PROTOCOL_VERSION,
      cursor: o.cursor,
      limit,
    });
    if (isResyncRequired(response)) throw new Error('unexpected resync');
    o.applyPage(response, this.registry.physicalMs);
  }

  /** Every office sends its whole outbox in order until the registry has settled all of it. */
  flush(): void {
    for (let round = 0; round < 5; round += 1) {
      for (const o of this.offices) this.#sendAll(o);
      if (this.offices.every((o) => o.outbox.length === 0)) return;
    }
    throw new Error('outboxes never drained');
  }

  #sendAll(o: OfficeModel): void {
    for (const batch of splitIntoBatches([...o.outbox])) {
      o.takeResponse(batch, this.registry.push(this.#request(o.deviceId, o.skewMs, batch)));
    }
  }

  pullAll(): void {
    for (const [i, o] of this.offices.entries()) {
      do this.pull(i, 50);
      while (o.cursor < this.registry.log.length);
    }
  }

  /** Sends ops again, straight to the registry, as a misbehaving network would. */
  replay(deviceIndex: number, ops: readonly unknown[]) {
    const o = this.#office(deviceIndex);
    return this.registry.push(this.#request(o.deviceId, o.skewMs, ops));
  }
}
