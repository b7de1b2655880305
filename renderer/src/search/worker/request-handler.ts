import type { z } from 'zod';
import type { WorkerState } from './worker-state';

/**
 * One kind of request the worker answers: its input schema (checked at the boundary) and what
 * it does. Adding a request kind is one file and one line in handlers.ts.
 */
export interface RequestHandler<S extends z.ZodType = z.ZodType, R = unknown> {
  readonly input: S;
  handle(state: WorkerState, input: z.output<S>): R | Promise<R>;
}

export function defineHandler<S extends z.ZodType, R>(
  handler: RequestHandler<S, R>,
): RequestHandler<S, R> {
  return handler;
}

/** Thrown by a handler that needs the index before `open` has run. */
export class NotOpen extends Error {
  override readonly name = 'NotOpen';
}

export function requireOpen(state: WorkerState) {
  if (!state.open) throw new NotOpen();
  return state.open;
}

/**
 * The open index once its load has finished; when a reload replaced it meanwhile (the records
 * table was cleared), the new one once that has finished.
 */
export async function settledOpen(state: WorkerState) {
  for (;;) {
    const open = requireOpen(state);
    await open.loaded;
    if (state.open === open) return open;
  }
}
