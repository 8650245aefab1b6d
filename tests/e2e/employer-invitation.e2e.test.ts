import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

function day(days: number) {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const csv = (rows: string[]) => ({
  name: 'medewerkers.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(rows.join('\n'), 'utf8'),
});

describe('an employer files a redundancy notice and enrols an employee who accepts with limited consent', () => {
  let noticeUrl = '';
  let code = '';

  it('the employer files a notice, corrects it (with history) and invites an employee', async () => {
    const { context, page } = await e2e.openAs(demo.employer, '/boventalligheid/melden');
    await waitForPageHeading(page, 'Boventalligheid melden');
    await page.getByLabel('Wanneer vervallen de banen naar verwachting?').fill(day(90));
    await page.getByRole('textbox', { name: 'Om hoeveel medewerkers gaat het?' }).fill('6');
    await page
      .getByRole('textbox', { name: 'Reden' })
      .fill('Het bedrijfsrestaurant van een opdrachtgever sluit.');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page
      .getByRole('heading', { level: 1, name: /^Melding van Cateringgroep Maasland/ })
      .waitFor();
    noticeUrl = new URL(page.url()).pathname;

    // Correcting the notice: the form comes filled in; the change shows in the history.
    await page.getByRole('link', { name: 'Melding wijzigen' }).click();
    await waitForPageHeading(page, 'Melding wijzigen');
    const count = page.getByRole('textbox', { name: 'Om hoeveel medewerkers gaat het?' });
    expect(await count.inputValue()).toBe('6');
    await count.fill('9');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De melding is gewijzigd.').waitFor();
    const history = page.getByRole('table', { name: /^Wat er met deze melding is gebeurd/ });
    await history.getByRole('cell', { name: 'Gewijzigd: aantal medewerkers' }).waitFor();
    expect(await history.textContent()).toContain('Gemeld');
    expect(await page.getByRole('main').textContent()).toContain('Aantal medewerkers9');

    const add = page.getByRole('region', { name: 'Eén medewerker uitnodigen' });
    await add.getByRole('textbox', { name: 'Naam' }).fill('Ayşe Yılmaz');
    await add.getByRole('textbox', { name: /^E-mailadres/ }).fill('ayse.yilmaz@example.nl');
    await add.getByRole('textbox', { name: /^Functie/ }).fill('Kok');
    await add.getByRole('button', { name: 'Medewerker uitnodigen' }).click();
    const codes = page.getByRole('group', { name: 'Uitnodigingscode voor 1 medewerker' });
    await codes.waitFor();
    expect(await codes.textContent()).toContain('/uitnodiging');
    code = ((await codes.locator('code').first().textContent()) ?? '').trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await context.close();
  });

  it('the employee accepts in a fresh browser, sharing only progress, and chooses a case organisation', async () => {
    const { context, page } = await e2e.newPage();
    // A wrong code first: a clear message at the field.
    await page.goto(`${e2e.url}/uitnodiging`);
    await waitForPageHeading(page, 'Uitnodiging van uw werkgever');
    await page.getByRole('textbox', { name: 'Uitnodigingscode' }).fill('AAAA-BBBB-CCCC');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByText('Er is geen uitnodiging met deze code. Controleer de code.').waitFor();

    // The link with the code opens the invitation straight away.
    await page.goto(`${e2e.url}/uitnodiging?code=${encodeURIComponent(code)}`);
    await page.getByText('Cateringgroep Maasland nodigt u uit voor Overstap.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The employer does not hire: no passport choice is offered.
    expect(await page.getByRole('checkbox', { name: /paspoort delen/ }).count()).toBe(0);
    const progress = page.getByRole('checkbox', {
      name: 'Mijn voortgang delen met Cateringgroep Maasland',
    });
    expect(await progress.isChecked()).toBe(false);
    await progress.check();
    expect(await page.getByRole('textbox', { name: 'Uw naam' }).inputValue()).toBe('Ayşe Yılmaz');
    expect(await page.getByRole('textbox', { name: 'Uw e-mailadres' }).inputValue()).toBe(
      'ayse.yilmaz@example.nl',
    );
    await page.getByLabel('Kies een wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await page.getByText('Vul minstens 10 tekens in.').waitFor();
    await page.getByLabel('Kies een wachtwoord').fill('mijn nieuwe baan in de zorg');
    await page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();

    await page.getByRole('heading', { name: 'U doet mee' }).waitFor();
    await page
      .getByText('U hebt de uitnodiging aangenomen. Cateringgroep Maasland ziet: uw voortgang.')
      .waitFor();
    await page.getByText('Uw account is aangemaakt en u bent ingelogd.').waitFor();
    // Signed in as the new candidate: the candidate's navigation is there.
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn paspoort' }).waitFor();

    const choice = page.getByRole('region', { name: 'Wie begeleidt u?' });
    await choice.getByLabel(/^Organisatie/).selectOption({ label: 'Gemeente Oss – gemeente' });
    await choice.getByRole('button', { name: 'Opslaan' }).click();
    await choice.getByText('Gemeente Oss begeleidt u nu en kan uw paspoort zien.').waitFor();
    await shot(page, 'employee-invitation-accepted');

    // The same code cannot be used twice.
    const other = await e2e.newPage();
    await other.page.goto(`${e2e.url}/uitnodiging?code=${encodeURIComponent(code)}`);
    await other.page.getByText('Deze uitnodiging is al beantwoord.').waitFor();
    await other.context.close();
    await context.close();
  });

  it('the employer sees the acceptance and only what the limited consent allows', async () => {
    const { context, page } = await e2e.openAs(demo.employer, noticeUrl);
    await page
      .getByRole('heading', { level: 1, name: /^Melding van Cateringgroep Maasland/ })
      .waitFor();
    expect(await page.getByRole('main').textContent()).toContain(
      '0 uitgenodigd, 1 aangenomen, 0 afgewezen',
    );
    const row = page
      .getByRole('table', { name: '1 uitgenodigde medewerker' })
      .getByRole('row', { name: /Ayşe Yılmaz/ });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Aangenomen');
    expect(text).toContain('Voortgang gedeeld; traject nog niet begonnen');
    expect(text).not.toContain('Paspoort gedeeld');
    await page
      .getByText('1 medewerker doet mee; 1 daarvan deelt de voortgang met u.', { exact: false })
      .waitFor();
    await shot(page, 'employer-enrolment-limited-consent');
    await context.close();
  });
});

describe('a refused import shows every row error and saves nothing', () => {
  it('an employee invited between the check and the import refuses the whole file', async () => {
    const { context, page } = await e2e.openAs(demo.employer, '/boventalligheid/melden');
    await waitForPageHeading(page, 'Boventalligheid melden');
    await page.getByLabel('Wanneer vervallen de banen naar verwachting?').fill(day(100));
    await page.getByRole('textbox', { name: 'Om hoeveel medewerkers gaat het?' }).fill('3');
    await page.getByRole('textbox', { name: 'Reden' }).fill('Een locatie gaat dicht.');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page
      .getByRole('heading', { level: 1, name: /^Melding van Cateringgroep Maasland/ })
      .waitFor();

    const list = page.getByRole('region', { name: 'Een lijst met medewerkers importeren' });
    await list
      .getByLabel('Bestand met medewerkers')
      .setInputFiles(
        csv([
          'naam;e-mail;functie',
          'Kees Kok;kees@example.nl;Kok',
          'Lotte Laan;lotte@example.nl;Kok',
        ]),
      );
    await list.getByRole('button', { name: 'Bestand controleren' }).click();
    await list.getByRole('heading', { name: '2 rijen gecontroleerd, zonder fouten' }).waitFor();

    // Meanwhile Lotte is invited by hand; the checked file now holds a duplicate.
    const add = page.getByRole('region', { name: 'Eén medewerker uitnodigen' });
    await add.getByRole('textbox', { name: 'Naam' }).fill('Lotte Laan');
    await add.getByRole('textbox', { name: /^E-mailadres/ }).fill('lotte@example.nl');
    await add.getByRole('button', { name: 'Medewerker uitnodigen' }).click();
    await page.getByRole('table', { name: '1 uitgenodigde medewerker' }).waitFor();

    await list.getByRole('button', { name: '2 rijen importeren' }).click();
    await list
      .getByRole('heading', { name: 'Niet geïmporteerd: 1 probleem in het bestand' })
      .waitFor();
    const problems = list.getByRole('table', { name: /fout in het bestand/ });
    const problem = (await problems.getByRole('row', { name: /^3/ }).textContent()) ?? '';
    expect(problem).toContain('lotte@example.nl');
    expect(await list.textContent()).toContain(
      'Er is niets opgeslagen: het hele bestand is geweigerd.',
    );
    // Nothing of the file was saved: still only the one invited by hand.
    await page.reload();
    await page.getByRole('table', { name: '1 uitgenodigde medewerker' }).waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('Kees Kok');
    await context.close();
  });
});

describe('job shadowing and matching events are made in forms and found in the catalogue', () => {
  it('a hiring employer offers job shadowing', async () => {
    const { context, page } = await e2e.openAs('zorg@overstap.demo', '/');
    await page.getByRole('navigation').getByRole('link', { name: 'Meeloopstages' }).click();
    await waitForPageHeading(page, 'Uw meeloopstages');
    await page.getByRole('link', { name: 'Nieuwe meeloopstage' }).click();
    await waitForPageHeading(page, 'Meeloopstage aanbieden');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Titel' }).fill('Meelopen op de Linde');
    await page.getByLabel('Eerste dag').fill(day(20));
    await page.getByLabel(/^Laatste dag/).fill(day(30));
    await page.getByRole('button', { name: 'Meeloopstage publiceren' }).click();
    // Longer than a week: refused at the field.
    await page.getByText(/^Een meeloopstage duurt een dag tot een week/).waitFor();
    await page.getByLabel(/^Laatste dag/).fill(day(22));
    await page.getByRole('textbox', { name: 'Aantal plaatsen' }).fill('3');
    await page.getByRole('combobox', { name: /^Beroep zoeken/ }).fill('helpende');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /^Helpende zorg en welzijn/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: /^Plaats/ }).fill('Oss');
    await page.getByRole('button', { name: 'Meeloopstage publiceren' }).click();
    await waitForPageHeading(page, 'Uw meeloopstages');
    await page.getByText('Meeloopstage "Meelopen op de Linde" is opgeslagen.').waitFor();
    const row = page.getByRole('row', { name: /Meelopen op de Linde/ });
    expect(await row.textContent()).toContain('Helpende zorg en welzijn');
    await shot(page, 'employer-shadowing-slot');
    await context.close();
  });

  it('a coordinator plans a matching event; a case manager finds both in the catalogue', async () => {
    const { context, page } = await e2e.openAs(demo.coordinator, '/banenmarkten');
    await waitForPageHeading(page, 'Banenmarkten');
    await page.getByRole('link', { name: 'Nieuwe banenmarkt' }).click();
    await waitForPageHeading(page, 'Banenmarkt plannen');
    await page.getByRole('textbox', { name: 'Naam' }).fill('Ombuigmarkt zorg en techniek');
    await page.getByLabel(/^Sector/).selectOption({ label: 'Zorg en welzijn' });
    await page.getByLabel('Datum').fill(day(40));
    await page.getByRole('textbox', { name: /^Aantal bezoekers/ }).fill('150');
    await page.getByRole('textbox', { name: /^Plaats/ }).fill("'s-Hertogenbosch");
    await page.getByRole('button', { name: 'Banenmarkt publiceren' }).click();
    await waitForPageHeading(page, 'Banenmarkten');
    await page.getByText('Banenmarkt "Ombuigmarkt zorg en techniek" is opgeslagen.').waitFor();
    await context.close();

    const cm = await e2e.openAs(demo.caseManager, '/aanbod');
    await waitForPageHeading(cm.page, 'Aanbod in de regio');
    const main = cm.page.getByRole('main');
    await main.getByRole('row', { name: /Meelopen op de Linde/ }).waitFor();
    const event = main.getByRole('row', { name: /Ombuigmarkt zorg en techniek/ });
    expect(await event.textContent()).toContain('150');
    await shot(cm.page, 'case-manager-catalogue-activities');
    await cm.context.close();
  });
});

describe('an employer that also hires sees the passport an employee chose to share', () => {
  it('shows the shared passport, and the read is in the employee’s access log', async () => {
    // An account for the demo hotel (releasing and hiring), made by the administrator.
    const admin = await e2e.openAs(demo.admin, '/');
    const api = admin.context.request;
    const csrf = async (ctx: typeof api) =>
      ((await (await ctx.get(`${e2e.url}/api/auth/csrf`)).json()) as { token: string }).token;
    const orgs = (await (await api.get(`${e2e.url}/api/organisations`)).json()) as {
      id: string;
      name: string;
      regionId: string;
    }[];
    const hotel = orgs.find((o) => o.name === 'Hotel Het Bossche Broek');
    if (!hotel) throw new Error('demo hotel missing');
    const made = await api.post(`${e2e.url}/api/users`, {
      headers: { 'x-csrf-token': await csrf(api) },
      data: {
        name: 'Hanna Hotel',
        email: 'hr@hotel.demo',
        role: 'employer',
        password: 'overstap-demo',
        regionId: hotel.regionId,
        organisationId: hotel.id,
      },
    });
    expect(made.status()).toBe(201);
    await admin.context.close();

    const { context, page } = await e2e.openAs('hr@hotel.demo', '/boventalligheid/melden');
    await waitForPageHeading(page, 'Boventalligheid melden');
    await page.getByLabel('Wanneer vervallen de banen naar verwachting?').fill(day(60));
    await page.getByRole('textbox', { name: 'Om hoeveel medewerkers gaat het?' }).fill('4');
    await page.getByRole('textbox', { name: 'Reden' }).fill('Het restaurant sluit.');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Melding van Hotel/ }).waitFor();
    const add = page.getByRole('region', { name: 'Eén medewerker uitnodigen' });
    await add.getByRole('textbox', { name: 'Naam' }).fill('Bram Bakker');
    await add.getByRole('button', { name: 'Medewerker uitnodigen' }).click();
    const codes = page.getByRole('group', { name: 'Uitnodigingscode voor 1 medewerker' });
    const hotelCode = ((await codes.locator('code').first().textContent()) ?? '').trim();

    const employee = await e2e.newPage();
    await employee.page.goto(`${e2e.url}/uitnodiging?code=${hotelCode}`);
    await employee.page
      .getByRole('checkbox', {
        name: 'Mijn vaardighedenpaspoort delen met Hotel Het Bossche Broek',
      })
      .check();
    await employee.page.getByRole('textbox', { name: 'Uw e-mailadres' }).fill('bram@example.nl');
    await employee.page.getByLabel('Kies een wachtwoord').fill('een goed lang wachtwoord');
    await employee.page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await employee.page.getByRole('heading', { name: 'U doet mee' }).waitFor();

    await page.reload();
    await page.getByRole('link', { name: 'Paspoort gedeeld van Bram Bakker' }).click();
    await waitForPageHeading(page, 'Bram Bakker');
    await page
      .getByRole('table', { name: /vaardighe/ })
      .or(page.getByText('Niets ingevuld.'))
      .first()
      .waitFor();
    await shot(page, 'employer-shared-passport');
    await context.close();

    const log = await employee.context.request.get(`${e2e.url}/api/persons/me`);
    const me = (await log.json()) as { id: string };
    const reads = (await (
      await employee.context.request.get(`${e2e.url}/api/persons/${me.id}/access-log`)
    ).json()) as { what: string; organisation: { name: string } | null }[];
    expect(reads.some((r) => r.what === 'passport' && r.organisation?.name === hotel.name)).toBe(
      true,
    );
    await employee.context.close();
  });
});

