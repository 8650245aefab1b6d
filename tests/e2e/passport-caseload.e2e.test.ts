import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PersonSummary } from '../../src/modules/people/contracts.ts';
import { screenshot } from './browser.ts';
import { demo, useServerAndBrowser, waitForPageHeading } from './ui.ts';

const e2e = useServerAndBrowser();

const caseManagerOss = 'casemanager.oss@overstap.demo';

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

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The id of a demo person in the UWV caseload, found through the API as the case manager. */
async function uwvPersonId(name: string): Promise<string> {
  const { context } = await e2e.openAs(demo.caseManager, '/');
  const res = await context.request.get(`${e2e.url}/api/persons?q=${encodeURIComponent(name)}`);
  const [person] = (await res.json()) as PersonSummary[];
  await context.close();
  if (!person) throw new Error(`no demo person ${name}`);
  return person.id;
}

describe('a case manager works with the caseload', () => {
  it('finds a demo person, confirms a skill and sees it in the history', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, '/');
    await waitForPageHeading(page, 'Werkplek casemanager');
    await page.getByRole('main').getByRole('link', { name: 'Naar de caseload' }).click();
    await waitForPageHeading(page, 'Caseload');
    // UWV did the intake of 22 of the pilot's 30 people (the municipality of Oss of the other 8).
    await page.getByRole('table', { name: 'Caseload (22 kandidaten)' }).waitFor();

    await page.getByRole('searchbox', { name: 'Zoek op naam of schuilnaam' }).fill('broek');
    const found = page.getByRole('table', { name: '1 kandidaat voor "broek"' });
    await found.waitFor();
    await page.getByText('1 kandidaat gevonden').waitFor();
    await found.getByRole('link', { name: 'Peter van den Broek' }).click();
    await waitForPageHeading(page, 'Paspoort van Peter van den Broek');

    const skills = section(page, 'Vaardigheden');
    const own = skills.getByRole('table', { name: /^Eigen opgave/ });
    const confirmButton = own.getByRole('button', { name: /^Bevestig / }).first();
    const skill = ((await confirmButton.textContent()) ?? '').replace(/^Bevestig/, '').trim();
    expect(skill).not.toBe('');
    await confirmButton.click();
    await skills.getByText(`${skill} is bevestigd.`).waitFor();
    const confirmedRow = skills
      .getByRole('table', { name: /^Bevestigd/ })
      .getByRole('row', { name: new RegExp(skill) });
    expect(await confirmedRow.textContent()).toContain('Bevestigd door casemanager');
    expect(await confirmedRow.textContent()).toContain('door Karim Casemanager');
    expect(await confirmedRow.getByRole('button', { name: `Bevestig ${skill}` }).count()).toBe(0);
    // Focus does not get lost when the row moves: it goes to the section.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skills-title');

    const history = section(page, 'Geschiedenis').getByRole('table');
    const newest = history.getByRole('row').nth(1);
    await newest.getByText(`Vaardigheid ${skill} bevestigd`, { exact: false }).waitFor();
    expect(await newest.textContent()).toContain('Karim Casemanager (Casemanager)');
    await screenshot(page, 'caseload-skill-confirmed');
    await context.close();
  });

  it('adds a new person to the caseload and opens their passport', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, '/caseload');
    await waitForPageHeading(page, 'Caseload');
    const form = section(page, 'Kandidaat toevoegen');
    await form.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
    await form.getByText('Vul de naam in.').first().waitFor();
    expect(
      await form
        .getByRole('textbox', { name: 'Voornaam' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await form.getByRole('textbox', { name: 'Voornaam' }).fill('Kevin');
    await form.getByRole('textbox', { name: 'Achternaam' }).fill('van Erp');
    await form.getByRole('textbox', { name: /Postcode/ }).fill('5211ab');
    await form.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
    await waitForPageHeading(page, 'Paspoort van Kevin van Erp');
    await section(page, 'Persoonsgegevens').getByText('5211 AB').waitFor();
    await context.close();
  });

  it('a case manager of another organisation, or a candidate, cannot open that passport', async () => {
    const peter = await uwvPersonId('Peter van den Broek');

    const oss = await e2e.openAs(caseManagerOss, `/caseload/${peter}`);
    await waitForPageHeading(oss.page, 'Paspoort niet gevonden');
    expect(await oss.page.getByRole('main').textContent()).not.toContain('Peter');
    const api = await oss.context.request.get(`${e2e.url}/api/persons/${peter}`);
    expect(api.status()).toBe(404);
    // Nor is he in their caseload.
    await oss.page.goto(`${e2e.url}/caseload`);
    await waitForPageHeading(oss.page, 'Caseload');
    await oss.page.getByRole('table', { name: 'Caseload (8 kandidaten)' }).waitFor();
    expect(await oss.page.getByRole('link', { name: 'Peter van den Broek' }).count()).toBe(0);
    await oss.page.goto(`${e2e.url}/caseload/${peter}`);
    await waitForPageHeading(oss.page, 'Paspoort niet gevonden');
    await screenshot(oss.page, 'caseload-other-organisation-not-found');
    await oss.context.close();

    const sandra = await e2e.openAs(demo.candidate, `/caseload/${peter}`);
    await waitForPageHeading(sandra.page, 'Geen toegang');
    expect((await sandra.context.request.get(`${e2e.url}/api/persons/${peter}`)).status()).toBe(
      404,
    );
    await sandra.context.close();
  });
});

