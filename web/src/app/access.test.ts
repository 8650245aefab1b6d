import { describe, expect, it } from 'vitest';
import { roles } from '../../../src/modules/auth/contracts.ts';
import { mayOpen, navigationFor } from './access.ts';

describe('who may open which page', () => {
  it('gives each role its own navigation, home first', () => {
    const paths = Object.fromEntries(roles.map((r) => [r, navigationFor(r).map((i) => i.to)]));
    expect(paths).toEqual({
      admin: ['/', '/beheer/organisaties', '/beheer/gebruikers'],
      coordinator: ['/', '/vacatures', '/aanbod', '/boventalligheid', '/partners', '/organisatie'],
      case_manager: [
        '/',
        '/caseload',
        '/vacatures',
        '/aanbod',
        '/boventalligheid',
        '/partners',
        '/organisatie',
      ],
      employer: ['/', '/vacatures', '/boventalligheid', '/organisatie'],
      provider: ['/', '/mijn-aanbod', '/organisatie'],
      candidate: ['/', '/paspoort', '/vacatures', '/aanbod'],
    });
  });

  it('keeps candidates out of every staff and admin page', () => {
    for (const page of [
      'adminOrganisations',
      'adminUsers',
      'myOrganisation',
      'partners',
      'caseload',
    ] as const) {
      expect(mayOpen('candidate', page)).toBe(false);
    }
  });
});
