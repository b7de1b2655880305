import { z } from 'zod';

/**
 * The CSP forbids eval, so zod must not probe for it: the probe alone logs a CSP violation.
 * zod probes when a schema is created, so this has to run before any module that defines one.
 */
export function configureZod(): void {
  z.config({ jitless: true });
}
