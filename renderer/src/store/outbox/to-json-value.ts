/**
 * The JSON form of a validated record: what is sealed, diffed and synced. Drops undefined
 * properties (JSON has none), so a stored record and its op always agree.
 */
export function toJsonValue<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
