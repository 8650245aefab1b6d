/** "5211ab" → "5211 AB"; a four-digit postcode stays as it is. */
export function normalisePostcode(input: string): string {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return compact.length === 6 ? `${compact.slice(0, 4)} ${compact.slice(4)}` : compact;
}
