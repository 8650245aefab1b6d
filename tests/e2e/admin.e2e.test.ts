import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { demo, descriptionOf, useServerAndBrowser, waitForPageHeading } from './ui.ts';

const e2e = useServerAndBrowser();

const newOrganisation = 'Zorgcentrum De Linde';
/** Organisations of the demo before this file adds one (other modules' demo data add to them). */
let demoCount = 0;
const newUser = { name: 'Linda de Linde', email: 'linda@delinde.example' };

describe('an administrator manages organisations and users', () => {
  it('adds an organisation after correcting an invalid postcode', async () => {
    const { context, page } = await e2e.openAs(demo.admin, '/beheer/organisaties');
    await waitForPageHeading(page, 'Organisaties');
    const listed = await context.request.get(`${e2e.url}/api/organisations`);
    demoCount = ((await listed.json()) as unknown[]).length;
    await page.getByRole('table', { name: `Organisaties (${demoCount})` }).waitFor();

    const form = page.getByRole('region', { name: 'Organisatie toevoegen' });
    await form.getByRole('textbox', { name: 'Naam' }).fill(newOrganisation);
    await form.getByRole('checkbox', { name: 'Vragende werkgever' }).check();
    await form.getByRole('combobox', { name: /Sector/ }).selectOption({ label: 'Zorg en welzijn' });
    await form.getByRole('textbox', { name: /Plaats/ }).fill('Uden');
    const postcode = form.getByRole('textbox', { name: /Postcode/ });
    await postcode.fill('abc');
    await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();

    // The error sits next to the field, is linked to it, and what was typed stays.
    await form.getByText('Vul een Nederlandse postcode in, zoals 5211 AB.').waitFor();
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(page, 'postcode')).toContain('Vul een Nederlandse postcode in');
    expect(await postcode.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await form.getByRole('textbox', { name: 'Naam' }).inputValue()).toBe(newOrganisation);
    expect(await form.getByRole('checkbox', { name: 'Vragende werkgever' }).isChecked()).toBe(true);
    await screenshot(page, 'admin-organisation-invalid-postcode');

    await postcode.fill('5401 AB');
    await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await form.getByText(`Organisatie ${newOrganisation} is toegevoegd.`).waitFor();
    const table = page.getByRole('table', { name: `Organisaties (${demoCount + 1})` });
    const row = table.getByRole('row', { name: new RegExp(newOrganisation) });
    expect(await row.textContent()).toContain('Vragende werkgever');
    expect(await row.textContent()).toContain('5401 AB Uden');
    expect(await postcode.getAttribute('aria-invalid')).toBeNull();
    await screenshot(page, 'admin-organisation-created');
    await context.close();
  });

  it('adds a user for that organisation, with the server refusing a taken e-mail first', async () => {
    const { context, page } = await e2e.openAs(demo.admin, '/beheer/gebruikers');
    await waitForPageHeading(page, 'Gebruikers');
    const form = page.getByRole('region', { name: 'Gebruiker toevoegen' });
    await form.getByRole('textbox', { name: 'Naam' }).fill(newUser.name);
    const email = form.getByRole('textbox', { name: 'E-mailadres' });
    await email.fill(demo.coordinator);
    await form.getByRole('combobox', { name: 'Rol' }).selectOption({ label: 'Werkgever' });
    await form
      .getByRole('combobox', { name: /^Organisatie/ })
      .selectOption({ label: newOrganisation });
    await page.getByLabel('Eerste wachtwoord').fill('een-lang-wachtwoord');
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();

    // The e-mail address is taken: the server says so, shown at the field.
    await form.getByText('Er bestaat al een gebruiker met dit e-mailadres.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(page, 'email')).toContain('Er bestaat al een gebruiker');
    expect(await form.getByRole('textbox', { name: 'Naam' }).inputValue()).toBe(newUser.name);
    await screenshot(page, 'admin-user-email-taken');

    await email.fill(newUser.email);
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await form.getByText(`Gebruiker ${newUser.name} is toegevoegd.`).waitFor();
    const row = page
      .getByRole('table', { name: 'Gebruikers (9)' })
      .getByRole('row', { name: new RegExp(newUser.name) });
    expect(await row.textContent()).toContain(newOrganisation);
    expect(await row.textContent()).toContain('Werkgever');
    await screenshot(page, 'admin-user-created');
    await context.close();
  });

  it('deactivates, reactivates and unlocks a user', async () => {
    // Five wrong passwords lock the new account.
    const { context } = await e2e.newPage();
    const csrf = (await (await context.request.get(`${e2e.url}/api/auth/csrf`)).json()) as {
      token: string;
    };
    for (let i = 0; i < 5; i++) {
      await context.request.post(`${e2e.url}/api/auth/login`, {
        data: { email: newUser.email, password: 'fout-wachtwoord' },
        headers: { 'x-csrf-token': csrf.token },
      });
    }
    await context.close();

    const admin = await e2e.openAs(demo.admin, '/beheer/gebruikers');
    const table = admin.page.getByRole('table', { name: 'Gebruikers (9)' });
    const row = table.getByRole('row', { name: new RegExp(newUser.name) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Geblokkeerd');

    await row.getByRole('button', { name: `Blokkade opheffen ${newUser.name}` }).click();
    await admin.page.getByText(`De blokkade van ${newUser.name} is opgeheven.`).waitFor();
    await row.getByRole('button', { name: `Blokkade opheffen ${newUser.name}` }).waitFor({
      state: 'detached',
    });

    await row.getByRole('button', { name: `Deactiveren ${newUser.name}` }).click();
    await admin.page.getByText(`${newUser.name} is gedeactiveerd.`).waitFor();
    await row.getByRole('button', { name: `Activeren ${newUser.name}` }).waitFor();
    expect(await row.textContent()).toContain('Gedeactiveerd');

    await row.getByRole('button', { name: `Activeren ${newUser.name}` }).click();
    await admin.page.getByText(`${newUser.name} is weer actief.`).waitFor();
    await row.getByRole('button', { name: `Deactiveren ${newUser.name}` }).waitFor();
    // The administrator cannot deactivate themselves.
    const own = table.getByRole('row', { name: /Bas Beheerder/ });
    expect(await own.getByRole('button').count()).toBe(0);
    await screenshot(admin.page, 'admin-user-actions');
    await admin.context.close();
  });
});
