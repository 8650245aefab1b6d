import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { demo, descriptionOf, useServerAndBrowser, waitForPageHeading } from './ui.ts';

const e2e = useServerAndBrowser();

/** WCAG 2.1 A and AA rules; 'serious' and 'critical' findings fail the test. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A full-page screenshot from the top (a fixed skip link would otherwise show mid-page). */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

async function choose(page: Page, box: RegExp, text: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: box }).fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

function isoDay(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const training = 'Plantaardig koken voor zorgkeukens';
const skill = 'Vegetarisch en plantaardig koken';

describe('a provider publishes a training and a case manager finds it by its skill', () => {
  it('the provider publishes a training with the skills it teaches, then changes it', async () => {
    const { context, page } = await e2e.openAs(demo.provider, '/');
    await waitForPageHeading(page, 'Overzicht aanbieder');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn aanbod' })
      .click();
    await waitForPageHeading(page, 'Mijn aanbod');
    await page.getByRole('link', { name: 'Opleiding publiceren' }).click();
    await waitForPageHeading(page, 'Opleiding publiceren');

    // Sent without name and duration: both shown, focus on the first.
    await page.getByRole('button', { name: 'Opleiding opslaan' }).click();
    await page.getByText('Vul minstens 2 tekens in.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('name');
    expect(await descriptionOf(page, 'weeks')).toContain('Vul hier een geldige waarde in.');

    await page.getByRole('textbox', { name: 'Naam van de opleiding' }).fill(training);
    await page
      .getByRole('textbox', { name: /^Diploma of certificaat/ })
      .fill('Certificaat Plantaardige keuken');
    await page
      .getByRole('combobox', { name: /^Sector/ })
      .selectOption({ label: 'Zorg en welzijn' });
    await choose(page, /^Vaardigheid toevoegen/, 'plantaardig', skill);
    await choose(page, /^Vaardigheid toevoegen/, 'eten en drinken', 'Helpen bij eten en drinken');
    const taught = page.getByRole('group', { name: 'Vaardigheden die de opleiding leert' });
    await taught.getByRole('table', { name: '2 vaardigheden' }).waitFor();
    await taught
      .getByRole('combobox', { name: `Niveau van ${skill} na de opleiding` })
      .selectOption({ label: '3 – Ervaren' });
    await page.getByRole('textbox', { name: 'Duur in weken' }).fill('6');
    await page.getByRole('textbox', { name: /^Uren per week/ }).fill('8');
    await page.getByRole('textbox', { name: /^Kosten/ }).fill('450');
    const dates = page.getByRole('group', { name: 'Startdata' });
    await dates.getByLabel('Startdatum').fill(isoDay(30));
    await dates.getByRole('button', { name: 'Startdatum toevoegen' }).click();
    await dates.getByLabel('Startdatum').fill(isoDay(90));
    await dates.getByLabel('Startdatum').press('Enter');
    expect(
      await dates.getByRole('list', { name: 'Gekozen startdata' }).getByRole('listitem').count(),
    ).toBe(2);
    await page.getByRole('combobox', { name: /^Vorm/ }).selectOption({ label: 'Klassikaal' });
    await page.getByRole('textbox', { name: /^Plaats/ }).fill("'s-Hertogenbosch");
    await page.getByRole('checkbox', { name: 'O&O-fonds' }).check();
    await page.getByRole('checkbox', { name: 'STAP-budget' }).check();
    await page
      .getByRole('textbox', { name: /^Toelatingseisen/ })
      .fill('Ervaring in een (bedrijfs)keuken');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opleiding opslaan' }).click();

    await waitForPageHeading(page, 'Mijn aanbod');
    await page.getByText(`${training} is opgeslagen.`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(training) });
    expect(await row.textContent()).toMatch(/Gepubliceerd.*6 weken, 8 uur per week/);

    // A change: the cost.
    await row.getByRole('link', { name: training }).click();
    await waitForPageHeading(page, `${training} wijzigen`);
    expect(await page.getByRole('textbox', { name: /^Kosten/ }).inputValue()).toBe('450');
    await page.getByRole('textbox', { name: /^Kosten/ }).fill('395');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(`De wijzigingen in ${training} zijn opgeslagen.`).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(training) }).textContent()).toMatch(
      /€\s395/,
    );
    await shot(page, 'provider-training-published');
    await context.close();
  });

  it('the provider publishes a service', async () => {
    const { context, page } = await e2e.openAs(demo.provider, '/mijn-aanbod/diensten/nieuw');
    await waitForPageHeading(page, 'Dienst publiceren');
    await page
      .getByRole('combobox', { name: 'Soort dienst' })
      .selectOption({ label: 'Training cv en solliciteren' });
    await page.getByRole('textbox', { name: 'Naam van de dienst' }).fill('Solliciteren in de zorg');
    await page.getByRole('textbox', { name: /^Voor wie/ }).fill('Zij-instromers uit de catering');
    await page.getByRole('textbox', { name: /^Duur in weken/ }).fill('3');
    await page.getByRole('textbox', { name: /^Kosten/ }).fill('0');
    await page.getByRole('checkbox', { name: 'Gemeente' }).check();
    await page.getByRole('button', { name: 'Dienst opslaan' }).click();
    await waitForPageHeading(page, 'Mijn aanbod');
    const row = page
      .getByRole('table', { name: /diensten$|dienst$/ })
      .getByRole('row', { name: /Solliciteren in de zorg/ });
    expect(await row.textContent()).toContain('Gratis');
    await shot(page, 'provider-service-published');
    await context.close();
  });

  it('a case manager finds the training by the skill it teaches', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, '/');
    await waitForPageHeading(page, 'Werkplek casemanager');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Aanbod' })
      .click();
    await waitForPageHeading(page, 'Aanbod in de regio');
    await page.getByRole('heading', { level: 2, name: /^Opleidingen \(\d+\)$/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await choose(page, /^Leert de vaardigheid/, 'plantaardig', skill);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Opleidingen (1)' }).waitFor();
    expect(page.url()).toContain('vaardigheid=');
    const card = page.getByRole('article', { name: training });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Vakschool Maasland');
    expect(text).toContain('6 weken, 8 uur per week');
    expect(text).toMatch(/€\s395/);
    expect(text).toContain('O&O-fonds, STAP-budget');
    expect(text).toContain(`${skill} (Ervaren)`);
    // A skill filter leaves services and events out: they teach no skills.
    await page.getByRole('heading', { level: 2, name: 'Diensten (0)' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'catalogue-filtered-by-skill');

    // The address keeps the search: reloading shows the same result.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Opleidingen (1)' }).waitFor();
    expect(await page.getByRole('combobox', { name: /^Leert de vaardigheid/ }).inputValue()).toBe(
      skill,
    );

    await card.getByRole('link', { name: training }).click();
    await waitForPageHeading(page, training);
    const skills = page.getByRole('table', { name: /2 vaardigheden/ });
    expect(await skills.getByRole('row', { name: new RegExp(skill) }).textContent()).toContain(
      '3 – Ervaren',
    );
    await shot(page, 'catalogue-training-detail');
    await context.close();
  });

  it('filters by cost and funding; a candidate sees the published catalogue too', async () => {
    const { context, page } = await e2e.openAs(demo.candidate, '/aanbod?maxkosten=0');
    await waitForPageHeading(page, 'Aanbod in de regio');
    await page.getByRole('heading', { level: 2, name: /^Diensten \(\d+\)$/ }).waitFor();
    const costs = await page.getByRole('article').allTextContents();
    expect(costs.length).toBeGreaterThan(0);
    for (const card of costs) expect(card).toContain('Gratis');

    await page
      .getByRole('combobox', { name: 'Soort aanbod' })
      .selectOption({ label: 'Opleidingen' });
    await page.getByRole('textbox', { name: /^Kosten hoogstens/ }).fill('');
    await page
      .getByRole('combobox', { name: 'Financiering' })
      .selectOption({ label: 'STAP-budget' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/financiering=stap/);
    await page.getByRole('heading', { level: 2, name: /^Opleidingen \(\d+\)$/ }).waitFor();
    // The new results replace the old ones once loaded: wait until only trainings are left.
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /^Diensten/ }).count())
      .toBe(0);
    const cards = async () => page.getByRole('article').allTextContents();
    await expect
      .poll(async () => (await cards()).every((card) => card.includes('STAP-budget')))
      .toBe(true);
    expect((await cards()).length).toBeGreaterThan(0);
    await shot(page, 'catalogue-candidate-funding');

    // The same search in English.
    await page.getByRole('button', { name: 'English' }).click();
    await waitForPageHeading(page, 'Catalogue of the region');
    await page.getByRole('heading', { level: 2, name: /^Trainings \(\d+\)$/ }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Funding' }).inputValue()).toBe('stap');
    expect(await page.getByRole('article').first().textContent()).toContain('STAP budget');
    await shot(page, 'catalogue-candidate-english');
    await context.close();
  });
});

