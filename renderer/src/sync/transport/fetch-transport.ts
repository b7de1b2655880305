import type { z } from 'zod';
import { PROTOCOL_VERSION } from '../../../../shared/sync/protocol/protocol-version';
import { PullResponse } from '../../../../shared/sync/protocol/pull-response';
import { PushResponse } from '../../../../shared/sync/protocol/push-response';
import { SyncFailure } from '../sync-failure';
import { gzipText } from './gzip-text';
import { failureOfStatus } from './failure-of-status';
import { EnrollAnswer } from './sync-transport';
import type { RegistryEndpoint, SyncTransport } from './sync-transport';

/** The header carrying the protocol version on every /v1 request (registry/src/protocol). */
export const PROTOCOL_HEADER = 'x-diaspora-protocol';

type Fetch = typeof fetch;

/**
 * The registry over fetch: the web bridge's transport (and the integration tests', in Node).
 * Push bodies are gzip'd when the platform has CompressionStream; answers are validated with
 * the shared protocol schemas before anything reads them.
 */
export function fetchTransport(fetchImpl: Fetch = (...args) => fetch(...args)): SyncTransport {
  async function call<S extends z.ZodType>(
    schema: S,
    url: string,
    init: RequestInit,
    expected: number,
  ): Promise<z.output<S>> {
    let response: Response;
    try {
      response = await fetchImpl(url, init);
    } catch (error) {
      if (init.signal?.aborted) throw new SyncFailure('cancelled');
      void error;
      throw new SyncFailure('network');
    }
    const body = await readJson(response, init.signal);
    if (response.status !== expected) throw new SyncFailure(failureOfStatus(response.status, body));
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new SyncFailure('bad-response');
    return parsed.data;
  }

  const headers = (to: RegistryEndpoint | null, extra: Record<string, string> = {}) => ({
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    ...(to ? { authorization: `Bearer ${to.credential}` } : {}),
    ...extra,
  });

  return {
    enroll: (url, code, deviceName, signal) =>
      call(
        EnrollAnswer,
        endpoint(url, '/v1/enroll'),
        {
          method: 'POST',
          headers: headers(null, { 'content-type': 'application/json' }),
          body: JSON.stringify({ code, deviceName }),
          signal,
        },
        201,
      ),
    async push(to, request, signal) {
      const gzipped = await gzipText(JSON.stringify(request));
      return call(
        PushResponse,
        endpoint(to.url, '/v1/sync/push'),
        {
          method: 'POST',
          headers: headers(to, {
            'content-type': 'application/json',
            ...(gzipped.encoding ? { 'content-encoding': gzipped.encoding } : {}),
          }),
          body: gzipped.body,
          signal,
        },
        200,
      );
    },
    pull: (to, cursor, limit, signal, epoch) =>
      call(
        PullResponse,
        endpoint(
          to.url,
          `/v1/sync/pull?cursor=${cursor}&limit=${limit}${epoch ? `&epoch=${encodeURIComponent(epoch)}` : ''}`,
        ),
        { headers: headers(to), signal },
        200,
      ),
  };
}

/** The registry's base URL joined with a path; refuses anything but http(s). */
export function endpoint(base: string, path: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new SyncFailure('invalid-url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SyncFailure('invalid-url');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}${path}`;
}

async function readJson(response: Response, signal: AbortSignal | null | undefined) {
  try {
    return (await response.json()) as unknown;
  } catch {
    if (signal?.aborted) throw new SyncFailure('cancelled');
    // A 5xx page from a proxy is not JSON either: its status says more than its body.
    return null;
  }
}
