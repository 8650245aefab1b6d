import type { OrganisationKind } from '../../../../src/modules/organisations/contracts.ts';
import { useOrganisation } from '../../api/queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';

/**
 * The kinds of the organisation the user acts for (releasing and/or hiring employer, …); null
 * while loading. The server decides what may be done; the UI only offers what fits.
 */
export function useOwnKinds(): readonly OrganisationKind[] | null {
  const me = useCurrentUser();
  const organisation = useOrganisation(me.organisationId);
  if (!me.organisationId) return [];
  if (organisation.isError) return [];
  return organisation.data?.kinds ?? null;
}
