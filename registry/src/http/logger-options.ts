import type { FastifyServerOptions } from 'fastify';
import type { LogLevel } from '../config/registry-config';

/**
 * Anything that may carry a secret or personal data, wherever a log call puts it. The request
 * serializer below already logs no headers and no body; this catches a careless `log.info(x)`.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'req.body',
  'res.body',
  'body',
  'payload',
  'credential',
  'enrollCode',
  'deviceName',
  '*.credential',
  '*.enrollCode',
  '*.deviceName',
  '*.body',
  '*.payload',
];

type RawRequest = { method?: string; url?: string; id?: string };
type RawReply = { statusCode?: number };
type LoggedError = Error & { code?: unknown; statusCode?: unknown };

type SerializedError = { type: string; message: string; stack: string; [key: string]: unknown };

/**
 * An error as its kind, code and stack frames, without its message: messages can quote input
 * (PostgreSQL's `invalid input syntax for type uuid: "..."`, JSON.parse's excerpt of the text).
 */
export function serializeError(error: LoggedError): SerializedError {
  const code = typeof error.code === 'string' ? error.code : undefined;
  const stack = (error.stack ?? '').split('\n').slice(1, 8).join('\n');
  const message = code === undefined ? error.name : `${error.name} ${code}`;
  return { type: error.name, message, code, statusCode: error.statusCode, stack };
}

export interface LoggerSettings {
  readonly level: LogLevel;
  /** Where lines go instead of stdout (tests capture them). */
  readonly stream?: NodeJS.WritableStream;
}

/** Fastify's pino options: ids, methods, paths and status codes, nothing from the payloads. */
export function loggerOptions(settings: LoggerSettings): FastifyServerOptions['logger'] {
  return {
    level: settings.level,
    ...(settings.stream ? { stream: settings.stream } : {}),
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: {
      req: (req: RawRequest) => ({ method: req.method, path: (req.url ?? '').split('?')[0] }),
      res: (res: RawReply) => ({ statusCode: res.statusCode }),
      err: serializeError,
    },
  };
}