describe('open vacancies for case managers and candidates', () => {
  it('filters by job shadowing and conditional contract, and opens a vacancy', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, '/vacatures');
    await waitForPageHeading(page, 'Open vacatures in de regio');
    const table = page.getByRole('table', { name: /open vacatures?$/ });
    const shown = async () => Number((await table.locator('caption').textContent())?.split(' ')[0]);
    await table.waitFor();
    const total = await shown();
    expect(total).toBeGreaterThan(10);

    await page.getByRole('checkbox', { name: 'Alleen met meeloopstage' }).check();
    await page.getByRole('checkbox', { name: /^Alleen met voorwaardelijk contract/ }).check();
    await page.getByRole('combobox', { name: 'Sector' }).selectOption({ label: 'Zorg en welzijn' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/meeloop=ja/);
    await expect.poll(shown).toBeLessThan(total);
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe((await shown()) + 1);
    for (const row of (await rows.all()).slice(1)) {
      // The last two columns: job guarantee and job shadowing.
      expect(await row.textContent()).toMatch(/JaJa$/);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'open-vacancies-filtered');

    await rows.nth(1).getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Gevraagde vaardigheden' }).waitFor();
    // Staff of the region read it; managing it is for the employer.
    expect(await page.getByRole('heading', { name: 'Beheren' }).count()).toBe(0);
    expect(await page.getByRole('main').textContent()).toContain('Zorg en welzijn');
    await context.close();
  });

  it('a provider has no catalogue search of its own but cannot open it either', async () => {
    const { context, page } = await e2e.openAs(demo.provider, '/aanbod');
    await waitForPageHeading(page, 'Geen toegang');
    await context.close();
  });
});
