import { afterEach, describe, expect, it, vi } from 'vitest';

interface FakeScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage: ReturnType<typeof vi.fn>;
}

const global = globalThis as unknown as { self?: unknown };
const original = global.self;

afterEach(() => {
  global.self = original;
});

describe('search worker entry', () => {
  it('answers a request the page posted before the request loop had loaded', async () => {
    const scope: FakeScope = { onmessage: null, postMessage: vi.fn() };
    global.self = scope;
    await import('../../../../renderer/src/search/worker/search.worker');
    // The page posts `open` right after starting the worker: it arrives at once.
    scope.onmessage?.({
      data: { callId: 1, kind: 'search', input: { text: '', filters: {}, sort: 'name' } },
    } as MessageEvent);
    await vi.waitFor(
      () =>
        expect(scope.postMessage).toHaveBeenCalledWith({
          type: 'reply',
          callId: 1,
          ok: false,
          error: 'not-open',
        }),
      { timeout: 15_000 },
    );
  });
});
