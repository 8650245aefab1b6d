import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Passport } from '../../src/modules/people/contracts.ts';
import type { TrajectoryView, WorklistItem } from '../../src/modules/trajectories/contracts.ts';
import { screenshot } from './browser.ts';
import { demo, useServerAndBrowser, waitForPageHeading } from './ui.ts';

const e2e = useServerAndBrowser();

/** WCAG 2.1 A and AA rules; 'serious' and 'critical' findings fail the test. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** The API as the signed-in user of a context (cookies plus the CSRF token). */
function api(context: BrowserContext) {
  let token: string | undefined;
  const csrf = async () => {
    token ??= (
      (await (await context.request.get(`${e2e.url}/api/auth/csrf`)).json()) as { token: string }
    ).token;
    return token;
  };
  return {
    async get<T>(path: string): Promise<T> {
      const res = await context.request.get(`${e2e.url}${path}`);
      if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async post<T>(path: string, data: unknown): Promise<{ status: number; body: T }> {
      const res = await context.request.post(`${e2e.url}${path}`, {
        headers: { 'x-csrf-token': await csrf() },
        data,
      });
      return { status: res.status(), body: (await res.json()) as T };
    },
    async put<T>(path: string, data: unknown): Promise<{ status: number; body: T }> {
      const res = await context.request.put(`${e2e.url}${path}`, {
        headers: { 'x-csrf-token': await csrf() },
        data,
      });
      return { status: res.status(), body: (await res.json()) as T };
    },
    async patch<T>(path: string, data: unknown): Promise<{ status: number; body: T }> {
      const res = await context.request.patch(`${e2e.url}${path}`, {
        headers: { 'x-csrf-token': await csrf() },
        data,
      });
      return { status: res.status(), body: (await res.json()) as T };
    },
  };
}

/** YYYY-MM-DD, `days` from today (negative: in the past). */
function day(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A new person in the UWV caseload, with a current job in catering (the old conditions). */
async function newCaseloadPerson(
  context: BrowserContext,
  givenName: string,
  familyName: string,
): Promise<string> {
  const as = api(context);
  const person = await as.post<Passport>('/api/persons', { givenName, familyName });
  expect(person.status).toBe(201);
  const job = await as.post<Passport>(`/api/persons/${person.body.id}/work-history`, {
    jobTitle: 'Kok bedrijfsrestaurant',
    employerName: 'Cateringgroep Maasland',
    sector: 'hospitality',
    startYear: 2008,
    endYear: null,
    hoursPerWeek: 32,
    monthlySalary: 2450,
  });
  expect(job.status).toBe(200);
  return person.body.id;
}

const form = (page: Page, name: string | RegExp) => page.getByRole('form', { name, exact: true });

/** Chooses the option whose text contains `text` (catalogue options carry the provider too). */
async function choose(select: Locator, text: string): Promise<void> {
  const option = select.locator('option', { hasText: text }).first();
  const value = await option.getAttribute('value');
  if (!value) throw new Error(`no option "${text}"`);
  await select.selectOption(value);
}

const currentStep = (page: Page) => page.locator('.ov-chain [aria-current="step"]');

async function moveToStep(page: Page, step: string, reason: string): Promise<void> {
  const f = form(page, 'Naar een andere stap');
  await f.getByLabel('Nieuwe stap').selectOption({ label: step });
  await f.getByLabel('Reden', { exact: true }).selectOption({ label: reason });
  await f.getByRole('button', { name: 'Stap vastleggen' }).click();
  const name = step.replace(/^Stap \d: /, '');
  await expect.poll(() => currentStep(page).textContent()).toContain(name);
  await page.getByText('De nieuwe stap is vastgelegd.').waitFor();
}

describe('a case manager takes one person through the whole chain', () => {
  it('from intake to the 12-month outcome, in the UI', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, '/');
    await waitForPageHeading(page, 'Werkplek casemanager');
    const personId = await newCaseloadPerson(context, 'Ineke', 'Verhoeven');

    // From the passport to the (not yet started) trajectory.
    await page.goto(`${e2e.url}/caseload/${personId}`);
    await waitForPageHeading(page, 'Paspoort van Ineke Verhoeven');
    await page.getByRole('link', { name: 'Naar het traject' }).click();
    await waitForPageHeading(page, 'Traject van Ineke Verhoeven');
    await page.getByText('Deze kandidaat heeft nog geen traject.').waitFor();
    await page.getByLabel('Hoe kwam de kandidaat binnen?').selectOption({ label: 'UWV' });
    await page.getByRole('button', { name: 'Traject starten' }).click();

    // Intake, with obstacles marked as visible to the case team only.
    const intake = form(page, 'Intake vastleggen');
    await intake.waitFor();
    await intake
      .getByLabel('Situatie')
      .fill('Kok, 14 jaar in dienst; het bedrijfsrestaurant sluit.');
    await intake.getByLabel('Motivatie').fill('Wil met mensen werken, in de zorg.');
    await intake.getByLabel('Wensen voor werk').fill('Overdag, 28 tot 32 uur');
    await intake
      .getByRole('group', { name: 'Belemmeringen (alleen voor het casemanagementteam)' })
      .getByText(/Alleen zichtbaar voor het casemanagementteam/)
      .waitFor();
    await intake.getByLabel('Zorgtaken').check();
    await intake.getByLabel('Toelichting bij de belemmeringen').fill('Mantelzorg voor moeder');
    await intake.getByLabel('Digitale vaardigheden').selectOption({ label: 'Basis' });
    await intake.getByRole('button', { name: 'Intake opslaan' }).click();
    await page.getByText('De intake is opgeslagen.').waitFor();

    // Triage group 2: the trajectory enters step 1.
    const triage = form(page, 'Triage vastleggen');
    await triage
      .getByLabel('Groep', { exact: true })
      .selectOption({ label: 'Groep 2: korte dienstverlening en matching' });
    await triage.getByLabel('Waarom deze groep?').fill('Gemotiveerd en snel inzetbaar');
    await triage.getByRole('button', { name: 'Triage vastleggen' }).click();
    await expect.poll(() => currentStep(page).textContent()).toContain('Aanmelding');
    const triageHistory = page.getByRole('table', { name: /Geschiedenis van de triage/ });
    expect(await triageHistory.textContent()).toContain('Gemotiveerd en snel inzetbaar');

    await moveToStep(page, 'Stap 2: Coaching en competenties', 'Plan afgesproken');
    await moveToStep(page, 'Stap 3: Matching', 'Klaar voor matching');

    // Job shadowing at the care home, and its outcome: a fit.
    await page.getByRole('link', { name: 'Verwijzingen en activiteiten' }).click();
    const plan = form(page, 'Meeloopstage plannen');
    await plan.waitFor();
    await choose(plan.getByLabel(/^Werkgever/), 'Zorggroep Maas en Meierij');
    await choose(plan.getByLabel(/^Vacature/), 'Helpende zorg en welzijn');
    await plan.getByLabel('Eerste dag').fill(day(-480));
    await plan.getByLabel('Laatste dag').fill(day(-478));
    await plan.getByRole('button', { name: 'Meeloopstage plannen' }).click();
    await page.getByText('De meeloopstage is gepland.').waitFor();
    const outcome = form(page, /^Uitkomst van de meeloopstage bij Zorggroep Maas en Meierij/);
    await outcome.getByLabel('Past het werk?').selectOption({ label: 'Ja, past' });
    await outcome.getByLabel('Terugkoppeling van de kandidaat').fill('Voelde me meteen thuis');
    await outcome.getByLabel('Terugkoppeling van de werkgever').fill('Rustig en gastvrij');
    await outcome.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await page.getByText('De uitkomst van de meeloopstage is vastgelegd.').waitFor();
    const shadowings = page.getByRole('table', { name: 'Meeloopstages' });
    expect(await shadowings.textContent()).toContain('Ja, past');

    await page.getByRole('link', { name: 'Keten en intake' }).click();
    await moveToStep(page, 'Stap 4: Selectie', 'Meeloopstage: past');

    // Conditional contract: a deadline before the signing date is refused at that field,
    // and nothing typed is lost.
    await page.getByRole('link', { name: 'Verwijzingen en activiteiten' }).click();
    const contract = form(page, 'Voorwaardelijk contract vastleggen');
    await choose(contract.getByLabel(/^Werkgever/), 'Zorggroep Maas en Meierij');
    const condition = 'Diploma Helpende Zorg en Welzijn niveau 2 behaald';
    await contract.getByLabel('Ontbindende voorwaarde').fill(condition);
    await contract.getByLabel('Getekend op').fill(day(-470));
    await contract.getByLabel('Uiterste datum voor de voorwaarde').fill(day(-480));
    await contract.getByRole('button', { name: 'Contract vastleggen' }).click();
    await contract.getByText('Deze datum moet na de datum van tekenen liggen.').waitFor();
    const deadline = contract.getByLabel('Uiterste datum voor de voorwaarde');
    expect(await deadline.getAttribute('aria-invalid')).toBe('true');
    expect(await deadline.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await contract.getByLabel('Ontbindende voorwaarde').inputValue()).toBe(condition);
    await deadline.fill(day(-380));
    await contract.getByRole('button', { name: 'Contract vastleggen' }).click();
    await page.getByText('Het voorwaardelijke contract is vastgelegd.').waitFor();

    await page.getByRole('link', { name: 'Keten en intake' }).click();
    await moveToStep(page, 'Stap 5: Scholing', 'Scholing nodig');

    // Training from the catalogue, completed with a diploma; the contract's condition is met.
    await page.getByRole('link', { name: 'Verwijzingen en activiteiten' }).click();
    const enrol = form(page, 'Inschrijven voor scholing');
    await choose(enrol.getByLabel(/^Opleiding/), 'Helpende Zorg en Welzijn (BBL');
    await enrol.getByLabel('Begint op').fill(day(-465));
    await enrol.getByRole('button', { name: 'Inschrijven' }).click();
    await page.getByText('De inschrijving is vastgelegd.').waitFor();
    const complete = form(page, /afgerond$/);
    await complete.getByLabel('Afgerond op').fill(day(-410));
    expect(await complete.getByLabel('Diploma of certificaat behaald').isChecked()).toBe(true);
    await complete.getByRole('button', { name: 'Afronding vastleggen' }).click();
    await page.getByText('De scholing is afgerond.').waitFor();
    const resolve = form(page, 'Afloop van het contract met Zorggroep Maas en Meierij');
    await resolve
      .getByLabel('Afloop')
      .selectOption({ label: 'Voorwaarde vervuld: het contract gaat door' });
    await resolve.getByLabel('Datum').fill(day(-410));
    await resolve.getByRole('button', { name: 'Afloop vastleggen' }).click();
    await page.getByText('De afloop van het contract is vastgelegd.').waitFor();
    const contracts = page.getByRole('table', { name: /Voorwaardelijke contracten/ });
    expect(await contracts.textContent()).toContain('Voorwaarde vervuld');
    const trainings = page.getByRole('table', { name: 'Scholing' });
    expect(await trainings.textContent()).toContain('Afgerond');

    await page.getByRole('link', { name: 'Keten en intake' }).click();
    await moveToStep(page, 'Stap 6: Start nieuwe baan', 'Scholing afgerond');

    // Placement, with old and new conditions side by side and the income gap in words.
    await page.getByRole('link', { name: 'Plaatsing en nazorg' }).click();
    const placement = form(page, 'Plaatsing vastleggen');
    await placement.getByLabel('Route').selectOption({ label: 'Na scholing' });
    await choose(placement.getByLabel(/^Werkgever/), 'Zorggroep Maas en Meierij');
    await placement.getByLabel(/^Functie/).fill('Helpende zorg en welzijn');
    await placement.getByLabel('Startdatum').fill(day(-400));
    await placement.getByLabel(/^Uren per week/).fill('28');
    await placement.getByLabel(/^Brutoloon per maand/).fill('2.280');
    await placement.getByLabel('Soort contract').selectOption({ label: 'Vast contract' });
    await placement.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await page.getByText(/De plaatsing is vastgelegd/).waitFor();
    const comparison = page.getByRole('table', {
      name: 'Oude en nieuwe arbeidsvoorwaarden bij Zorggroep Maas en Meierij',
    });
    const salaryRow = comparison.getByRole('row', { name: /Brutoloon per maand/ });
    const salaryText = (await salaryRow.textContent()) ?? '';
    expect(salaryText).toMatch(/2\.450/);
    expect(salaryText).toMatch(/2\.280/);
    expect(salaryText).toMatch(/−€\s?170/);
    expect(await comparison.getByRole('row', { name: /Sector/ }).textContent()).toContain(
      'Andere sector',
    );
    await page.getByText(/Inkomensverschil: €\s170 per maand minder/).waitFor();

    await page.getByRole('link', { name: 'Keten en intake' }).click();
    await moveToStep(page, 'Stap 7: Begeleiding en nazorg', 'Geplaatst');

    // The 12-month outcome: at work, with the same employer.
    await page.getByRole('link', { name: 'Plaatsing en nazorg' }).click();
    const twelve = form(page, 'Vastleggen: 12 maanden na de start');
    await twelve.getByLabel('Nog aan het werk?').selectOption({ label: 'Ja' });
    await twelve.getByLabel('Zelfde werkgever?').selectOption({ label: 'Ja' });
    await twelve.getByLabel('Toelichting').fill('Vaste aanstelling');
    await twelve.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByText('Het nazorgmoment is vastgelegd.').waitFor();
    const checks = page.getByRole('table', { name: /Nazorgmomenten bij/ });
    const measured = checks.getByRole('row', { name: /Meting na 12 maanden/ });
    expect(await measured.textContent()).toContain('Aan het werk');
    // The 6-month measurement was not recorded: it stays open, not "not at work".
    expect(await checks.getByRole('row', { name: /Meting na 6 maanden/ }).textContent()).toContain(
      'Nog niet vastgelegd',
    );
    await screenshot(page, 'trajectory-placement-12-months');

    // The unrecorded 3- and 6-month check-ins are on the worklist until the trajectory closes.
    const dueFor = async () =>
      (await api(context).get<WorklistItem[]>('/api/worklist?withinDays=90'))
        .filter((i) => i.personId === personId)
        .map((i) => [i.kind, i.overdue]);
    expect(await dueFor()).toEqual([
      ['check_in_due', true],
      ['check_in_due', true],
    ]);

    // Durable placement closes it; the history holds every step with its reason and actor.
    await page.getByRole('link', { name: 'Keten en intake' }).click();
    // Closing is tucked away behind a disclosure; it opens from the keyboard.
    await page.locator('summary', { hasText: 'Traject afsluiten' }).focus();
    await page.keyboard.press('Enter');
    const close = form(page, 'Traject afsluiten');
    await close.getByLabel('Reden van afsluiten').selectOption({
      label: 'Duurzaam geplaatst (12 maanden aan het werk)',
    });
    await close.getByRole('button', { name: 'Traject afsluiten' }).click();
    await page.getByText('Dit traject is afgesloten. Er kan niets meer aan veranderen.').waitFor();
    const history = page.getByRole('table', { name: /Alle overgangen in de keten/ });
    const rows = await history.getByRole('row').allTextContents();
    expect(rows.filter((r) => r.includes('Naar een andere stap'))).toHaveLength(6);
    expect(rows.join('\n')).toContain('Meeloopstage: past');
    expect(rows.join('\n')).toContain('Karim Casemanager');

    // The server agrees: closed as a durable placement, 12-month check recorded as at work.
    const view = await api(context).get<TrajectoryView>(
      `/api/trajectories/${(await api(context).get<{ id: string }>(`/api/persons/${personId}/trajectory`)).id}`,
    );
    expect(view).toMatchObject({ status: 'closed', step: 7, closureReason: 'durable_placement' });
    expect(view.placements[0]?.checks.find((c) => c.months === 12)?.result).toBe('at_work');
    expect(view.shadowings[0]?.fit).toBe('yes');
    expect(view.conditionalContracts[0]?.status).toBe('condition_met');
    expect(view.trainings[0]?.status).toBe('completed');
    expect(await dueFor()).toEqual([]);
    await screenshot(page, 'trajectory-closed-history');
    await context.close();
  }, 360_000);
});

