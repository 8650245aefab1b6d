import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Consent } from '../../src/modules/consent/contracts.ts';
import type { Opportunities } from '../../src/modules/matching/contracts.ts';
import type { Passport } from '../../src/modules/people/contracts.ts';
import { screenshot } from './browser.ts';
import { demo, useServerAndBrowser, waitForPageHeading } from './ui.ts';

const e2e = useServerAndBrowser();

const hiringEmployer = 'zorg@overstap.demo';
const hiringEmployerName = 'Zorggroep Maas en Meierij';

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

/** Calls the API with the context's session (and its CSRF token for writes). */
async function api<T>(
  context: BrowserContext,
  method: 'GET' | 'POST',
  path: string,
  data?: unknown,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') {
    const csrf = await context.request.get(`${e2e.url}/api/auth/csrf`);
    headers['x-csrf-token'] = ((await csrf.json()) as { token: string }).token;
  }
  const res = await context.request.fetch(`${e2e.url}${path}`, { method, headers, data });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

describe('a proposal reaches the hiring employer and can be withdrawn', () => {
  it('case manager proposes → employer sees and answers it → case manager withdraws → gone for the employer', async () => {
    // Sandra shares her passport with the care employer only.
    const candidate = await e2e.openAs(demo.candidate, '/');
    const sandra = await api<Passport>(candidate.context, 'GET', '/api/persons/me');
    const grants = await api<Consent[]>(
      candidate.context,
      'GET',
      `/api/persons/${sandra.id}/consents`,
    );
    for (const g of grants) {
      if (g.purpose !== 'passport_to_hiring_employer' || g.status !== 'in_force') continue;
      await api(candidate.context, 'POST', `/api/persons/${sandra.id}/consents/${g.id}/withdraw`);
    }

    const cm = await e2e.openAs(demo.caseManager, `/caseload/${sandra.id}/kansen`);
    const o = await api<Opportunities>(
      cm.context,
      'GET',
      `/api/persons/${sandra.id}/opportunities?limit=20`,
    );
    const target = o.vacancies.find((v) => v.vacancy.employerName === hiringEmployerName);
    if (!target) throw new Error(`no vacancy of ${hiringEmployerName} among Sandra’s best 20`);
    const { title } = target.vacancy;
    await api(candidate.context, 'POST', `/api/persons/${sandra.id}/consents`, {
      purpose: 'passport_to_hiring_employer',
      recipientOrganisationId: target.vacancy.employerId,
    });
    await candidate.context.close();

    // 1. The case manager proposes her.
    await cm.page.reload();
    await waitForPageHeading(cm.page, 'Kansen voor Sandra de Vries');
    const card = cm.page
      .getByRole('list', { name: 'Vacatures die passen' })
      .getByRole('article')
      .filter({ has: cm.page.getByRole('link', { name: title, exact: true }) })
      .first();
    await card.getByRole('button', { name: `Voorstellen aan werkgever voor ${title}` }).click();
    await card.getByText(new RegExp(`^Voorgesteld aan ${hiringEmployerName} op `)).waitFor();
    await card.getByText(`${hiringEmployerName} heeft nog niet geantwoord.`).waitFor();

    // 2. The employer is told on its home, and sees the proposal on the vacancy's candidates page.
    const employer = await e2e.openAs(hiringEmployer, '/');
    await employer.page
      .getByText('1 kandidaat die casemanagers bij u hebben voorgesteld, wacht op uw antwoord.')
      .waitFor();
    await employer.page.getByRole('link', { name: `${title}: 1 voorgestelde kandidaat` }).click();
    await waitForPageHeading(employer.page, `Beste kandidaten voor ${title}`);
    await employer.page
      .getByRole('heading', { level: 2, name: 'Voorgesteld door casemanagers' })
      .waitFor();
    const proposed = employer.page.getByRole('list', {
      name: 'Voorgestelde kandidaten, de nieuwste eerst',
    });
    const proposal = proposed.getByRole('article', { name: 'Sandra de Vries' });
    await proposal.waitFor();
    await proposal
      .getByText(/^Voorgesteld op .+ door .+ \(UWV Werkbedrijf 's-Hertogenbosch\)\.$/)
      .waitFor();
    expect(await seriousViolations(employer.page)).toEqual([]);
    await shot(employer.page, 'matching-employer-proposal');

    // "Past niet" needs a reason; the employer changes its mind and invites her instead.
    await proposal.getByRole('button', { name: 'Past niet – Sandra de Vries' }).click();
    const why = proposal.getByRole('group', { name: 'Waarom past Sandra de Vries niet?' });
    await why.getByRole('button', { name: 'Antwoord versturen – Sandra de Vries' }).click();
    await why.getByText('Kies een reden.').waitFor();
    await why.getByRole('button', { name: 'Annuleren' }).click();
    // The case manager reads the employer's answer.
    await proposal
      .getByRole('button', { name: 'Uitnodigen voor gesprek – Sandra de Vries' })
      .click();
    await proposal
      .getByText(/^Antwoord van de werkgever op .+: uitnodigen voor gesprek\.$/)
      .waitFor();
    await cm.page.reload();
    await waitForPageHeading(cm.page, 'Kansen voor Sandra de Vries');
    await card
      .getByText(new RegExp(`^${hiringEmployerName} wil Sandra de Vries uitnodigen`))
      .waitFor();

    // 3. The case manager withdraws it, with a reason.
    await card
      .getByRole('button', { name: `Voorstel intrekken bij ${hiringEmployerName} voor ${title}` })
      .click();
    const question = card.getByRole('group', {
      name: `Voorstel aan ${hiringEmployerName} voor ${title} intrekken?`,
    });
    await question
      .getByRole('combobox', { name: /^Reden/ })
      .selectOption({ label: 'kandidaat heeft ander werk gevonden' });
    await question.getByRole('button', { name: /^Intrekken/ }).click();
    await card
      .getByText(
        new RegExp(
          `^Voorstel aan ${hiringEmployerName} ingetrokken op .+: kandidaat heeft ander werk gevonden\\.$`,
        ),
      )
      .waitFor();
    // She may be proposed again later.
    await card.getByRole('button', { name: `Voorstellen aan werkgever voor ${title}` }).waitFor();
    expect(await seriousViolations(cm.page)).toEqual([]);
    await shot(cm.page, 'matching-case-proposal-withdrawn');

    // 4. The employer no longer sees it, nor the count on its home.
    await employer.page.reload();
    await waitForPageHeading(employer.page, `Beste kandidaten voor ${title}`);
    await employer.page
      .getByText('Er zijn nog geen kandidaten voor deze vacature voorgesteld.')
      .waitFor();
    expect(await proposed.count()).toBe(0);
    const counted = employer.page.waitForResponse((r) =>
      r.url().endsWith('/api/match-proposals/awaiting-answer'),
    );
    await employer.page.goto(`${e2e.url}/`);
    expect(((await (await counted).json()) as { total: number }).total).toBe(0);
    expect(await employer.page.getByText(/wacht(en)? op uw antwoord/).count()).toBe(0);
    await employer.context.close();
    await cm.context.close();
  });
});
