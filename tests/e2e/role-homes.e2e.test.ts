import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { demo, useServerAndBrowser, waitForPageHeading } from './ui.ts';

const e2e = useServerAndBrowser();

/** The region's partners as the API lists them: other modules' demo data add to them. */
async function regionPartners(): Promise<{ name: string; kinds: string[] }[]> {
  const { context } = await e2e.openAs(demo.caseManager, '/');
  const res = await context.request.get(`${e2e.url}/api/organisations`);
  const list = (await res.json()) as { name: string; kinds: string[] }[];
  await context.close();
  return list;
}

interface RoleHome {
  role: string;
  email: string;
  heading: string;
  navigation: string[];
  /** A piece of real data from the demo region that this home shows. */
  shows: string;
}

const homes: RoleHome[] = [
  {
    role: 'admin',
    email: demo.admin,
    heading: 'Beheer van Overstap',
    navigation: ['Start', 'Organisaties', 'Gebruikers'],
    shows: 'Geblokkeerde accounts',
  },
  {
    role: 'coordinator',
    email: demo.coordinator,
    heading: 'Regio-overzicht',
    navigation: [
      'Start',
      'Vacatures',
      'Aanbod',
      'Boventalligheid',
      'Banenmarkten',
      'Partners',
      'Mijn organisatie',
      'Overstappaden',
      'Dashboard',
    ],
    shows: 'Vragende werkgever',
  },
  {
    role: 'case_manager',
    email: demo.caseManager,
    heading: 'Werkplek casemanager',
    navigation: [
      'Start',
      'Caseload',
      'Werklijst',
      'Vacatures',
      'Aanbod',
      'Boventalligheid',
      'Banenmarkten',
      'Partners',
      'Mijn organisatie',
      'Overstappaden',
      'Dashboard',
    ],
    shows: 'Vakschool Maasland',
  },
  {
    role: 'employer',
    email: demo.employer,
    heading: 'Werkgeversoverzicht',
    navigation: [
      'Start',
      'Vacatures',
      'Boventalligheid',
      'Meeloopstages',
      'Mijn organisatie',
      'Dashboard',
    ],
    shows: 'Cateringgroep Maasland',
  },
  {
    role: 'provider',
    email: demo.provider,
    heading: 'Overzicht aanbieder',
    navigation: ['Start', 'Mijn aanbod', 'Mijn organisatie'],
    shows: 'Vakschool Maasland',
  },
  {
    role: 'candidate',
    email: demo.candidate,
    heading: 'Welkom bij Overstap, Sandra',
    navigation: [
      'Start',
      'Mijn paspoort',
      'Kansen voor mij',
      'Mijn traject',
      'Vacatures',
      'Aanbod',
      'Privacy',
    ],
    // Sandra's passport is in the demo: her home links to it instead of "we will contact you".
    shows: 'Naar mijn paspoort',
  },
];

describe('each role has its own home', () => {
  for (const home of homes) {
    it(`${home.role} sees "${home.heading}" and their navigation`, async () => {
      const { context, page } = await e2e.openAs(home.email, '/');
      await waitForPageHeading(page, home.heading);
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      expect(await nav.getByRole('link').allTextContents()).toEqual(home.navigation);
      expect(await nav.getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBe(
        'page',
      );
      await page.getByRole('main').getByText(home.shows).first().waitFor();
      await screenshot(page, `home-${home.role}`);
      await context.close();
    });
  }

  it('the coordinator home counts the region partners per kind', async () => {
    const { context, page } = await e2e.openAs(demo.coordinator, '/');
    const table = page.getByRole('table', { name: 'Partners in de regio per soort' });
    const row = table.getByRole('row', { name: /Vragende werkgever/ });
    const hiring = (await regionPartners()).filter((o) => o.kinds.includes('hiring_employer'));
    // Zorggroep, Van den Heuvel, Logistiek Centrum Veghel and the hotel at least are hiring.
    expect(hiring.length).toBeGreaterThanOrEqual(4);
    expect(await row.getByRole('cell').textContent()).toBe(String(hiring.length));
    await context.close();
  });

  it('a candidate opening an admin page sees "no access"', async () => {
    const { context, page } = await e2e.openAs(demo.candidate, '/beheer/organisaties');
    await waitForPageHeading(page, 'Geen toegang');
    expect(await page.getByRole('main').textContent()).toContain('Kandidaat');
    expect(await page.getByRole('table').count()).toBe(0);
    await page.getByRole('link', { name: 'Terug naar de startpagina' }).click();
    await waitForPageHeading(page, 'Welkom bij Overstap, Sandra');
    await screenshot(page, 'home-candidate-after-no-access');
    await context.close();
  });

  it('an employer cannot open the partner directory', async () => {
    const { context, page } = await e2e.openAs(demo.employer, '/partners');
    await waitForPageHeading(page, 'Geen toegang');
    await context.close();
  });

  it('staff see their own organisation and colleagues', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, '/organisatie');
    await waitForPageHeading(page, "UWV Werkbedrijf 's-Hertogenbosch");
    await page.getByRole('main').getByText('5211 AK').waitFor();
    await screenshot(page, 'my-organisation-case-manager');
    await context.close();
  });

  it('the partner directory filters by kind', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, '/partners');
    await waitForPageHeading(page, 'Partners in de regio');
    const partners = await regionPartners();
    const providers = partners
      .filter((o) => o.kinds.includes('training_provider'))
      .map((o) => o.name)
      .sort((a, b) => a.localeCompare(b, 'nl'));
    expect(providers).toEqual(
      expect.arrayContaining(['Loopbaanbureau Nieuwe Kansen', 'Vakschool Maasland']),
    );
    await page.getByRole('table', { name: `Partners in de regio (${partners.length})` }).waitFor();
    await page.getByRole('combobox', { name: 'Soort organisatie' }).selectOption({
      label: 'Opleider',
    });
    const table = page.getByRole('table', {
      name: `Partners van de soort Opleider (${providers.length})`,
    });
    await table.waitFor();
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(providers);
    await screenshot(page, 'partners-filtered');
    await context.close();
  });

  it('an unknown address shows the not-found page', async () => {
    const { context, page } = await e2e.openAs(demo.provider, '/bestaat-niet');
    await waitForPageHeading(page, 'Pagina niet gevonden');
    await context.close();
  });
});
