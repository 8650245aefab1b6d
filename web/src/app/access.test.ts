import { describe, expect, it } from 'vitest';
import { roles } from '../../../src/modules/auth/contracts.ts';
import { mayOpen, navigationFor } from './access.ts';

describe('who may open which page', () => {
  it('gives each role its own navigation, home first', () => {
    const paths = Object.fromEntries(roles.map((r) => [r, navigationFor(r).map((i) => i.to)]));
    expect(paths).toEqual({
      admin: ['/', '/beheer/organisaties', '/beheer/gebruikers'],
      coordinator: [
        '/',
        '/vacatures',
        '/aanbod',
        '/boventalligheid',
        '/banenmarkten',
        '/partners',
        '/organisatie',
        '/overstappaden',
        '/dashboard',
      ],
      case_manager: [
        '/',
        '/caseload',
        '/werklijst',
        '/vacatures',
        '/aanbod',
        '/boventalligheid',
        '/banenmarkten',
        '/partners',
        '/organisatie',
        '/overstappaden',
        '/dashboard',
      ],
      employer: [
        '/',
        '/vacatures',
        '/boventalligheid',
        '/meeloopstages',
        '/organisatie',
        '/dashboard',
      ],
      provider: ['/', '/mijn-aanbod', '/organisatie'],
      candidate: [
        '/',
        '/paspoort',
        '/kansen',
        '/mijn-traject',
        '/vacatures',
        '/aanbod',
        '/privacy',
      ],
    });
  });

  it('keeps candidates out of every staff and admin page', () => {
    for (const page of [
      'adminOrganisations',
      'adminUsers',
      'myOrganisation',
      'partners',
      'caseload',
      'dashboard',
    ] as const) {
      expect(mayOpen('candidate', page)).toBe(false);
    }
  });
});
