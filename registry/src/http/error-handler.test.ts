import type { FastifyError } from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorCodeOf } from './error-handler';
import { httpStatusOf, registryErrorCodes } from './registry-error';

function error(code: string, statusCode?: number): FastifyError {
  return Object.assign(new Error('x'), { code, statusCode, name: 'FastifyError' });
}

describe('errorCodeOf', () => {
  it('maps Fastify and plugin errors to registry codes', () => {
    expect(errorCodeOf(error('FST_ERR_CTP_BODY_TOO_LARGE', 413))).toBe('body-too-large');
    expect(errorCodeOf(error('FST_ERR_CTP_INVALID_JSON_BODY', 400))).toBe('invalid-json');
    expect(errorCodeOf(error('FST_CP_ERR_INVALID_CONTENT', 400))).toBe('invalid-encoding');
    expect(errorCodeOf(error('FST_ERR_SOMETHING_ELSE', 400))).toBe('invalid-request');
    expect(errorCodeOf(error('ECONNREFUSED'))).toBe('unavailable');
    expect(errorCodeOf(error('08006'))).toBe('unavailable');
    expect(errorCodeOf(error('23505'))).toBe('internal');
  });

  it('gives every code an HTTP status', () => {
    for (const code of registryErrorCodes) expect(httpStatusOf(code)).toBeGreaterThanOrEqual(400);
  });
});
