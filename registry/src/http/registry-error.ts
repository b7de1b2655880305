import type { FastifyReply } from 'fastify';

/** Every error the registry's HTTP API answers, as `{error: code}`. The app maps codes to text. */
export const registryErrorCodes = [
  'invalid-request',
  'invalid-json',
  'invalid-encoding',
  'unsupported-encoding',
  'unsupported-media-type',
  'body-too-large',
  'not-found',
  'unknown-device',
  'device-revoked',
  'update-required',
  'registry-outdated',
  'enroll-code-unknown',
  'enroll-code-used',
  'enroll-code-expired',
  'not-yet-available',
  'unavailable',
  'internal',
] as const;
export type RegistryErrorCode = (typeof registryErrorCodes)[number];

export function httpStatusOf(code: RegistryErrorCode): number {
  switch (code) {
    case 'invalid-request':
    case 'invalid-json':
    case 'invalid-encoding':
    case 'registry-outdated':
      return 400;
    case 'unknown-device':
      return 401;
    case 'device-revoked':
      return 403;
    case 'not-found':
    case 'enroll-code-unknown':
      return 404;
    case 'enroll-code-used':
      return 409;
    case 'enroll-code-expired':
      return 410;
    case 'body-too-large':
      return 413;
    case 'unsupported-encoding':
    case 'unsupported-media-type':
      return 415;
    case 'update-required':
      return 426;
    case 'not-yet-available':
      return 501;
    case 'unavailable':
      return 503;
    case 'internal':
      return 500;
    default: {
      const unknown: never = code;
      return unknown;
    }
  }
}

/** Extra fields some errors carry (never a value from the request). */
export type ErrorDetails = Readonly<Record<string, unknown>>;

export function sendError(
  reply: FastifyReply,
  code: RegistryErrorCode,
  details: ErrorDetails = {},
): FastifyReply {
  return reply.code(httpStatusOf(code)).send({ ...details, error: code });
}