describe('the chain refuses what it does not allow', () => {
  it('offers only the allowed steps, and says clearly why a stale choice is refused', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, '/');
    await waitForPageHeading(page, 'Werkplek casemanager');
    const personId = await newCaseloadPerson(context, 'Joost', 'Hendriks');
    const as = api(context);
    const started = await as.post<TrajectoryView>('/api/trajectories', { personId, source: 'uwv' });
    const url = `/api/trajectories/${started.body.id}`;
    const intake = await as.put(`${url}/intake`, {
      situation: 'Magazijnmedewerker bij de cateraar',
    });
    expect(intake.status).toBe(200);
    expect((await as.post(`${url}/triage`, { group: 3, reason: 'Maatwerk nodig' })).status).toBe(
      200,
    );

    await page.goto(`${e2e.url}/caseload/${personId}/traject`);
    await waitForPageHeading(page, 'Traject van Joost Hendriks');
    const stepForm = form(page, 'Naar een andere stap');
    await stepForm.waitFor();
    const options = await stepForm.getByLabel('Nieuwe stap').locator('option').allTextContents();
    expect(options).toEqual([
      'Maak een keuze',
      'Stap 2: Coaching en competenties',
      'Stap 3: Matching',
      'Stap 6: Start nieuwe baan',
    ]);

    // The API refuses an illegal step with a message naming the allowed ones.
    const illegal = await as.post<{ error: { code: string; field: string; message: string } }>(
      `${url}/steps`,
      { step: 5, reason: 'training_needed' },
    );
    expect(illegal.status).toBe(409);
    expect(illegal.body.error).toMatchObject({ code: 'conflict', field: 'step' });
    expect(illegal.body.error.message).toContain('from step 1 the chain goes to step 2, 3, 6');

    // A colleague moves the trajectory on to step 3 meanwhile; this page still offers step 3.
    await as.post(`${url}/steps`, { step: 2, reason: 'plan_agreed' });
    await as.post(`${url}/steps`, { step: 3, reason: 'ready_for_matching' });
    await stepForm.getByLabel('Nieuwe stap').selectOption({ label: 'Stap 3: Matching' });
    await stepForm
      .getByLabel('Reden', { exact: true })
      .selectOption({ label: 'Klaar voor matching' });
    await stepForm.getByLabel('Toelichting').fill('Na het gesprek van vandaag');
    await stepForm.getByRole('button', { name: 'Stap vastleggen' }).click();
    await stepForm
      .getByText('Vanuit stap 3 kan het traject alleen naar stap 2, 4, 5, 6, niet naar stap 3.')
      .waitFor();
    expect(await stepForm.getByLabel('Nieuwe stap').getAttribute('aria-invalid')).toBe('true');
    // The page reloads what is allowed now; what was typed stays.
    await expect
      .poll(() => stepForm.getByLabel('Nieuwe stap').locator('option').allTextContents())
      .toEqual([
        'Maak een keuze',
        'Stap 2: Coaching en competenties',
        'Stap 4: Selectie',
        'Stap 5: Scholing',
        'Stap 6: Start nieuwe baan',
      ]);
    expect(await stepForm.getByLabel('Toelichting').inputValue()).toBe(
      'Na het gesprek van vandaag',
    );
    expect(await currentStep(page).textContent()).toContain('Matching');
    await screenshot(page, 'trajectory-illegal-step');
    await context.close();
  }, 180_000);
});

