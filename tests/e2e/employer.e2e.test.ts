import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { demo, descriptionOf, useServerAndBrowser, waitForPageHeading } from './ui.ts';

const e2e = useServerAndBrowser();

const hiringEmployer = 'zorg@overstap.demo';

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

/** Types into an autocomplete and chooses a proposal with the keyboard-free path (a click). */
async function choose(page: Page, box: RegExp, text: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: box }).fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

const isFocused = (page: Page, id: string) =>
  page.evaluate((el) => document.activeElement?.id === el, id);

/** A day `days` from now: as a date field wants it, as Dutch readers see it, as a CSV cell. */
function day(days: number) {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  return {
    iso: `${y}-${pad(m)}-${pad(d)}`,
    nl: date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
    cell: `${d}-${m}-${y}`,
  };
}
const jobsEnd = day(120);
const contractEnd = day(150);
const start = day(60);

const csv = (rows: string[]) => ({
  name: 'medewerkers.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(rows.join('\n'), 'utf8'),
});

describe('a releasing employer reports redundancy and invites employees', () => {
  it('files a notice, invites one employee and imports a list', async () => {
    const { context, page } = await e2e.openAs(demo.employer, '/');
    await waitForPageHeading(page, 'Werkgeversoverzicht');
    await page.getByRole('main').getByRole('link', { name: 'Boventalligheid melden' }).click();
    await waitForPageHeading(page, 'Boventalligheid melden');

    // Sent empty: every problem at once, focus on the first.
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.getByText('Vul een geldige datum in.').waitFor();
    expect(await isFocused(page, 'expectedDate')).toBe(true);
    expect(await descriptionOf(page, 'reason')).toContain('Vul minstens 3 tekens in.');

    await page.getByLabel('Wanneer vervallen de banen naar verwachting?').fill(jobsEnd.iso);
    await page.getByRole('textbox', { name: 'Om hoeveel medewerkers gaat het?' }).fill('8');
    await choose(page, /^Beroep zoeken/, 'kok', /^Kok/);
    const chosen = page.getByRole('list', { name: 'Gekozen beroepen' }).getByRole('listitem');
    await chosen.first().waitFor();
    expect(await chosen.count()).toBe(1);
    await page
      .getByRole('textbox', { name: 'Reden' })
      .fill('De bedrijfskantine bij een grote opdrachtgever sluit.');
    await page.getByRole('checkbox', { name: 'Er is een sociaal plan' }).check();
    await page.getByRole('checkbox', { name: 'Scholing' }).check();
    await page.getByRole('textbox', { name: /^Contactpersoon/ }).fill('Ilse van Dijk');
    await page.getByRole('button', { name: 'Melding versturen' }).click();

    await page
      .getByRole('heading', { level: 1, name: /^Melding van Cateringgroep Maasland/ })
      .waitFor();
    await page.getByText('Uw melding is verstuurd.').waitFor();
    const facts = await page.getByRole('main').textContent();
    expect(facts).toContain(jobsEnd.nl);
    expect(facts).toContain('Ja, betaalt voor: Scholing');

    // One employee: the code is shown once, with the hint to pass it on now.
    const add = page.getByRole('region', { name: 'Eén medewerker uitnodigen' });
    await add.getByRole('textbox', { name: 'Naam' }).fill('Jan Jansen');
    await add.getByRole('textbox', { name: /^E-mailadres/ }).fill('jan.jansen@example.nl');
    await add.getByRole('textbox', { name: /^Functie/ }).fill('Kok');
    await add.getByLabel(/^Einddatum contract/).fill(contractEnd.iso);
    await add.getByRole('button', { name: 'Medewerker uitnodigen' }).click();
    const codes = page.getByRole('group', { name: 'Uitnodigingscode voor 1 medewerker' });
    await codes.waitFor();
    expect(await codes.textContent()).toContain('u ziet de codes alleen nu');
    const code = await codes.locator('code').first().textContent();
    expect(code?.trim().length).toBeGreaterThanOrEqual(6);
    await codes.getByRole('button', { name: 'Kopiëren code van Jan Jansen' }).waitFor();
    const invited = page.getByRole('table', { name: '1 uitgenodigde medewerker' });
    expect(await invited.getByRole('row', { name: /Jan Jansen/ }).textContent()).toContain(
      'Uitgenodigd',
    );
    await shot(page, 'employer-notice-invitation-code');

    // A list with problems: the check shows them per row and saves nothing.
    const list = page.getByRole('region', { name: 'Een lijst met medewerkers importeren' });
    await list
      .getByLabel('Bestand met medewerkers')
      .setInputFiles(
        csv([
          'naam;e-mail;functie;einddatum contract',
          `Fatima El Amrani;jan.jansen@example.nl;Keukenhulp;${contractEnd.cell}`,
          'Piet de Boer;piet@example.nl;Kok;eind augustus',
        ]),
      );
    await list.getByRole('button', { name: 'Bestand controleren' }).click();
    await list.getByRole('heading', { name: '2 fouten gevonden' }).waitFor();
    const problems = list.getByRole('table', { name: '2 fouten in het bestand' });
    expect(await problems.getByRole('row', { name: /Einddatum contract/ }).count()).toBe(1);
    expect(await problems.textContent()).toContain('jan.jansen@example.nl');
    expect(await list.getByRole('button', { name: /importeren/ }).count()).toBe(0);
    await shot(page, 'employer-import-errors');

    // The corrected list: checked clean, then imported; both codes shown.
    await list
      .getByLabel('Bestand met medewerkers')
      .setInputFiles(
        csv([
          'naam;e-mail;functie;einddatum contract',
          `Fatima El Amrani;fatima@example.nl;Keukenhulp;${contractEnd.cell}`,
          `Piet de Boer;piet@example.nl;Kok;${contractEnd.cell}`,
        ]),
      );
    await list.getByRole('button', { name: 'Bestand controleren' }).click();
    await list.getByRole('heading', { name: '2 rijen gecontroleerd, zonder fouten' }).waitFor();
    await list.getByRole('table', { name: 'Deze 2 medewerkers worden uitgenodigd' }).waitFor();
    expect(await page.getByRole('table', { name: '1 uitgenodigde medewerker' }).count()).toBe(1);
    await list.getByRole('button', { name: '2 rijen importeren' }).click();
    await page.getByRole('group', { name: 'Uitnodigingscodes voor 2 medewerkers' }).waitFor();
    await page.getByRole('table', { name: '3 uitgenodigde medewerkers' }).waitFor();
    await shot(page, 'employer-notice-imported');
    await context.close();
  });

  it('a case manager sees the new notice on the home page and reads it without names', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, '/');
    await waitForPageHeading(page, 'Werkplek casemanager');
    const recent = page.getByRole('region', { name: 'Nieuwe boventalligheidsmeldingen' });
    const table = recent.getByRole('table', { name: '3 nieuwe meldingen' });
    await table.waitFor();
    // Ours names one function, Kok; the seeded notice of the same employer names three.
    const ours = table
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Kok', exact: true }) });
    await ours.getByRole('link', { name: 'Cateringgroep Maasland' }).click();
    await page
      .getByRole('heading', { level: 1, name: /^Melding van Cateringgroep Maasland/ })
      .waitFor();
    const main = page.getByRole('main');
    expect(await main.textContent()).toContain('3 uitgenodigd, 0 aangenomen, 0 afgewezen');
    expect(await main.textContent()).not.toContain('Jan Jansen');
    expect(await main.getByRole('heading', { name: 'Medewerkers uitnodigen' }).count()).toBe(0);
    await main.getByText('Namen en e-mailadressen van medewerkers ziet u pas').waitFor();
    await shot(page, 'case-manager-notice-read-only');
    await context.close();
  });
});

