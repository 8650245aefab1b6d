/** Tests run on PGlite by default and on the PostgreSQL server when DATABASE_URL is set. */
export const serverUrl = process.env.DATABASE_URL || undefined;

/**
 * A name for this test run, set once by the global setup and inherited by the workers, so that
 * two runs at once (two checkouts, or CI beside a developer) never drop each other's databases.
 */
export function testRunId(): string {
  process.env.OVERSTAP_TEST_RUN ??= `r${process.pid}`;
  return process.env.OVERSTAP_TEST_RUN;
}

/** The migrated template database every PostgreSQL test database of this run is copied from. */
export function templateDatabase(): string {
  return `overstap_tpl_${testRunId()}`;
}

/** The prefix of every PostgreSQL test database of this run. */
export function testDatabasePrefix(): string {
  return `overstap_t_${testRunId()}_`;
}

/** The same server URL with another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
