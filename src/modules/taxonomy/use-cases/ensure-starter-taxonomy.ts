import { analyzeTaxonomy } from '../analyze-taxonomy.ts';
import type { Db } from '../../../db/database.ts';
import { starterTaxonomy } from '../starter/index.ts';
import {
  hasStarterTaxonomy,
  loadStarterTaxonomy,
  type StarterLoadSummary,
} from './load-starter-taxonomy.ts';

/** On an empty database the starter taxonomy is loaded, so the product is useful without ESCO. */
export async function ensureStarterTaxonomy(db: Db): Promise<StarterLoadSummary | null> {
  if (await hasStarterTaxonomy(db)) return null;
  const summary = await loadStarterTaxonomy(db, starterTaxonomy);
  await analyzeTaxonomy(db);
  return summary;
}
