import { hlcZero, type Hlc } from '../../../shared/sync/hlc';
import { stampIncoming, type IncomingStamp } from '../../../shared/sync/clock/stamp-incoming';

/**
 * The registry's hybrid logical clock, one per process. It only stamps ops whose office clock ran
 * beyond the drift bound, and moves with the registry's own physical time, never a client's
 * (DESIGN.md "Clocks"). It starts from the physical time after a restart, which is later.
 */
export class RegistryClock {
  #clock: Hlc = hlcZero('registry');

  /** The stamp an incoming op is ordered by (its own, or the registry's when it ran ahead). */
  stamp(opHlc: string, physicalMs: number): IncomingStamp {
    const stamped = stampIncoming(this.#clock, opHlc, physicalMs);
    this.#clock = stamped.clock;
    return stamped;
  }
}
