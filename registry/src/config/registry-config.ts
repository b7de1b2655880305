import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Where the embedded database lives when neither REGISTRY_DATA_DIR nor DATABASE_URL is set. */
export const defaultDataDir = fileURLToPath(new URL('../../data', import.meta.url));

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface RegistryConfig {
  readonly host: string;
  readonly port: number;
  /** PostgreSQL when set; otherwise embedded PGlite in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly logLevel: LogLevel;
}

const Env = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//)
    .optional(),
  REGISTRY_DATA_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(logLevels).default('info'),
});

/**
 * A relative REGISTRY_DATA_DIR is taken from where the command was typed: npm runs workspace
 * scripts inside registry/ but records the caller's folder in INIT_CWD.
 */
function resolveDataDir(value: string | undefined, env: NodeJS.ProcessEnv): string {
  if (value === undefined) return defaultDataDir;
  return resolve(env.INIT_CWD ?? process.cwd(), value);
}

export type ConfigResult =
  | { ok: true; config: RegistryConfig }
  | { ok: false; error: { code: 'invalid-config'; variables: string[] } };

/** Reads the environment. Empty variables count as unset, so `PORT= npm run registry` works. */
export function readRegistryConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const variables = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    return { ok: false, error: { code: 'invalid-config', variables } };
  }
  const vars = parsed.data;
  return {
    ok: true,
    config: {
      host: vars.HOST,
      port: vars.PORT,
      databaseUrl: vars.DATABASE_URL,
      dataDir: resolveDataDir(vars.REGISTRY_DATA_DIR, env),
      logLevel: vars.LOG_LEVEL,
    },
  };
}
