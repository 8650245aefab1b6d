import type { Role } from '../../../src/modules/auth/contracts.ts';

/** Who may open which page; the server enforces the same rules on the data. */
export const pageRoles = {
  adminOrganisations: ['admin'],
  adminUsers: ['admin'],
  myPassport: ['candidate'],
  caseload: ['case_manager'],
  vacancies: ['employer', 'case_manager', 'coordinator', 'candidate'],
  catalogue: ['case_manager', 'coordinator', 'candidate'],
  notices: ['employer', 'case_manager', 'coordinator'],
  myOffers: ['provider'],
  myOrganisation: ['coordinator', 'case_manager', 'employer', 'provider'],
  partners: ['coordinator', 'case_manager'],
} as const satisfies Record<string, readonly Role[]>;

export type PageName = keyof typeof pageRoles;

export const mayOpen = (role: Role, page: PageName): boolean =>
  (pageRoles[page] as readonly Role[]).includes(role);

export interface NavItem {
  to: string;
  labelKey: string;
}

const pagePaths: Record<PageName, NavItem> = {
  adminOrganisations: { to: '/beheer/organisaties', labelKey: 'nav.organisations' },
  adminUsers: { to: '/beheer/gebruikers', labelKey: 'nav.users' },
  myPassport: { to: '/paspoort', labelKey: 'nav.myPassport' },
  caseload: { to: '/caseload', labelKey: 'nav.caseload' },
  vacancies: { to: '/vacatures', labelKey: 'offers.nav.vacancies' },
  catalogue: { to: '/aanbod', labelKey: 'offers.nav.catalogue' },
  notices: { to: '/boventalligheid', labelKey: 'offers.nav.notices' },
  myOffers: { to: '/mijn-aanbod', labelKey: 'offers.nav.myOffers' },
  partners: { to: '/partners', labelKey: 'nav.partners' },
  myOrganisation: { to: '/organisatie', labelKey: 'nav.myOrganisation' },
};

/** The primary navigation of a role: home first, then the pages it may open. */
export function navigationFor(role: Role): NavItem[] {
  const pages = (Object.keys(pagePaths) as PageName[]).filter((page) => mayOpen(role, page));
  return [{ to: '/', labelKey: 'nav.home' }, ...pages.map((page) => pagePaths[page])];
}