describe('an employee declines the invitation', () => {
  it('declines once, cannot use the code again, and the employer sees the refusal', async () => {
    const employer = await e2e.openAs(demo.employer, '/boventalligheid/melden');
    const page = employer.page;
    await waitForPageHeading(page, 'Boventalligheid melden');
    await page.getByLabel('Wanneer vervallen de banen naar verwachting?').fill(day(120));
    await page.getByRole('textbox', { name: 'Om hoeveel medewerkers gaat het?' }).fill('2');
    await page
      .getByRole('textbox', { name: 'Reden' })
      .fill('De kantine gaat over naar een automaat.');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page
      .getByRole('heading', { level: 1, name: /^Melding van Cateringgroep Maasland/ })
      .waitFor();
    const add = page.getByRole('region', { name: 'Eén medewerker uitnodigen' });
    await add.getByRole('textbox', { name: 'Naam' }).fill('Bram de Bakker');
    await add.getByRole('textbox', { name: /^E-mailadres/ }).fill('bram.debakker@example.nl');
    await add.getByRole('button', { name: 'Medewerker uitnodigen' }).click();
    const codes = page.getByRole('group', { name: 'Uitnodigingscode voor 1 medewerker' });
    await codes.waitFor();
    const code = ((await codes.locator('code').first().textContent()) ?? '').trim();

    const employee = await e2e.newPage();
    await employee.page.goto(`${e2e.url}/uitnodiging?code=${encodeURIComponent(code)}`);
    await employee.page.getByText('Cateringgroep Maasland nodigt u uit voor Overstap.').waitFor();
    await employee.page.getByRole('button', { name: 'Ik doe niet mee' }).click();
    await employee.page
      .getByText('U hebt de uitnodiging van Cateringgroep Maasland afgewezen.', { exact: false })
      .waitFor();
    // No account was made and nobody is signed in.
    expect(await employee.page.getByRole('link', { name: 'Mijn paspoort' }).count()).toBe(0);
    await employee.page.goto(`${e2e.url}/uitnodiging?code=${encodeURIComponent(code)}`);
    await employee.page.getByText('Deze uitnodiging is al beantwoord.').waitFor();
    await employee.context.close();

    await page.reload();
    await page.getByText('0 uitgenodigd, 0 aangenomen, 1 afgewezen', { exact: false }).waitFor();
    const row = page
      .getByRole('table', { name: '1 uitgenodigde medewerker' })
      .getByRole('row', { name: /Bram de Bakker/ });
    expect(await row.textContent()).toContain('Afgewezen');
    await employer.context.close();
  });
});
