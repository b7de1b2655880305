/**
 * Whether the database refused a value rather than failed: SQLSTATE class 22 (data exception,
 * e.g. a \u0000 that jsonb cannot hold) or 23 (a constraint). Such an op is refused alone;
 * anything else (connection lost, server down) fails the request so the office retries it.
 */
export function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^2[23][0-9A-Z]{3}$/.test(code);
}
