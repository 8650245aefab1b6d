/** Tests run on PGlite by default and on the PostgreSQL server when DATABASE_URL is set. */
export const serverUrl = process.env.DATABASE_URL || undefined;

export const TEMPLATE_DB = 'overstap_test_template';

/** The same server URL with another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
