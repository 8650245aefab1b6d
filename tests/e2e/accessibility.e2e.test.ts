import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { DEMO_PASSWORD, demo, useServerAndBrowser, waitForPageHeading } from './ui.ts';

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

const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), id: el?.id, text: el?.textContent?.trim() };
  });

describe('accessibility (WCAG 2.1 AA)', () => {
  it('the login page has no serious violations', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto(`${e2e.url}/inloggen`);
    await waitForPageHeading(page, 'Inloggen');
    expect(await seriousViolations(page)).toEqual([]);
    // Also with an error on screen.
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Vul uw e-mailadres in.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'a11y-login');
    await context.close();
  });

  it('the coordinator home has no serious violations', async () => {
    const { context, page } = await e2e.openAs(demo.coordinator, '/');
    await waitForPageHeading(page, 'Regio-overzicht');
    await page.getByRole('table', { name: 'Partners in de regio per soort' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'a11y-coordinator-home');
    await context.close();
  });

  it('the admin organisations page has no serious violations', async () => {
    const { context, page } = await e2e.openAs(demo.admin, '/beheer/organisaties');
    await waitForPageHeading(page, 'Organisaties');
    await page.getByRole('table', { name: /Organisaties/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // And with inline errors shown.
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByText('Kies minstens één soort organisatie.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'a11y-admin-organisations-errors');
    await context.close();
  });

  it('switching to English changes the UI and <html lang>, and is remembered', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto(`${e2e.url}/inloggen`);
    await waitForPageHeading(page, 'Inloggen');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    await page.getByRole('button', { name: 'English' }).click();
    await waitForPageHeading(page, 'Sign in');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    // Remembered on this device, and carried into the signed-in UI and the account.
    await page.reload();
    await waitForPageHeading(page, 'Sign in');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(demo.coordinator);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPageHeading(page, 'Region overview');
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Partners' })
      .waitFor();
    expect(await page.getByRole('banner').textContent()).toContain('Regional coordinator');
    await expect
      .poll(async () => {
        const me = await context.request.get(`${e2e.url}/api/auth/me`);
        return ((await me.json()) as { locale: string }).locale;
      })
      .toBe('en');
    await screenshot(page, 'a11y-english-home');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await waitForPageHeading(page, 'Regio-overzicht');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await context.close();
  });

  it('keyboard: Tab first reaches the skip link, and the login form works without a mouse', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto(`${e2e.url}/inloggen`);
    await waitForPageHeading(page, 'Inloggen');

    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toMatchObject({ tag: 'a', text: 'Naar de inhoud' });
    await screenshot(page, 'a11y-skip-link-focused');
    await page.keyboard.press('Enter');
    expect(await focusedElement(page)).toMatchObject({ tag: 'main' });

    // From the start of the content: e-mail, password, submit.
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toMatchObject({ id: 'email' });
    await page.keyboard.type(demo.coordinator);
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toMatchObject({ id: 'password' });
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await waitForPageHeading(page, 'Regio-overzicht');
    // Focus moved to the new page's heading, so a screen reader announces it.
    expect(await focusedElement(page)).toMatchObject({ tag: 'h1', text: 'Regio-overzicht' });

    // The primary navigation is reachable and usable by keyboard too.
    const partners = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', {
      name: 'Partners',
    });
    await partners.focus();
    await page.keyboard.press('Enter');
    await waitForPageHeading(page, 'Partners in de regio');
    expect(await focusedElement(page)).toMatchObject({ tag: 'h1', text: 'Partners in de regio' });
    await screenshot(page, 'a11y-keyboard-partners');
    await context.close();
  });
});