describe('the passport page is accessible', () => {
  it('has no serious violations, also with proposals open and with errors shown', async () => {
    const { context, page } = await e2e.openAs(demo.candidate, '/paspoort');
    await waitForPageHeading(page, 'Mijn paspoort');
    await section(page, 'Voorgestelde vaardigheden').getByRole('table').waitFor();
    await section(page, 'Geschiedenis').getByRole('table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // With the autocomplete's proposals open.
    const addSkill = section(page, 'Vaardigheden').getByRole('form', {
      name: 'Vaardigheid toevoegen',
    });
    await addSkill.getByRole('combobox', { name: 'Vaardigheid' }).fill('ehbo');
    await addSkill.getByRole('listbox').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'a11y-passport-autocomplete-open');

    // With inline errors: a job without a title, wishes with impossible hours.
    await page.getByRole('button', { name: 'Baan toevoegen' }).click();
    const work = section(page, 'Werkervaring');
    await work.getByRole('button', { name: 'Baan toevoegen' }).click();
    await work.getByText('Vul minstens 2 tekens in.').waitFor();
    const wishes = section(page, 'Wensen');
    await wishes.getByRole('textbox', { name: /Minimaal aantal uren/ }).fill('32');
    await wishes.getByRole('textbox', { name: /Maximaal aantal uren/ }).fill('24');
    await wishes.getByRole('button', { name: 'Wensen opslaan' }).click();
    await wishes.getByText('Het maximum ligt onder het minimum aantal uren.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('the caseload and a case passport have no serious violations', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, '/caseload');
    await waitForPageHeading(page, 'Caseload');
    await page.getByRole('table', { name: /Caseload/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Sandra de Vries' }).click();
    await waitForPageHeading(page, 'Paspoort van Sandra de Vries');
    await section(page, 'Geschiedenis').getByRole('table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'a11y-case-passport');
    await context.close();
  });

  it('the autocomplete works with the keyboard alone (ARIA combobox)', async () => {
    const { context, page } = await e2e.openAs(demo.candidate, '/paspoort');
    await waitForPageHeading(page, 'Mijn paspoort');
    const form = section(page, 'Vaardigheden').getByRole('form', {
      name: 'Vaardigheid toevoegen',
    });
    const box = form.getByRole('combobox', { name: 'Vaardigheid' });
    await box.focus();
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    const listId = await box.getAttribute('aria-controls');
    expect(listId).toBeTruthy();

    // Nothing found is said, not only shown.
    await page.keyboard.type('xqzxqz');
    await form.getByRole('status').filter({ hasText: 'Geen resultaten voor "xqzxqz"' }).waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    // Escape closes; a second Escape empties the box.
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('xqzxqz');
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');

    // English works too; the synonym that matched is shown with the proposal.
    await page.keyboard.type('first aid');
    const listbox = page.locator(`#${listId}`);
    await listbox.getByRole('option').first().waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await listbox.getAttribute('role')).toBe('listbox');
    await form
      .getByRole('status')
      .filter({ hasText: /voorstel/ })
      .waitFor();

    await page.keyboard.press('ArrowDown');
    const options = listbox.getByRole('option');
    const first = options.first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    // Focus stays in the text box while the arrows move through the proposals.
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    if ((await options.count()) > 1) {
      await page.keyboard.press('ArrowDown');
      expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowUp');
    }
    expect(await first.getAttribute('aria-selected')).toBe('true');
    const chosen = ((await first.locator('.ov-combobox__label').textContent()) ?? '').trim();
    expect(chosen).toBe('Eerste hulp (EHBO)');

    // Escape closes the list and keeps the text; Enter on a proposal chooses it.
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('first aid');
    await page.keyboard.press('ArrowDown');
    await listbox.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await box.inputValue()).toBe(chosen);
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    // On through the form by keyboard, and submit it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('EHBO-cursus bij de sportclub');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await form.getByText(`${chosen} is toegevoegd.`).waitFor();
    const row = section(page, 'Vaardigheden').getByRole('row', { name: /Eerste hulp \(EHBO\)/ });
    expect(await row.textContent()).toContain('EHBO-cursus bij de sportclub');
    expect(await row.textContent()).toContain('Informeel');
    await screenshot(page, 'passport-keyboard-autocomplete');
    await context.close();
  });
});
