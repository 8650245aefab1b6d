import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, signInViaApi } from './browser.ts';
import { DEMO_PASSWORD, demo, useServerAndBrowser, waitForPageHeading } from './ui.ts';

const e2e = useServerAndBrowser();

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const sankey = (page: Page) => page.getByTestId('transitions-sankey');

/** The Sankey's texts, and those that stick out of the picture or overlap another. */
async function sankeyLabels(page: Page) {
  await sankey(page).locator('svg text').first().waitFor();
  return sankey(page)
    .locator('svg')
    .evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')].map((el) => ({
        text: el.textContent ?? '',
        box: el.getBoundingClientRect(),
      }));
      const inside = (b: DOMRect) =>
        b.left >= frame.left - 0.5 &&
        b.right <= frame.right + 0.5 &&
        b.top >= frame.top - 0.5 &&
        b.bottom <= frame.bottom + 0.5 &&
        b.right <= document.documentElement.clientWidth;
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return {
        texts: texts.map((x) => x.text),
        cutOff: texts.filter((x) => !inside(x.box)).map((x) => x.text),
        overlapping: texts.flatMap((x, i) =>
          texts
            .slice(i + 1)
            .flatMap((y) => (overlap(x.box, y.box) ? [`${x.text} / ${y.text}`] : [])),
        ),
      };
    });
}

const flowTitles = (page: Page) =>
  sankey(page)
    .locator('svg g.ov-sankey__flow > title')
    .evaluateAll((titles) => titles.map((x) => x.textContent ?? ''));

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
    // The Sankey names its sectors and their numbers of people; small numbers stay hidden.
    const labels = await sankeyLabels(page);
    expect(labels.texts).toContain('Horeca en catering');
    expect(labels.texts).toContain('Zorg en welzijn');
    expect(labels.texts).toContain('14 mensen');
    expect(labels.texts).toContain('< 5 mensen');
    expect(labels.cutOff).toEqual([]);
    expect(labels.overlapping).toEqual([]);
    expect(await flowTitles(page)).toContain('Horeca en catering → Zorg en welzijn: < 5 mensen');
    await page
      .getByText('Een stippellijn is een overstap waarvan het aantal verborgen is')
      .waitFor();
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

  it('shows a readable Sankey on a phone, in English', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 400, height: 800 } });
    await context.addInitScript(() => window.localStorage.setItem('overstap.locale', 'en'));
    await signInViaApi(context, e2e.url, demo.coordinator, DEMO_PASSWORD);
    const page = await context.newPage();
    await page.goto(`${e2e.url}/`);
    await page.getByRole('heading', { level: 2, name: 'Headline figures' }).waitFor();
    const labels = await sankeyLabels(page);
    expect(labels.texts).toContain('Hospitality and catering');
    expect(labels.texts).toContain('Care and welfare');
    expect(labels.texts).toContain('14 people');
    expect(labels.cutOff).toEqual([]);
    expect(labels.overlapping).toEqual([]);
    expect(await flowTitles(page)).toContain(
      'Hospitality and catering → Care and welfare: < 5 people',
    );
    // The figures stay in a table beside it.
    await page.getByRole('table', { name: 'Moves from old to new sector' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-mobile-en');
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
