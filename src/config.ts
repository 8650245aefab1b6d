import path from 'node:path';
import { z } from 'zod';

/** Everything the process reads from its environment, validated once at start. */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** Seed the demo region when the database holds no organisations yet (embedded default). */
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  /** Secure cookies need https; behind a TLS proxy set COOKIE_SECURE=true. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  WEB_DIST: z.string().default('web/dist'),
  /** Personal data of trajectories closed longer than this is removed by the daily job. */
  RETENTION_MONTHS: z.coerce.number().int().min(1).default(24),
  /** Dashboard: every count of people below this is shown as "< N" (small-cell suppression). */
  SUPPRESSION_THRESHOLD: z.coerce.number().int().min(2).max(100).default(5),
});

export type Config = z.infer<typeof configSchema> & { databaseKind: 'pglite' | 'postgres' };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    DATA_DIR: path.resolve(c.DATA_DIR),
    WEB_DIST: path.resolve(c.WEB_DIST),
    databaseKind: c.DATABASE_URL ? 'postgres' : 'pglite',
  };
}
