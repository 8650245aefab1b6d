/** Values a list filter may hold; empty ones are left out of the address. */
export type QueryValue = string | number | boolean | null | undefined;

/** `?a=1&b=x` from the filled-in values, or '' when there are none. */
export function toQueryString(params: Readonly<Record<string, QueryValue>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  return search.size ? `?${search.toString()}` : '';
}
