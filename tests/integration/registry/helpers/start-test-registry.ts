import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../../registry/src/db/db';
import { buildApp } from '../../../../registry/src/http/build-app';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
} from '../../../../registry/src/protocol/protocol-version';

export interface TestRegistry {
  readonly app: FastifyInstance;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every log line the server wrote, as text (JSON lines). */
  readonly logs: string[];
  /** Moves the registry's clock (enrollment code expiry). */
  setNow(date: Date | null): void;
  close(): Promise<void>;
}

/** The registry on a free loopback port, logging into memory. The caller owns the Db. */
export async function startTestRegistry(
  db: Db,
  extraRoutes?: (app: FastifyInstance) => void,
): Promise<TestRegistry> {
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  let fixedNow: Date | null = null;
  const app = await buildApp({
    db,
    clock: () => fixedNow ?? new Date(),
    logger: { level: 'debug', stream },
  });
  extraRoutes?.(app);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url,
    logs,
    setNow: (date) => {
      fixedNow = date;
    },
    close: () => app.close(),
  };
}

/** The headers every /v1 request of the current app carries. */
export function v1Headers(extra: Record<string, string> = {}): Record<string, string> {
  return { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), ...extra };
}

export function jsonHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return v1Headers({ 'content-type': 'application/json', ...extra });
}