describe('trajectory pages are accessible and reachable from the worklist', () => {
  it('the trajectory page and the worklist have no serious violations', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, '/');
    await waitForPageHeading(page, 'Werkplek casemanager');
    // The worklist is on the home page and its own page.
    await page.getByRole('heading', { level: 2, name: 'Werklijst' }).waitFor();
    await page.getByRole('table', { name: 'Eerstvolgende taken' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Naar de hele werklijst' }).click();
    await waitForPageHeading(page, 'Werklijst');
    await page.getByLabel('Aan de beurt binnen').selectOption({ label: '90 dagen' });
    const table = page.getByRole('table', { name: /^Werklijst \(\d+ taken?\)$/ });
    await table.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'trajectory-worklist');

    // A demo participant of the pilot: the trajectory page with its chain and history.
    const link = table
      .locator('a[href*="/traject"]', { hasText: '30 dagen geen activiteit' })
      .first();
    await link.click();
    await page.getByRole('heading', { level: 1, name: /^Traject van / }).waitFor();
    await page.getByRole('list', { name: 'De zeven stappen van de keten' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    for (const part of [
      'Plan en afspraken',
      'Verwijzingen en activiteiten',
      'Plaatsing en nazorg',
      'Financiering',
    ]) {
      await page.getByRole('link', { name: part }).click();
      await expect
        .poll(() => page.getByRole('link', { name: part }).getAttribute('aria-current'))
        .toBe('page');
      expect(await seriousViolations(page), part).toEqual([]);
    }
    // With inline errors on screen too.
    const funding = form(page, 'Financiering toevoegen');
    await funding.getByLabel('Bedrag').fill('veel');
    await funding.getByRole('button', { name: 'Financiering toevoegen' }).click();
    await funding.getByText('Vul een bedrag in, zoals 1250 of 1250,50.').waitFor();
    expect(await funding.getByLabel('Bedrag').inputValue()).toBe('veel');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'trajectory-a11y');
    // Every text comes from the translations, in Dutch and in English.
    expect(await page.getByRole('main').textContent()).not.toContain('trajectory.');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /^Trajectory of / }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Funding' }).waitFor();
    await page.getByRole('link', { name: 'Chain and intake' }).click();
    await page.getByRole('list', { name: 'The seven steps of the chain' }).waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('trajectory.');
    await context.close();
  }, 240_000);
});

