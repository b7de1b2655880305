import { createWriteStream } from 'node:fs';
import type { CDPSession } from '@playwright/test';

export interface HeapUsage {
  /** Bytes of the V8 heap in use after a full garbage collection. */
  usedSize: number;
  totalSize: number;
}

interface WorkerMessage {
  id?: number;
  method?: string;
  params?: { chunk: string };
  result?: unknown;
  error?: unknown;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Ids of the dedicated workers whose script URL contains `urlPart`, as DevTools lists them. */
export async function workerTargets(cdp: CDPSession, urlPart: string): Promise<string[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos
    .filter((t) => t.type === 'worker' && t.url.includes(urlPart))
    .map((t) => t.targetId);
}

/**
 * Collects garbage in one worker and reads its V8 heap: attaches to the worker target through
 * the page's DevTools session (Playwright has no CDP session for workers, so the messages go
 * through Target.sendMessageToTarget), sends HeapProfiler.collectGarbage then
 * Runtime.getHeapUsage, and detaches. With `snapshotPath`, also writes a heap snapshot of the
 * worker there (a .heapsnapshot file DevTools opens) to see what the heap holds.
 */
export async function workerHeapAfterGc(
  cdp: CDPSession,
  targetId: string,
  snapshotPath?: string,
): Promise<HeapUsage> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId,
    flatten: false,
  })) as { sessionId: string };
  const snapshotOut = snapshotPath ? createWriteStream(snapshotPath) : undefined;
  const waiting = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  const listener = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as WorkerMessage;
    if (message.method === 'HeapProfiler.addHeapSnapshotChunk')
      snapshotOut?.write(message.params!.chunk);
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  };
  cdp.on('Target.receivedMessageFromTarget', listener);
  let nextId = 0;
  const send = (method: string) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, (m) =>
        m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result),
      );
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params: {} }),
      });
    });
  try {
    await send('HeapProfiler.enable');
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.collectGarbage');
    const usage = (await send('Runtime.getHeapUsage')) as HeapUsage;
    if (snapshotOut) {
      await send('HeapProfiler.takeHeapSnapshot');
      await new Promise<void>((resolve) => snapshotOut.end(resolve));
    }
    return usage;
  } finally {
    cdp.off('Target.receivedMessageFromTarget', listener);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}
