import type { OrganisationKind } from '../organisations/contracts.ts';
import type { ConsentPurpose } from './purposes.ts';

/** The kinds of organisation each purpose may go to. */
export const recipientKinds: Record<ConsentPurpose, readonly OrganisationKind[]> = {
  passport_to_hiring_employer: ['hiring_employer'],
  progress_to_releasing_employer: ['releasing_employer'],
  case_to_partner: [
    'public_employment_service',
    'municipality',
    'union',
    'training_provider',
    'initiative',
  ],
};
