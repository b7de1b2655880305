import pg from 'pg';
import { INT8_OID, parseInt8, type Db, type Queryable, type SqlParam } from './db';

type Client = Pick<pg.PoolClient, 'query'>;

function wrap(client: Client): Queryable {
  return {
    async query<R extends object>(sql: string, params: readonly SqlParam[] = []) {
      const result = await client.query<R & pg.QueryResultRow>(sql, [...params]);
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(script: string) {
      await client.query(script);
    },
  };
}

/** The URL with its password masked, for logs and the start banner. */
export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable url)';
  }
}

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

export interface PostgresDbOptions {
  readonly url: string;
  /** Pool size; the default suits one registry instance on a small server. */
  readonly maxConnections?: number;
  /** Called when an idle pooled connection fails (the pool replaces it). */
  readonly onIdleError?: (error: Error) => void;
}

/** A connection pool to PostgreSQL. Nothing connects until the first query. */
export function openPostgresDb(options: PostgresDbOptions): Db {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5_000,
    types,
  });
  pool.on('error', (error) => options.onIdleError?.(error));
  return {
    kind: 'postgres',
    location: maskDatabaseUrl(options.url),
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await fn(wrap(client));
        await client.query('COMMIT');
        client.release();
        return value;
      } catch (error) {
        await client.query('ROLLBACK').then(
          () => client.release(),
          () => client.release(true),
        );
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
