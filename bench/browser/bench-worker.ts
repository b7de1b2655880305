import { runPageWorkload } from './page-registry';
import type { WorkerReply, WorkerRequest } from './lib/run-in-worker';

// Module worker that runs workload halves off the UI thread (P1, P6, P14 are measured there).
// Typed by hand: the bench's tsconfig has DOM types, not WebWorker ones.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { callId, id, params } = event.data;
  let reply: WorkerReply;
  try {
    reply = { callId, ok: true, result: await runPageWorkload(id, params) };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    reply = { callId, ok: false, error: message };
  }
  scope.postMessage(reply);
};
