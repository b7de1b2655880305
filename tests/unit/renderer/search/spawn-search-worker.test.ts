import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Records every worker started and what it was sent. */
class RecordingWorker {
  static started: RecordingWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  readonly sent: unknown[] = [];
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    RecordingWorker.started.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {}
}

/** A fresh copy of the module (its spare worker is module state). */
const load = async () => import('../../../../renderer/src/search/spawn-search-worker');

describe('spawnSearchWorker and prepareSearchWorker', () => {
  beforeEach(() => {
    vi.resetModules();
    RecordingWorker.started = [];
    vi.stubGlobal('Worker', RecordingWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('hands over the worker prepared at the unlock screen, which was sent nothing', async () => {
    const { prepareSearchWorker, spawnSearchWorker } = await load();
    prepareSearchWorker();
    expect(RecordingWorker.started).toHaveLength(1);
    const [prepared] = RecordingWorker.started;
    expect(prepared!.options).toEqual({ type: 'module' });
    expect(prepared!.url.pathname).toMatch(/search\.worker\.ts$/);
    expect(prepared!.sent).toEqual([]);
    expect(spawnSearchWorker()).toBe(prepared);
    expect(RecordingWorker.started).toHaveLength(1);
  });

  it('keeps one prepared worker however often the screen asks', async () => {
    const { prepareSearchWorker, spawnSearchWorker } = await load();
    prepareSearchWorker();
    prepareSearchWorker();
    expect(RecordingWorker.started).toHaveLength(1);
    expect(spawnSearchWorker()).toBe(RecordingWorker.started[0]);
  });

  it('starts a new worker once the prepared one is taken (a worker is never reused)', async () => {
    const { prepareSearchWorker, spawnSearchWorker } = await load();
    prepareSearchWorker();
    const first = spawnSearchWorker();
    const second = spawnSearchWorker();
    expect(second).not.toBe(first);
    expect(RecordingWorker.started).toEqual([first, second]);
  });

  it('gives null where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const { prepareSearchWorker, spawnSearchWorker } = await load();
    prepareSearchWorker();
    expect(spawnSearchWorker()).toBeNull();
  });
});
