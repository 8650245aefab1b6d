import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Passport, PassportExport } from '../../src/modules/people/contracts.ts';
import { screenshot, signInViaApi } from './browser.ts';
import { DEMO_PASSWORD, demo, useServerAndBrowser, waitForPageHeading } from './ui.ts';

const e2e = useServerAndBrowser();

const PASSWORD = 'een-lang-wachtwoord';
const noor = { name: 'Noor Bakker', email: 'noor.bakker@example.test' };
const ruben = { name: 'Ruben Smit', email: 'ruben.smit@example.test' };

/** New candidates without a passport, made by the administrator through the API. */
async function createCandidates(): Promise<void> {
  const { context } = await e2e.newPage();
  await signInViaApi(context, e2e.url, demo.admin, DEMO_PASSWORD);
  const { token } = (await (await context.request.get(`${e2e.url}/api/auth/csrf`)).json()) as {
    token: string;
  };
  const [region] = (await (await context.request.get(`${e2e.url}/api/regions`)).json()) as {
    id: string;
  }[];
  for (const user of [noor, ruben]) {
    const res = await context.request.post(`${e2e.url}/api/users`, {
      headers: { 'x-csrf-token': token },
      data: { ...user, role: 'candidate', password: PASSWORD, regionId: region?.id, locale: 'nl' },
    });
    if (!res.ok()) throw new Error(`creating ${user.email}: ${await res.text()}`);
  }
  await context.close();
}

async function openAsCandidate(email: string, at: string) {
  const opened = await e2e.newPage();
  await signInViaApi(opened.context, e2e.url, email, PASSWORD);
  await opened.page.goto(`${e2e.url}${at}`);
  return opened;
}

