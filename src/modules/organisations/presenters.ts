import type { Organisation, OrganisationKind, Region, Sector } from './contracts.ts';
import type { OrganisationRow, RegionRow } from './schema.ts';

export function presentOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    regionId: row.regionId,
    name: row.name,
    kinds: row.kinds as OrganisationKind[],
    sector: (row.sector as Sector | null) ?? null,
    city: row.city,
    postcode: row.postcode,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const presentRegion = (row: RegionRow): Region => ({
  id: row.id,
  code: row.code,
  name: row.name,
});