describe('unsaved input survives moving between the tabs of a trajectory', () => {
  /** A case manager on the Dutch pages (another test switches this account to English). */
  async function openInDutch(): Promise<{ context: BrowserContext; page: Page }> {
    const opened = await e2e.openAs(demo.caseManager, '/');
    const res = await api(opened.context).patch('/api/auth/me', { locale: 'nl' });
    expect(res.status).toBe(200);
    await opened.page.reload();
    await waitForPageHeading(opened.page, 'Werkplek casemanager');
    return opened;
  }

  it('is restored with a note, goes when saved, and leaving the trajectory warns first', async () => {
    const { context, page } = await openInDutch();
    const personId = await newCaseloadPerson(context, 'Fatma', 'Yilmaz');
    const as = api(context);
    const started = await as.post<TrajectoryView>('/api/trajectories', { personId, source: 'uwv' });
    expect(started.status).toBe(201);
    const base = `/caseload/${personId}/traject`;
    const pathname = () => new URL(page.url()).pathname;
    const tab = (name: string) =>
      page
        .getByRole('navigation', { name: 'Onderdelen van het traject' })
        .getByRole('link', { name });
    const mainNav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const note = 'Niet-opgeslagen invoer hersteld';

    // Nothing typed yet: moving away asks nothing.
    await page.goto(`${e2e.url}${base}/plan`);
    await waitForPageHeading(page, 'Traject van Fatma Yilmaz');
    await form(page, 'Doel toevoegen').waitFor();
    await mainNav.getByRole('link', { name: 'Werklijst' }).click();
    await waitForPageHeading(page, 'Werklijst');
    await page.goBack();

    // A goal and a funding line typed, not saved; the tabs change in between.
    const goal = form(page, 'Doel toevoegen');
    await goal.getByLabel('Doel', { exact: true }).fill('Diploma Helpende Zorg en Welzijn');
    await goal.getByLabel('Uiterlijk bereikt op').fill(day(200));
    await tab('Financiering').click();
    const funding = form(page, 'Financiering toevoegen');
    await funding.getByLabel('Bedrag').fill('1250');
    await funding.getByLabel('Omschrijving').fill('Scholingsbudget van de sector');
    await tab('Plan en afspraken').click();
    await goal.getByText(note).waitFor();
    expect(await goal.getByLabel('Doel', { exact: true }).inputValue()).toBe(
      'Diploma Helpende Zorg en Welzijn',
    );
    expect(await goal.getByLabel('Uiterlijk bereikt op').inputValue()).toBe(day(200));
    // Only the form with a draft says so.
    expect(await form(page, 'Afspraak maken').getByText(note).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'trajectory-draft-restored');

    // Following a main-menu link asks first; staying keeps the input and the page.
    await mainNav.getByRole('link', { name: 'Werklijst' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Niet-opgeslagen invoer' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'Niet opgeslagen bij: Plan en afspraken, Financiering.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'trajectory-draft-leave-warning');
    await dialog.getByRole('button', { name: 'Op deze pagina blijven' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(pathname()).toBe(`${base}/plan`);
    // Focus is back on the link that was followed.
    const worklistLink = mainNav.getByRole('link', { name: 'Werklijst' });
    expect(await worklistLink.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await goal.getByLabel('Doel', { exact: true }).inputValue()).toBe(
      'Diploma Helpende Zorg en Welzijn',
    );
    // Escape means "stay" too.
    await mainNav.getByRole('link', { name: 'Werklijst' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(pathname()).toBe(`${base}/plan`);

    // Saved: the draft is gone, also after going to another tab and back.
    await goal.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByText(/Het doel is toegevoegd/).waitFor();
    expect(await goal.getByLabel('Doel', { exact: true }).inputValue()).toBe('');
    await tab('Keten en intake').click();
    await form(page, 'Intake vastleggen').waitFor();
    await tab('Plan en afspraken').click();
    await page
      .getByRole('heading', { level: 3, name: 'Diploma Helpende Zorg en Welzijn' })
      .waitFor();
    expect(await goal.getByLabel('Doel', { exact: true }).inputValue()).toBe('');
    expect(await goal.getByText(note).count()).toBe(0);

    // The funding line is still a draft: closing the browser tab asks the browser's question.
    await tab('Financiering').click();
    await funding.getByText(note).waitFor();
    expect(await funding.getByLabel('Bedrag').inputValue()).toBe('1250');
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const beforeUnload = await asked;
    expect(beforeUnload.type()).toBe('beforeunload');
    await beforeUnload.dismiss();
    expect(page.isClosed()).toBe(false);

    // Leaving anyway (here: back to the passport) forgets the drafts.
    await page.getByRole('link', { name: 'Terug naar het paspoort' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Pagina verlaten zonder opslaan' }).click();
    await waitForPageHeading(page, 'Paspoort van Fatma Yilmaz');
    await page.goBack();
    await funding.waitFor();
    expect(await funding.getByLabel('Bedrag').inputValue()).toBe('');
    expect(await funding.getByText(note).count()).toBe(0);

    // A draft can be discarded on the spot; with nothing unsaved, leaving asks nothing.
    await funding.getByLabel('Bedrag').fill('800');
    await tab('Plan en afspraken').click();
    await tab('Financiering').click();
    await funding.getByText(note).waitFor();
    await funding.getByRole('button', { name: 'Invoer wissen' }).click();
    await page.getByText('De niet-opgeslagen invoer is gewist.').waitFor();
    expect(await funding.getByLabel('Bedrag').inputValue()).toBe('');
    await mainNav.getByRole('link', { name: 'Werklijst' }).click();
    await waitForPageHeading(page, 'Werklijst');
    expect(await dialog.count()).toBe(0);
    await context.close();
  }, 180_000);

  it('keeps the intake’s obstacles out of the browser’s storage', async () => {
    const { context, page } = await openInDutch();
    const personId = await newCaseloadPerson(context, 'Ruud', 'Peters');
    const started = await api(context).post<TrajectoryView>('/api/trajectories', {
      personId,
      source: 'uwv',
    });
    expect(started.status).toBe(201);
    await page.goto(`${e2e.url}/caseload/${personId}/traject`);
    const intake = form(page, 'Intake vastleggen');
    await intake.getByLabel('Schulden').check();
    await intake
      .getByLabel('Toelichting bij de belemmeringen')
      .fill('Schuldhulp loopt via gemeente');
    await page.getByRole('link', { name: 'Financiering', exact: true }).click();
    await form(page, 'Financiering toevoegen').waitFor();
    await page.getByRole('link', { name: 'Keten en intake' }).click();
    await intake.getByText('Niet-opgeslagen invoer hersteld').waitFor();
    expect(await intake.getByLabel('Toelichting bij de belemmeringen').inputValue()).toBe(
      'Schuldhulp loopt via gemeente',
    );
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(stored).not.toContain('Schuldhulp');

    // Signing out with unsaved input asks first; staying keeps the session and the input.
    const dialog = page.getByRole('alertdialog', { name: 'Niet-opgeslagen invoer' });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Op deze pagina blijven' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await context.request.get(`${e2e.url}/api/auth/me`)).status()).toBe(200);
    expect(await intake.getByLabel('Toelichting bij de belemmeringen').inputValue()).toBe(
      'Schuldhulp loopt via gemeente',
    );
    // Leaving anyway signs out.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await dialog.getByRole('button', { name: 'Pagina verlaten zonder opslaan' }).click();
    await waitForPageHeading(page, 'Inloggen');
    await page.getByText('U bent uitgelogd', { exact: false }).first().waitFor();
    expect((await context.request.get(`${e2e.url}/api/auth/me`)).status()).toBe(401);
    await context.close();
  }, 120_000);
});
