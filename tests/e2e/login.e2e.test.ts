import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { DEMO_PASSWORD, demo, useServerAndBrowser, waitForPageHeading } from './ui.ts';

const e2e = useServerAndBrowser();

describe('signing in and out through the UI', () => {
  it('a coordinator signs in with the form and lands on the coordinator home', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto(`${e2e.url}/`);
    // Signed out: the app sends us to the login page.
    await waitForPageHeading(page, 'Inloggen');
    expect(new URL(page.url()).pathname).toBe('/inloggen');

    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(demo.coordinator);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await waitForPageHeading(page, 'Regio-overzicht');
    expect(new URL(page.url()).pathname).toBe('/');
    const header = page.getByRole('banner');
    expect(await header.textContent()).toContain('Ria van Regie');
    expect(await header.textContent()).toContain('Regiecoördinator');
    expect(await header.textContent()).toContain('Noordoost-Brabant');
    await page.getByRole('table', { name: 'Partners in de regio per soort' }).waitFor();
    await screenshot(page, 'login-coordinator-home');
    await context.close();
  });

  it('a wrong password shows the error and keeps the e-mail address', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto(`${e2e.url}/inloggen`);
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(demo.coordinator);
    await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Het e-mailadres of het wachtwoord klopt niet');
    expect(await page.getByRole('textbox', { name: 'E-mailadres' }).inputValue()).toBe(
      demo.coordinator,
    );
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await screenshot(page, 'login-wrong-password');
    await context.close();
  });

  it('an empty form names the missing fields inline', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto(`${e2e.url}/inloggen`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const email = page.getByRole('textbox', { name: 'E-mailadres' });
    await page.getByText('Vul uw e-mailadres in.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    // Focus goes to the first field to correct.
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('signing out returns to the login page, and the session is gone', async () => {
    const { context, page } = await e2e.openAs(demo.coordinator, '/');
    await waitForPageHeading(page, 'Regio-overzicht');
    await page.getByRole('button', { name: 'Uitloggen' }).click();

    await waitForPageHeading(page, 'Inloggen');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(await page.getByRole('status').first().textContent()).toContain('U bent uitgelogd');
    const me = await context.request.get(`${e2e.url}/api/auth/me`);
    expect(me.status()).toBe(401);

    await page.goto(`${e2e.url}/partners`);
    await waitForPageHeading(page, 'Inloggen');
    await screenshot(page, 'login-after-logout');
    await context.close();
  });

  it('after signing in, a deep link continues where the user wanted to go', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto(`${e2e.url}/partners`);
    await waitForPageHeading(page, 'Inloggen');
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(demo.caseManager);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await waitForPageHeading(page, 'Partners in de regio');
    expect(new URL(page.url()).pathname).toBe('/partners');
    await screenshot(page, 'login-deep-link');
    await context.close();
  });
});
