/**
 * One direction of a simulated slow link: a serial line of `bytesPerSecond`, shared by every
 * connection crossing it in that direction, plus a one-way delay. Pure arithmetic over times in
 * ms, so it is easy to reason about: a segment starts when the line is free, takes its size
 * over the rate, and arrives one-way delay later; a lost segment is sent again after `rtoMs`
 * (it costs the line twice and arrives late, as TCP retransmission does).
 */
export interface LaneSettings {
  /** Line rate of this direction; Infinity for no cap. */
  readonly bytesPerSecond: number;
  /** Added to every segment's arrival: half the round trip. */
  readonly oneWayMs: number;
  /** Retransmission timeout after a lost segment. */
  readonly rtoMs: number;
}

export class SlowLinkLane {
  #freeAt = 0;

  constructor(readonly settings: LaneSettings) {}

  /** Milliseconds the line needs to carry `bytes`. */
  transmitMs(bytes: number): number {
    const { bytesPerSecond } = this.settings;
    return Number.isFinite(bytesPerSecond) ? (bytes * 1000) / bytesPerSecond : 0;
  }

  /**
   * When a segment of `bytes` handed over at `now` (not before `notBefore`) arrives at the far
   * end; `lost` segments are sent again after the retransmission timeout.
   */
  arrival(now: number, bytes: number, lost: boolean, notBefore = 0): number {
    const start = Math.max(now, notBefore, this.#freeAt);
    let end = start + this.transmitMs(bytes);
    // Pessimistic: the line carries nothing else during the timeout (TCP halves its window too).
    if (lost) end += this.settings.rtoMs + this.transmitMs(bytes);
    this.#freeAt = end;
    return end + this.settings.oneWayMs;
  }
}
