import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  AccessLogEntry,
  Consent,
  DataExport,
  EmployerPersonView,
} from '../../src/modules/consent/contracts.ts';
import type { Organisation } from '../../src/modules/organisations/contracts.ts';
import type { Passport, PersonSummary } from '../../src/modules/people/contracts.ts';
import type { MyTrajectory } from '../../src/modules/trajectories/contracts.ts';
import { screenshot, signInViaApi } from './browser.ts';
import { DEMO_PASSWORD, demo, useServerAndBrowser, waitForPageHeading } from './ui.ts';

const e2e = useServerAndBrowser();

const HIRING_EMPLOYER = 'zorg@overstap.demo';
const HIRING_EMPLOYER_NAME = 'Zorggroep Maas en Meierij';
const APPOINTMENT = 'Gesprek over de opleiding';

/** A signed-in API session (cookies and CSRF token) outside the page under test. */
async function apiAs(email: string, password = DEMO_PASSWORD) {
  const { context } = await e2e.newPage();
  await signInViaApi(context, e2e.url, email, password);
  return api(context);
}

function api(context: BrowserContext) {
  let token: string | undefined;
  const csrf = async () => {
    token ??= (
      (await (await context.request.get(`${e2e.url}/api/auth/csrf`)).json()) as { token: string }
    ).token;
    return token;
  };
  return {
    context,
    async get<T>(path: string): Promise<{ status: number; body: T }> {
      const res = await context.request.get(`${e2e.url}${path}`);
      return { status: res.status(), body: (await res.json()) as T };
    },
    async post<T>(path: string, data: unknown): Promise<T> {
      const res = await context.request.post(`${e2e.url}${path}`, {
        headers: { 'x-csrf-token': await csrf() },
        data,
      });
      if (!res.ok()) throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`);
      return (await res.json()) as T;
    },
  };
}

/** WCAG 2.1 A and AA rules; 'serious' and 'critical' findings fail the test. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('a candidate’s trajectory, consent and data rights in the browser', () => {
  let sandraId = '';

  beforeAll(async () => {
    // Sandra's demo appointments lie in 2020–2021: her case manager plans one ahead.
    const cm = await apiAs(demo.caseManager);
    const found = await cm.get<PersonSummary[]>('/api/persons?q=Sandra');
    sandraId = found.body.find((p) => p.familyName === 'de Vries')?.id ?? '';
    const mine = await cm.get<MyTrajectory>(`/api/persons/${sandraId}/trajectory`);
    const startsAt = new Date(Date.now() + 9 * 86_400_000);
    startsAt.setUTCHours(9, 30, 0, 0);
    await cm.post(`/api/trajectories/${mine.body.id}/appointments`, {
      kind: 'coaching',
      startsAt: startsAt.toISOString(),
      title: APPOINTMENT,
      location: 'Werkplein ’s-Hertogenbosch',
    });
    await cm.context.close();
  });

  it('shows Mijn traject: the current step, the plan with its evaluation, appointments and the new job', async () => {
    const { context, page } = await e2e.openAs(demo.candidate, '/');
    await waitForPageHeading(page, 'Welkom bij Overstap, Sandra');
    // The home says where she stands and what comes next.
    await page.getByText(`Uw volgende afspraak: ${APPOINTMENT}`, { exact: false }).waitFor();
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn traject' })
      .click();
    await waitForPageHeading(page, 'Mijn traject');

    const where = region(page, 'Waar u nu staat');
    await where.getByText(/U bent nu in stap [67] van 7/).waitFor();
    const current = where.locator('li[aria-current="step"]');
    expect(await current.count()).toBe(1);
    expect(await current.textContent()).toMatch(/U bent hier/);

    const plan = page.getByRole('table', { name: /^Mijn plan \(\d+ doelen\)$/ });
    await plan
      .getByRole('rowheader', { name: 'Loopbaanwensen en mogelijkheden in kaart' })
      .waitFor();
    expect(await plan.getByRole('cell', { name: /^Gehaald \(/ }).count()).toBeGreaterThan(0);

    const appointments = page.getByRole('table', { name: 'Uw volgende afspraak' });
    await appointments.getByRole('cell', { name: APPOINTMENT }).waitFor();
    await appointments.getByRole('cell', { name: 'Werkplein ’s-Hertogenbosch' }).waitFor();

    // Training and work with training: old and new job side by side, and the aftercare moments.
    await page.getByRole('table', { name: '1 opleiding' }).getByText('Bezig').waitFor();
    const comparison = page.getByRole('table', { name: 'Uw oude en nieuwe baan naast elkaar' });
    await comparison.getByRole('row', { name: /Brutoloon per maand/ }).waitFor();
    const aftercare = page.getByRole('table', { name: 'Nazorg: wanneer we vragen hoe het gaat' });
    await aftercare.getByRole('row', { name: /Na 12 maanden/ }).waitFor();
    // The case manager's notes and the intake's obstacles are not on her page.
    expect(await page.getByRole('main').textContent()).not.toContain('Mantelzorg');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-mijn-traject');
    await context.close();
  });

  it('grants passport sharing to employers, withdraws it, and the employer sees a pseudonym again at once', async () => {
    const employer = await apiAs(HIRING_EMPLOYER);
    const view = async () =>
      (await employer.get<EmployerPersonView>(`/api/employer/persons/${sandraId}`)).body;

    const { context, page } = await e2e.openAs(demo.candidate, '/privacy');
    await waitForPageHeading(page, 'Privacy en toestemming');
    const passport = region(page, 'Mijn paspoort delen met werkgevers die personeel zoeken');
    // Until a date: the new grant replaces the demo's grant to all employers.
    await passport.getByRole('combobox', { name: 'Met welke werkgever?' }).selectOption({
      label: 'Alle werkgevers die personeel zoeken',
    });
    const until = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await passport.getByLabel(/Geldig tot en met/).fill(until);
    await passport.getByRole('button', { name: 'Toestemming geven' }).click();
    await passport
      .getByText(
        'Toestemming gegeven aan Alle werkgevers die personeel zoeken. Dat geldt vanaf nu.',
      )
      .waitFor();
    const shared = passport.getByRole('listitem');
    expect(await shared.count()).toBe(1);
    expect(await shared.textContent()).toMatch(/tot en met/);

    let seen = await view();
    expect(seen.access.passport).toBe(true);
    expect(seen.personal?.givenName).toBe('Sandra');

    // Withdraw: asked once more, then gone from the list, and at once for the employer.
    await passport.getByRole('button', { name: /^Intrekken/ }).click();
    await passport.getByRole('button', { name: /^Ja, intrekken/ }).click();
    await passport
      .getByText(
        'De toestemming voor Alle werkgevers die personeel zoeken is ingetrokken. Dat geldt vanaf nu.',
      )
      .waitFor();
    await passport.getByText('U deelt uw paspoort nu met geen enkele werkgever.').waitFor();
    seen = await view();
    expect(seen.access.passport).toBe(false);
    expect(seen.personal).toBeNull();
    expect(seen.workHistory).toBeNull();
    expect(seen.pseudonym).toMatch(/^K-/);
    expect(JSON.stringify(seen)).not.toContain('Vries');

    // The history keeps both: the withdrawn grant and the one it replaced.
    const history = page.getByRole('table', { name: /^\d+ toestemmingen$/ });
    await expect
      .poll(() => history.getByRole('cell', { name: 'Ingetrokken' }).count())
      .toBeGreaterThan(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-consent-withdrawn');

    // The reads are in her access log: who, which organisation, what, under which consent.
    await page.getByRole('link', { name: 'Wie heeft mijn gegevens bekeken' }).click();
    await waitForPageHeading(page, 'Wie heeft mijn gegevens bekeken');
    const log = page.getByRole('table', { name: /keer bekeken$/ });
    const passportRead = log.getByRole('row', {
      name: new RegExp(
        `${HIRING_EMPLOYER_NAME}.*, Werkgever.*Uw paspoort met naam.*Paspoort delen met werkgevers`,
      ),
    });
    // The log loads after the heading: wait for its rows before counting them.
    await passportRead.first().waitFor();
    const pseudonymousRead = log.getByRole('row', {
      name: new RegExp(
        `${HIRING_EMPLOYER_NAME}.*Uw profiel onder schuilnaam.*Geen toestemming nodig`,
      ),
    });
    await pseudonymousRead.first().waitFor();
    const entries = (
      await api(context).get<AccessLogEntry[]>(`/api/persons/${sandraId}/access-log`)
    ).body;
    expect(entries[0]).toMatchObject({
      what: 'pseudonymous_profile',
      organisation: { name: HIRING_EMPLOYER_NAME },
      consent: null,
    });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-access-log');
    await employer.context.close();
    await context.close();
  });

  it('downloads all her data as a JSON file with her name in it', async () => {
    const { context, page } = await e2e.openAs(demo.candidate, '/privacy/mijn-gegevens');
    await waitForPageHeading(page, 'Mijn gegevens downloaden of verwijderen');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download mijn gegevens' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^overstap-gegevens-K-[A-Z0-9]+\.json$/);
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('Sandra');
    const document = JSON.parse(text) as DataExport;
    expect(document.format).toBe('overstap.personal-data/v1');
    expect(document.passport.person).toMatchObject({
      givenName: 'Sandra',
      familyName: 'de Vries',
    });
    expect(document.account?.email).toBe(demo.candidate);
    expect(document.trajectories.length).toBeGreaterThan(0);
    await page
      .getByText(`Uw gegevens zijn gedownload als ${download.suggestedFilename()}.`)
      .waitFor();
    await context.close();
  });

  it('shows the case manager the consents on the passport page and records one given on paper', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, `/caseload/${sandraId}`);
    await waitForPageHeading(page, 'Paspoort van Sandra de Vries');
    const consents = region(page, 'Toestemmingen');
    const inForce = consents.getByRole('table', { name: /toestemming(en)? (geldt|gelden) nu$/ });
    const row = (...texts: string[]) =>
      texts.reduce((rows, text) => rows.filter({ hasText: text }), inForce.getByRole('row'));
    await row('Voortgang delen met huidige werkgever', 'Cateringgroep Maasland').waitFor();
    await consents.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await consents
      .getByRole('combobox', { name: 'Waarvoor' })
      .selectOption({ label: 'Dossier delen met partner' });
    await consents
      .getByRole('combobox', { name: 'Met welke organisatie?' })
      .selectOption({ label: 'Gemeente Oss' });
    await consents.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await consents.getByText('Toestemming gegeven aan Gemeente Oss. Dat geldt vanaf nu.').waitFor();
    await row('Dossier delen met partner', 'Gemeente Oss').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-case-manager-consents');
    await context.close();

    const candidate = await apiAs(demo.candidate);
    const list = (await candidate.get<Consent[]>(`/api/persons/${sandraId}/consents`)).body;
    expect(list[0]).toMatchObject({
      purpose: 'case_to_partner',
      recipient: { name: 'Gemeente Oss' },
      givenVia: 'case_manager',
      status: 'in_force',
    });
    await candidate.context.close();
  });

  it('a new candidate signs up for a trajectory, then erases all data in two steps and is signed out', async () => {
    const person = {
      name: 'Vera Uitwis',
      email: 'vera.uitwis@example.test',
      password: 'een-lang-wachtwoord',
    };
    const admin = await apiAs(demo.admin);
    const [regionRow] = (await admin.get<{ id: string }[]>('/api/regions')).body;
    const orgs = (await admin.get<Organisation[]>('/api/organisations')).body;
    const uwv = orgs.find((o) => o.kinds.includes('public_employment_service'));
    await admin.post('/api/users', {
      ...person,
      role: 'candidate',
      regionId: regionRow?.id,
      locale: 'nl',
    });
    await admin.context.close();
    const vera = await apiAs(person.email, person.password);
    await vera.post<Passport>('/api/persons', {
      givenName: 'Vera',
      familyName: 'Uitwis',
      email: person.email,
      birthYear: 1984,
      caseOrganisationId: uwv?.id,
    });
    await vera.context.close();

    const { context, page } = await e2e.newPage();
    await signInViaApi(context, e2e.url, person.email, person.password);
    await page.goto(`${e2e.url}/mijn-traject`);
    await waitForPageHeading(page, 'Mijn traject');
    await page.getByText('U heeft nog geen traject in Overstap.').waitFor();
    await page.getByRole('button', { name: 'Aanmelden voor begeleiding' }).click();
    await page
      .getByText('U heeft zich aangemeld. Uw casemanager nodigt u uit voor een intakegesprek.')
      .waitFor();

    await page.goto(`${e2e.url}/privacy/mijn-gegevens`);
    await waitForPageHeading(page, 'Mijn gegevens downloaden of verwijderen');
    const erase = region(page, 'Verwijder mijn gegevens');
    await erase.getByText('Verwijderen kan niet ongedaan worden gemaakt.').waitFor();
    // Step 1 opens the confirmation; focus moves into it.
    await erase.getByRole('button', { name: 'Mijn gegevens verwijderen…' }).click();
    const confirm = erase.getByRole('group', { name: 'Weet u het zeker?' });
    await confirm.waitFor();
    expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    // Step 2 needs the box ticked.
    await confirm.getByRole('button', { name: 'Ja, verwijder mijn gegevens definitief' }).click();
    await confirm.getByText('Vink aan dat u begrijpt dat verwijderen definitief is.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-erase-confirm');
    await confirm
      .getByRole('checkbox', {
        name: 'Ik begrijp dat mijn gegevens en mijn account definitief worden verwijderd.',
      })
      .check();
    await confirm.getByRole('button', { name: 'Ja, verwijder mijn gegevens definitief' }).click();

    await waitForPageHeading(page, 'Uw gegevens zijn verwijderd');
    await page.getByText('U bent uitgelogd en uw account is opgeheven.').waitFor();
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    expect(await page.getByRole('banner').textContent()).not.toContain('Vera');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-erased');
    await page.getByRole('button', { name: 'English' }).click();
    await waitForPageHeading(page, 'Your data has been erased');

    // The session is gone, and the account cannot sign in again.
    expect((await context.request.get(`${e2e.url}/api/persons/me`)).status()).toBe(401);
    const again = await e2e.newPage();
    await expect(
      signInViaApi(again.context, e2e.url, person.email, person.password),
    ).rejects.toThrow(/login failed: 401/);
    await again.context.close();
    await context.close();
  });
});
