import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  checkProtocol,
  MIN_PROTOCOL_VERSION,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
} from '../protocol/protocol-version';
import { sendError } from './registry-error';

/** onRequest for /v1: announces the registry's protocol and refuses clients it cannot serve. */
export async function protocolHook(request: FastifyRequest, reply: FastifyReply) {
  reply.header(PROTOCOL_HEADER, String(PROTOCOL_VERSION));
  const check = checkProtocol(request.headers[PROTOCOL_HEADER]);
  if (check.ok) return;
  request.log.info({ error: check.error }, 'protocol refused');
  return sendError(reply, check.error, {
    protocol: PROTOCOL_VERSION,
    minProtocol: MIN_PROTOCOL_VERSION,
  });
}
