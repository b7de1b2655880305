/**
 * The registry's storage, one small interface over two engines: embedded PGlite (the default) and
 * PostgreSQL (`DATABASE_URL`). Both run the same SQL. Conventions every caller follows:
 * - parameters are scalars, Dates or arrays of scalars; a JSON value is passed as a string made
 *   with `JSON.stringify` and cast in the SQL (`$1::jsonb`), so both drivers send the same text;
 * - `bigint` columns come back as JS numbers (both adapters parse int8 the same way, and refuse a
 *   value beyond 2^53), `timestamptz` as Date, `jsonb` parsed.
 */
export type SqlScalar = string | number | boolean | Date | null;
export type SqlParam = SqlScalar | readonly string[] | readonly number[];

export interface QueryResult<R> {
  readonly rows: R[];
  /** Rows returned by a SELECT or RETURNING, else rows changed by INSERT / UPDATE / DELETE. */
  readonly rowCount: number;
}

export interface Queryable {
  /** One statement with numbered parameters (`$1`, `$2`, ...). */
  query<R extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly SqlParam[],
  ): Promise<QueryResult<R>>;
  /** A script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export type DbKind = 'pglite' | 'postgres';

export interface Db extends Queryable {
  readonly kind: DbKind;
  /** Where the data lives, safe to print: a folder, or a URL without its password. */
  readonly location: string;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** int8 as a JS number, for both drivers; a value JS cannot hold exactly is an error, not a guess. */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value))
    throw new RangeError('int8 value beyond Number.MAX_SAFE_INTEGER');
  return value;
}

export const INT8_OID = 20;