describe('a hiring employer posts, edits, pauses and carves a vacancy', () => {
  const title = 'Helpende zorg – De Linde';

  it('posts a vacancy from an occupation, with the requirements edited', async () => {
    const { context, page } = await e2e.openAs(hiringEmployer, '/vacatures');
    await waitForPageHeading(page, 'Vacatures');
    await page.getByRole('link', { name: 'Nieuwe vacature' }).click();
    await waitForPageHeading(page, 'Nieuwe vacature');
    expect(await seriousViolations(page)).toEqual([]);

    // The occupation's skills become the proposed requirements.
    await choose(page, /^Beroep/, 'helpende', 'Helpende zorg en welzijn');
    await page.getByText(/vaardigheden van Helpende zorg en welzijn zijn toegevoegd/).waitFor();
    const titleBox = page.getByRole('textbox', { name: 'Titel van de vacature' });
    expect(await titleBox.inputValue()).toBe('Helpende zorg en welzijn');
    await titleBox.fill(title);
    await page
      .getByRole('textbox', { name: /^Taken/ })
      .fill(
        'Cliënten helpen bij wassen en aankleden\nMaaltijden klaarmaken en rondbrengen\nHuishoudelijke taken',
      );

    const requirements = page.getByRole('group', { name: 'Gevraagde vaardigheden' });
    const rows = requirements.getByRole('table').getByRole('row');
    const before = (await rows.count()) - 1;
    expect(before).toBeGreaterThan(3);
    await requirements
      .getByRole('combobox', { name: 'Belang van Helpen bij eten en drinken' })
      .selectOption({ label: 'Gewenst' });
    await requirements
      .getByRole('checkbox', { name: 'Helpen bij wassen en aankleden is te leren op de werkplek' })
      .check();
    await requirements
      .getByRole('combobox', { name: 'Minimumniveau van Helpen bij wassen en aankleden' })
      .selectOption({ label: '2 – Zelfstandig' });
    const removable = (await requirements.getByRole('rowheader').allTextContents()).find(
      (s) => !/wassen|eten/.test(s),
    );
    expect(removable).toBeDefined();
    await requirements.getByRole('button', { name: `Verwijderen ${removable ?? ''}` }).click();
    await choose(page, /^Vaardigheid toevoegen/, 'plantaardig', 'Vegetarisch en plantaardig koken');
    await requirements
      .getByRole('rowheader', { name: 'Vegetarisch en plantaardig koken' })
      .waitFor();
    expect((await rows.count()) - 1).toBe(before);

    // Hours the wrong way round: the server says so at the field, and keeps the rest.
    await page.getByRole('textbox', { name: /^Uren per week, minimaal/ }).fill('32');
    await page.getByRole('textbox', { name: /^Uren per week, maximaal/ }).fill('24');
    await page.getByRole('textbox', { name: /^Bruto maandsalaris, minimaal/ }).fill('2.450');
    await page.getByRole('textbox', { name: /^Bruto maandsalaris, maximaal/ }).fill('2900');
    await page.getByRole('textbox', { name: /^Postcode/ }).fill('5223 GZ');
    await page.getByRole('textbox', { name: /^Plaats/ }).fill("'s-Hertogenbosch");
    await page.getByLabel(/^Startdatum/).fill(start.iso);
    await page.getByRole('textbox', { name: 'Aantal plaatsen' }).fill('2');
    await page
      .getByRole('combobox', { name: /^Soort contract/ })
      .selectOption({ label: 'Tijdelijk contract' });
    await page.getByRole('checkbox', { name: 'Voorwaardelijk contract (baangarantie)' }).check();
    await page.getByRole('checkbox', { name: 'Meeloopstage mogelijk' }).check();
    await page.getByRole('textbox', { name: /^Cao/ }).fill('Cao VVT');
    await page.getByRole('textbox', { name: /^Vakantiegeld/ }).fill('8');
    await page.getByRole('button', { name: 'Vacature plaatsen' }).click();
    await page.getByText('Het maximum aantal uren moet minstens het minimum zijn.').waitFor();
    expect(await isFocused(page, 'hoursMax')).toBe(true);
    expect(await titleBox.inputValue()).toBe(title);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'employer-vacancy-form-error');

    await page.getByRole('textbox', { name: /^Uren per week, minimaal/ }).fill('24');
    await page.getByRole('textbox', { name: /^Uren per week, maximaal/ }).fill('32');
    await page.getByRole('button', { name: 'Vacature plaatsen' }).click();
    await waitForPageHeading(page, title);
    await page.getByText('De vacature is opgeslagen.').waitFor();
    const main = page.getByRole('main');
    const text = (await main.textContent()) ?? '';
    expect(text).toContain('24–32 uur per week');
    expect(text).toMatch(/€\s2\.450–€\s2\.900 bruto per maand/);
    expect(text).toContain('Cao VVT');
    const table = main.getByRole('table', { name: `${before} vaardigheden` });
    expect(
      await table.getByRole('row', { name: /Helpen bij wassen en aankleden/ }).textContent(),
    ).toMatch(/Noodzakelijk.*Ja.*2 – Zelfstandig/);
    expect(
      await table.getByRole('row', { name: /Helpen bij eten en drinken/ }).textContent(),
    ).toContain('Gewenst');
    await shot(page, 'employer-vacancy-posted');
    await context.close();
  });

  it('changes a requirement, pauses and reopens the vacancy, with its history', async () => {
    const { context, page } = await e2e.openAs(hiringEmployer, '/vacatures');
    await page.getByRole('link', { name: title }).click();
    await waitForPageHeading(page, title);

    await page.getByRole('link', { name: 'Vacature wijzigen' }).click();
    await waitForPageHeading(page, `${title} wijzigen`);
    await page
      .getByRole('combobox', { name: 'Minimumniveau van Vegetarisch en plantaardig koken' })
      .selectOption({ label: '3 – Ervaren' });
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await waitForPageHeading(page, title);
    await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
    const row = page.getByRole('row', { name: /Vegetarisch en plantaardig koken/ });
    expect(await row.textContent()).toContain('3 – Ervaren');

    await page.getByRole('combobox', { name: 'Nieuwe status' }).selectOption({ label: 'Pauzeren' });
    await page
      .getByRole('textbox', { name: /^Reden/ })
      .fill('Eerst de huidige sollicitanten spreken');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByText('De status is nu: Gepauzeerd.').waitFor();
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await history
      .getByText('Status van Open naar Gepauzeerd. Reden: Eerst de huidige sollicitanten spreken')
      .waitFor();
    expect(await history.textContent()).toContain('Vaardigheden vastgesteld');

    // Closing asks why.
    await page.getByRole('combobox', { name: 'Nieuwe status' }).selectOption({ label: 'Sluiten' });
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByText('Geef aan waarom u de vacature sluit.').waitFor();
    expect(await isFocused(page, 'status-reason')).toBe(true);
    await page.getByRole('combobox', { name: 'Nieuwe status' }).selectOption({ label: 'Openen' });
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByText('De status is nu: Open.').waitFor();
    await shot(page, 'employer-vacancy-history');
    await context.close();
  });

  it('carves the vacancy into two', async () => {
    const { context, page } = await e2e.openAs(hiringEmployer, '/vacatures');
    await page.getByRole('link', { name: title }).click();
    await waitForPageHeading(page, title);
    await page.getByRole('link', { name: 'Vacature splitsen' }).click();
    await waitForPageHeading(page, `${title} splitsen`);

    await page
      .getByRole('textbox', { name: 'Titel van deel A' })
      .fill('Helpende zorg – verzorging');
    await page
      .getByRole('textbox', { name: 'Titel van deel B' })
      .fill('Gastvrouw zorg – maaltijden');
    const tasks = page.getByRole('group', { name: 'Taken verdelen' });
    await tasks
      .getByRole('checkbox', { name: 'Cliënten helpen bij wassen en aankleden in deel A' })
      .check();
    await tasks.getByRole('checkbox', { name: 'Huishoudelijke taken in deel A' }).check();
    const skills = page.getByRole('group', { name: 'Vaardigheden verdelen' });
    await skills
      .getByRole('checkbox', { name: 'Helpen bij wassen en aankleden in deel A' })
      .check();
    await skills.getByRole('checkbox', { name: 'Helpen bij eten en drinken in deel B' }).check();
    await skills
      .getByRole('checkbox', { name: 'Vegetarisch en plantaardig koken in deel B' })
      .check();

    // Part B has no task yet.
    await page.getByRole('button', { name: 'Vacature splitsen' }).click();
    await tasks.getByText('Deel B: Geef dit deel minstens één taak.').waitFor();
    await tasks
      .getByRole('checkbox', { name: 'Maaltijden klaarmaken en rondbrengen in deel B' })
      .check();
    await page
      .getByRole('textbox', { name: /^Reden van het splitsen/ })
      .fill('Zo passen ook koks uit de catering.');
    await page.getByRole('button', { name: 'Vacature splitsen' }).click();

    await waitForPageHeading(page, title);
    await page.getByText('De vacature is gesplitst en gesloten.').waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Gesloten');
    await page.getByRole('link', { name: 'Gastvrouw zorg – maaltijden' }).click();
    await waitForPageHeading(page, 'Gastvrouw zorg – maaltijden');
    const main = page.getByRole('main');
    expect(await main.getByRole('listitem').allTextContents()).toContain(
      'Maaltijden klaarmaken en rondbrengen',
    );
    const table = main.getByRole('table', { name: '2 vaardigheden' });
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([
      'Vegetarisch en plantaardig koken',
      'Helpen bij eten en drinken',
    ]);
    await main
      .getByText('Deze vacature is ontstaan door het splitsen van een andere vacature.')
      .waitFor();
    await shot(page, 'employer-vacancy-carved');
    await context.close();
  });

  it('imports a vacancy list after a dry run', async () => {
    const { context, page } = await e2e.openAs(hiringEmployer, '/vacatures/importeren');
    await waitForPageHeading(page, 'Vacatures importeren');
    const file = (rows: string[]) => ({
      name: 'vacatures.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.join('\n'), 'utf8'),
    });
    const header = 'titel;beroep;uren;plaats;startdatum;aantal;contractvorm';
    await page
      .getByLabel('Bestand met vacatures')
      .setInputFiles(
        file([header, 'Zorgassistent nacht;Helpende zorg en welzijn;24-32;Oss;morgen;1;vast']),
      );
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByRole('heading', { name: '1 fout gevonden' }).waitFor();
    expect(
      await page.getByRole('table', { name: '1 fout in het bestand' }).textContent(),
    ).toContain('Startdatum');

    await page
      .getByLabel('Bestand met vacatures')
      .setInputFiles(
        file([
          header,
          `Zorgassistent nacht;Helpende zorg en welzijn;24-32;Oss;${start.cell};1;vast`,
        ]),
      );
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByRole('heading', { name: '1 rij gecontroleerd, zonder fouten' }).waitFor();
    await page.getByRole('button', { name: '1 rij importeren' }).click();
    await page.getByText('1 vacature is geïmporteerd.').waitFor();
    await page.getByRole('link', { name: 'Terug naar de vacatures' }).click();
    await page.getByRole('link', { name: 'Zorgassistent nacht' }).waitFor();
    await shot(page, 'employer-vacancies-imported');
    await context.close();
  });
});
