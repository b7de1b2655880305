export interface WorkerRequest {
  callId: number;
  id: string;
  params: Record<string, unknown>;
}

export type WorkerReply =
  { callId: number; ok: true; result: unknown } | { callId: number; ok: false; error: string };

let worker: Worker | undefined;
let nextCallId = 0;
const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

function benchWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../bench-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const call = pending.get(reply.callId);
    pending.delete(reply.callId);
    if (!call) return;
    if (reply.ok) call.resolve(reply.result);
    else call.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    for (const call of pending.values()) call.reject(new Error(`bench worker: ${event.message}`));
    pending.clear();
  };
  return worker;
}

/**
 * Runs a workload half in the bench's module worker (one worker, kept for the whole session, so
 * data a workload caches there, such as generated people, survives between calls).
 */
export function runInWorker(id: string, params: Record<string, unknown>): Promise<unknown> {
  const callId = ++nextCallId;
  return new Promise((resolve, reject) => {
    pending.set(callId, { resolve, reject });
    benchWorker().postMessage({ callId, id, params } satisfies WorkerRequest);
  });
}
