import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { httpStatusOf, sendError, type RegistryErrorCode } from './registry-error';

/** Connection-level failures of the database: the registry is up but cannot serve. */
function isDbUnavailable(error: FastifyError): boolean {
  const code = String(error.code ?? '');
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03'].includes(code) ||
    code.startsWith('08')
  );
}

/** Maps Fastify's and plugins' errors to the registry's codes; never echoes a message. */
export function errorCodeOf(error: FastifyError): RegistryErrorCode {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'body-too-large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported-media-type';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'invalid-json';
    case 'FST_CP_ERR_INVALID_CONTENT_ENCODING':
      return 'unsupported-encoding';
    case 'FST_CP_ERR_INVALID_CONTENT':
      return 'invalid-encoding';
    default:
      break;
  }
  if (isDbUnavailable(error)) return 'unavailable';
  const status = error.statusCode ?? 500;
  return status >= 400 && status < 500 ? 'invalid-request' : 'internal';
}

export function handleError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const code = errorCodeOf(error);
  if (httpStatusOf(code) >= 500) request.log.error({ err: error, error: code }, 'request failed');
  else request.log.info({ error: code }, 'request refused');
  return sendError(reply, code);
}