/** What the server holds, through the same export the UI offers (minus the moment of export). */
async function exported(context: BrowserContext): Promise<Omit<PassportExport, 'exportedAt'>> {
  const me = (await (await context.request.get(`${e2e.url}/api/persons/me`)).json()) as Passport;
  const res = await context.request.get(`${e2e.url}/api/persons/${me.id}/export`);
  const { exportedAt: _at, ...rest } = (await res.json()) as PassportExport;
  return rest;
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('a candidate builds a skills passport in the browser', () => {
  let exportFile = '';
  let exportedByNoor: PassportExport | undefined;

  beforeAll(createCandidates);
  afterAll(() => {
    if (exportFile) fs.rmSync(path.dirname(exportFile), { recursive: true, force: true });
  });

  it('from work history and its suggestions to wishes, and exports it as JSON', async () => {
    const { context, page } = await openAsCandidate(noor.email, '/paspoort');
    await waitForPageHeading(page, 'Mijn paspoort');

    // No passport yet: start one; the name comes from the account.
    const start = section(page, 'Nieuw paspoort beginnen');
    expect(await start.getByRole('textbox', { name: 'Voornaam' }).inputValue()).toBe('Noor');
    await start.getByRole('textbox', { name: /Postcode/ }).fill('5341 AB');
    await start.getByRole('textbox', { name: /Woonplaats/ }).fill('Oss');
    await start.getByRole('textbox', { name: /Geboortejaar/ }).fill('1981');
    await start.getByRole('button', { name: 'Paspoort aanmaken' }).click();
    const work = section(page, 'Werkervaring');
    await work.getByText('Er staat nog geen werkervaring in het paspoort.').waitFor();

    // A job: her own title, the occupation chosen from the job-title proposals.
    await work.getByRole('button', { name: 'Baan toevoegen' }).click();
    const title = work.getByRole('combobox', { name: /Functie/ });
    await title.fill('kok in een bedrijfsrestaurant');
    await work.getByRole('option', { name: /^Kok/ }).first().click();
    expect(await title.inputValue()).toBe('kok in een bedrijfsrestaurant');
    await work.getByText('Beroep: Kok', { exact: false }).waitFor();
    await work.getByRole('textbox', { name: /Werkgever/ }).fill('Bedrijfsrestaurant Het Anker');
    await work.getByRole('combobox', { name: /Sector/ }).selectOption({
      label: 'Horeca en catering',
    });
    await work.getByRole('textbox', { name: /Beginjaar/ }).fill('2009');
    await work.getByRole('textbox', { name: /Uren per week/ }).fill('32');
    await work.getByRole('button', { name: 'Baan toevoegen' }).click();
    await work.getByText('De baan is toegevoegd.', { exact: false }).waitFor();
    await work.getByRole('heading', { name: 'kok in een bedrijfsrestaurant' }).waitFor();

    // The cook's essential skills are proposed: take two over at a level, turn one down, then all.
    const suggestions = section(page, 'Voorgestelde vaardigheden');
    const table = suggestions.getByRole('table');
    await table.waitFor();
    await suggestions
      .getByRole('combobox', { name: 'Niveau van Warme gerechten bereiden' })
      .selectOption('3');
    await suggestions.getByRole('button', { name: 'Toevoegen Warme gerechten bereiden' }).click();
    await suggestions
      .getByText('Warme gerechten bereiden is toegevoegd op niveau Ervaren.')
      .waitFor();
    await suggestions.getByRole('button', { name: 'Toevoegen HACCP en voedselveiligheid' }).click();
    await suggestions
      .getByText('HACCP en voedselveiligheid is toegevoegd', { exact: false })
      .waitFor();
    await suggestions.getByRole('button', { name: 'Past niet bij mij Snijtechnieken' }).click();
    await suggestions.getByText('Snijtechnieken wordt niet meer voorgesteld.').waitFor();
    await suggestions.getByRole('button', { name: 'Alle voorstellen toevoegen' }).click();
    await suggestions.getByText(/vaardigheden zijn toegevoegd\./).waitFor();
    await suggestions.getByText('Er zijn geen voorstellen meer', { exact: false }).waitFor();

    const skills = section(page, 'Vaardigheden');
    const own = skills.getByRole('table', { name: /Eigen opgave/ });
    const hot = own.getByRole('row', { name: /Warme gerechten bereiden/ });
    expect(await hot.getByRole('combobox').inputValue()).toBe('3');
    expect(await hot.textContent()).toContain('Uit werkervaring');
    expect(await own.getByRole('row', { name: /Snijtechnieken/ }).count()).toBe(0);

    // An informal skill through the autocomplete, found by a synonym.
    const addSkill = skills.getByRole('form', { name: 'Vaardigheid toevoegen' });
    const skillBox = addSkill.getByRole('combobox', { name: 'Vaardigheid' });
    await skillBox.fill('eten geven');
    const option = addSkill.getByRole('option', { name: /Helpen bij eten en drinken/ });
    expect(await option.textContent()).toContain('gevonden via: eten geven');
    await option.click();
    expect(await skillBox.inputValue()).toBe('Helpen bij eten en drinken');
    await addSkill.getByRole('combobox', { name: 'Niveau' }).selectOption('2');
    await addSkill.getByRole('textbox', { name: /Toelichting/ }).fill('Mantelzorg voor mijn vader');
    await addSkill.getByRole('button', { name: 'Vaardigheid toevoegen' }).click();
    await addSkill.getByText('Helpen bij eten en drinken is toegevoegd.').waitFor();
    const informal = own.getByRole('row', { name: /Helpen bij eten en drinken/ });
    expect(await informal.textContent()).toContain('Informeel');
    expect(await informal.textContent()).toContain('Mantelzorg voor mijn vader');
    expect(await informal.textContent()).toContain('Zelf opgegeven');

    // Wishes: sectors, an occupation via the autocomplete, hours, distance, pay, start, training.
    const wishes = section(page, 'Wensen');
    await wishes.getByRole('checkbox', { name: 'Zorg en welzijn' }).check();
    await wishes.getByRole('checkbox', { name: 'Transport en logistiek' }).check();
    await wishes.getByRole('combobox', { name: /Beroep zoeken/ }).fill('voedingsassistent');
    await wishes
      .getByRole('option', { name: /Voedingsassistent/ })
      .first()
      .click();
    await wishes
      .getByRole('list', { name: 'Gekozen beroepen' })
      .getByRole('listitem')
      .filter({ hasText: 'Voedingsassistent' })
      .waitFor();
    await wishes.getByRole('textbox', { name: /Minimaal aantal uren/ }).fill('24');
    await wishes.getByRole('textbox', { name: /Maximaal aantal uren/ }).fill('32');
    await wishes.getByRole('textbox', { name: /reisafstand/ }).fill('25');
    await wishes.getByRole('textbox', { name: /brutoloon/ }).fill('2400');
    await wishes.getByLabel(/Vroegste startdatum/).fill('2027-03-01');
    await wishes.getByRole('checkbox', { name: 'Vast contract' }).check();
    await wishes.getByRole('checkbox', { name: /Voorwaardelijk contract/ }).check();
    await wishes.getByRole('textbox', { name: /opleiding/ }).fill('8');
    await wishes.getByRole('button', { name: 'Wensen opslaan' }).click();
    await wishes.getByText('Uw wensen zijn opgeslagen.').waitFor();

    // Export: a real download of the overstap.passport/v1 file.
    const portability = section(page, 'Meenemen en afdrukken');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      portability.getByRole('button', { name: 'Downloaden als bestand (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^overstap-paspoort-K-[A-Z0-9]+\.json$/);
    exportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'passport-')), 'paspoort.json');
    await download.saveAs(exportFile);
    exportedByNoor = JSON.parse(fs.readFileSync(exportFile, 'utf8')) as PassportExport;
    expect(exportedByNoor.format).toBe('overstap.passport/v1');
    expect(exportedByNoor.person).toMatchObject({ givenName: 'Noor', city: 'Oss' });
    expect(exportedByNoor.workHistory).toEqual([
      expect.objectContaining({
        jobTitle: 'kok in een bedrijfsrestaurant',
        occupationUri: 'urn:overstap:starter:occupation:occupation.cook',
        startYear: 2009,
      }),
    ]);
    expect(exportedByNoor.skills.length).toBeGreaterThanOrEqual(10);
    expect(exportedByNoor.skills.find((s) => s.label === 'Warme gerechten bereiden')).toMatchObject(
      { level: 3, evidence: 'work_history', source: 'work_history' },
    );
    expect(exportedByNoor.skills.find((s) => s.source === 'informal')).toMatchObject({
      note: 'Mantelzorg voor mijn vader',
    });
    expect(exportedByNoor.wishes).toMatchObject({
      sectors: ['care', 'logistics'],
      hoursMin: 24,
      hoursMax: 32,
      maxTravelKm: 25,
      minMonthlySalary: 2400,
      earliestStart: '2027-03-01',
      trainingHoursPerWeek: 8,
    });
    await portability
      .getByText(`Het bestand ${download.suggestedFilename()} is gedownload.`)
      .waitFor();

    // The history says who did what: the export too.
    const history = section(page, 'Geschiedenis');
    await history.getByText('Paspoort gedownload als bestand').waitFor();
    expect(await history.getByRole('table').textContent()).toContain('Noor Bakker (Kandidaat)');
    await history.getByRole('button', { name: /^Alle \d+ wijzigingen tonen$/ }).click();
    expect(await history.getByRole('table').textContent()).toContain(
      'Baan toegevoegd: kok in een bedrijfsrestaurant',
    );
    const { exportedAt: _at, ...saved } = exportedByNoor;
    expect(await exported(context)).toEqual(saved);
    await screenshot(page, 'passport-built-and-exported');
    await context.close();
  });

  it('the printable page shows the whole passport without the site around it', async () => {
    const { context, page } = await openAsCandidate(noor.email, '/paspoort');
    await waitForPageHeading(page, 'Mijn paspoort');
    await page.getByRole('link', { name: 'Afdrukbare versie' }).click();
    await waitForPageHeading(page, 'Vaardighedenpaspoort van Noor Bakker');
    await page.getByRole('table', { name: /vaardigheden/ }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Voedingsassistent');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    await screenshot(page, 'passport-print');
    await context.close();
  });

  it('another new candidate imports the file and gets the same passport', async () => {
    expect(exportedByNoor).toBeDefined();
    const { context, page } = await openAsCandidate(ruben.email, '/paspoort');
    await waitForPageHeading(page, 'Mijn paspoort');
    const importPart = section(page, 'Paspoort meenemen uit een bestand');
    const file = importPart.getByLabel('Paspoortbestand (.json)');

    // A broken file first: the problem is named by its place in the file, nothing is saved.
    const broken = { ...exportedByNoor, skills: [{ ...exportedByNoor?.skills[0], level: 7 }] };
    await file.setInputFiles({
      name: 'kapot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await importPart.getByRole('button', { name: 'Bestand inlezen' }).click();
    await importPart.getByText('Dit bestand klopt niet.', { exact: false }).waitFor();
    await importPart.getByText('skills[0].level', { exact: false }).waitFor();
    expect(await file.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'passport-import-invalid');

    await file.setInputFiles(exportFile);
    await importPart.getByRole('button', { name: 'Bestand inlezen' }).click();
    await page.getByText('Het paspoortbestand is ingelezen.').waitFor();
    await section(page, 'Werkervaring')
      .getByRole('heading', { name: 'kok in een bedrijfsrestaurant' })
      .waitFor();

    const { exportedAt: _noorAt, ...noorsPassport } = exportedByNoor as PassportExport;
    expect(await exported(context)).toEqual(noorsPassport);
    await section(page, 'Geschiedenis').getByText('Paspoort aangemaakt uit een bestand').waitFor();
    await screenshot(page, 'passport-imported');
    await context.close();
  });
});
