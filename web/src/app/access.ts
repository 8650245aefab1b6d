import type { Role } from '../../../src/modules/auth/contracts.ts';

/** Who may open which page; the server enforces the same rules on the data. */
export const pageRoles = {
  adminOrganisations: ['admin'],
  adminUsers: ['admin'],
  myPassport: ['candidate'],
  myTrajectory: ['candidate'],
  caseload: ['case_manager'],
  worklist: ['case_manager'],
  vacancies: ['employer', 'case_manager', 'coordinator', 'candidate'],
  catalogue: ['case_manager', 'coordinator', 'candidate'],
  notices: ['employer', 'case_manager', 'coordinator'],
  myOffers: ['provider'],
  shadowing: ['employer'],
  events: ['coordinator', 'case_manager'],
  myOrganisation: ['coordinator', 'case_manager', 'employer', 'provider'],
  partners: ['coordinator', 'case_manager'],
  privacy: ['candidate'],
  opportunities: ['candidate'],
  transitionPaths: ['coordinator', 'case_manager'],
  dashboard: ['coordinator', 'case_manager', 'employer'],
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
  opportunities: { to: '/kansen', labelKey: 'matching.nav.opportunities' },
  myTrajectory: { to: '/mijn-traject', labelKey: 'privacy.nav.myTrajectory' },
  caseload: { to: '/caseload', labelKey: 'nav.caseload' },
  worklist: { to: '/werklijst', labelKey: 'trajectory.nav.worklist' },
  vacancies: { to: '/vacatures', labelKey: 'offers.nav.vacancies' },
  catalogue: { to: '/aanbod', labelKey: 'offers.nav.catalogue' },
  notices: { to: '/boventalligheid', labelKey: 'offers.nav.notices' },
  myOffers: { to: '/mijn-aanbod', labelKey: 'offers.nav.myOffers' },
  shadowing: { to: '/meeloopstages', labelKey: 'offers.nav.shadowing' },
  events: { to: '/banenmarkten', labelKey: 'offers.nav.events' },
  partners: { to: '/partners', labelKey: 'nav.partners' },
  myOrganisation: { to: '/organisatie', labelKey: 'nav.myOrganisation' },
  privacy: { to: '/privacy', labelKey: 'privacy.nav.privacy' },
  transitionPaths: { to: '/overstappaden', labelKey: 'matching.nav.transitionPaths' },
  dashboard: { to: '/dashboard', labelKey: 'dashboard.nav' },
};

/** The primary navigation of a role: home first, then the pages it may open. */
export function navigationFor(role: Role): NavItem[] {
  const pages = (Object.keys(pagePaths) as PageName[]).filter((page) => mayOpen(role, page));
  return [{ to: '/', labelKey: 'nav.home' }, ...pages.map((page) => pagePaths[page])];
}
