/**
 * The one normalisation for searching labels: lower case, accents removed, punctuation folded to
 * single spaces ("Zorgmedewerker (VIG)" → "zorgmedewerker vig", "café" → "cafe").
 * Stored with every label and applied to every query, so both sides always agree.
 */
export function toSearchText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
