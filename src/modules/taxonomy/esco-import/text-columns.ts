import type { Column, Row } from './sql-rows.ts';

/**
 * Dutch and English have their own label and description columns on the concept tables (what
 * the product shows); other languages only add rows to concept_labels.
 */
const COLUMN_LANGS: ReadonlySet<string> = new Set(['nl', 'en']);

export function labelColumn(lang: string): string | null {
  return COLUMN_LANGS.has(lang) ? `label_${lang}` : null;
}

export function descriptionColumn(lang: string): string | null {
  return COLUMN_LANGS.has(lang) ? `description_${lang}` : null;
}

/** The columns a file of this language writes, with their values; empty for other languages. */
export function textColumns(lang: string, texts: { description: boolean }): Column[] {
  const names = [labelColumn(lang), texts.description ? descriptionColumn(lang) : null];
  return names.flatMap((name) => (name === null ? [] : [{ name, type: 'text', update: true }]));
}

export function textValues(lang: string, label: string, description?: string | null): Row {
  const row: Row = {};
  const labelCol = labelColumn(lang);
  const descriptionCol = descriptionColumn(lang);
  if (labelCol !== null) row[labelCol] = label;
  if (descriptionCol !== null && description !== undefined) row[descriptionCol] = description;
  return row;
}
