import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { demo, useServerAndBrowser, waitForPageHeading } from './ui.ts';

const e2e = useServerAndBrowser();

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const headline = (page: Page, key: string) =>
  page.getByTestId(`headline-${key}`).locator('.ov-dashboard-headline__value').innerText();

describe('the dashboard', () => {
  it('is the coordinator’s home: the pilot’s headline figures, charts with tables, no serious violations', async () => {
    const { context, page } = await e2e.openAs(demo.coordinator, '/');
    await waitForPageHeading(page, 'Regio-overzicht');
    await page.getByRole('heading', { level: 2, name: 'Kerncijfers' }).waitFor();
    expect(await headline(page, 'started')).toBe('30');
    expect(await headline(page, 'stopped')).toBe('5');
    expect(await headline(page, 'in_progress')).toBe('9');
    expect(await headline(page, 'placed')).toBe('12');
    expect(await headline(page, 'in_work_and_training')).toBe('< 5');
    expect(await headline(page, 'in_training')).toBe('< 5');
    expect(await headline(page, 'placed_other_sector')).toBe('13');
    expect(await headline(page, 'outflow_rate')).toMatch(/^64\s?%$/);
    // Every chart has its table.
    await page.getByRole('img', { name: /Staafdiagram/ }).waitFor();
    await page.getByRole('table', { name: 'Keten per stap' }).waitFor();
    await page.getByRole('table', { name: 'Overstappen van oude naar nieuwe sector' }).waitFor();
    await page.getByRole('table', { name: 'Verloop per maand' }).waitFor();
    await page.getByRole('table', { name: 'Duurzaamheid na 6 en 12 maanden' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-coordinator');

    // A SMART target, and its realisation computed from the events.
    await page.getByLabel('Streefwaarde (aantal, of aandeel in %)').fill('25');
    await page.getByLabel('Vanaf').fill('2020-07-01');
    await page.locator('#target-due').fill('2021-03-31');
    await page.getByRole('button', { name: 'Doel opslaan' }).click();
    const targets = page.getByRole('table', { name: 'Doelen en realisatie' });
    await targets.getByRole('cell', { name: 'Gehaald' }).waitFor();
    await expect.poll(() => targets.getByRole('row').nth(1).innerText()).toContain('30');

    // Filters go into the address; the figures follow.
    await page.getByLabel('Triagegroep').selectOption('1');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.waitForURL(/triageGroup=1/);
    await expect.poll(() => headline(page, 'started')).toBe('< 5');
    await context.close();
  });

  it('lets a case manager reach the dashboard of their caseload from their home', async () => {
    const { context, page } = await e2e.openAs(demo.caseManager, '/');
    await page.getByRole('link', { name: 'Naar het dashboard' }).first().click();
    await waitForPageHeading(page, 'Dashboard Noordoost-Brabant');
    await page.getByText('Cijfers van de caseload van').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kerncijfers' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-case-manager');
    await context.close();
  });
});
