import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { launchBrowser, signInViaApi } from './browser.ts';

export const DEMO_PASSWORD = 'overstap-demo';

export const demo = {
  admin: 'beheer@overstap.demo',
  coordinator: 'regie@overstap.demo',
  caseManager: 'casemanager@overstap.demo',
  employer: 'werkgever@overstap.demo',
  provider: 'opleider@overstap.demo',
  candidate: 'kandidaat@overstap.demo',
} as const;

export interface E2e {
  readonly url: string;
  readonly browser: Browser;
  /** A fresh context (no cookies, no stored language) and a page in it. */
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  /** A page signed in (through the API) as one of the demo accounts, opened at `path`. */
  openAs(email: string, path: string): Promise<{ context: BrowserContext; page: Page }>;
}

/** Every test file gets its own server (fresh database with the demo region) and browser. */
export function useServerAndBrowser(): E2e {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const e2e: E2e = {
    get url() {
      if (!server) throw new Error('server not started');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
    async newPage() {
      const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 } });
      return { context, page: await context.newPage() };
    },
    async openAs(email, path) {
      const opened = await e2e.newPage();
      await signInViaApi(opened.context, e2e.url, email, DEMO_PASSWORD);
      await opened.page.goto(`${e2e.url}${path}`);
      return opened;
    },
  };
  return e2e;
}

/** Waits for the page's h1 with this name (the page has rendered its real content). */
export async function waitForPageHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** The accessible description of a control: the texts its aria-describedby points to. */
export async function descriptionOf(page: Page, controlId: string): Promise<string> {
  return page.evaluate((id) => {
    const ids = document.getElementById(id)?.getAttribute('aria-describedby') ?? '';
    return ids
      .split(/\s+/)
      .map((ref) => document.getElementById(ref)?.textContent ?? '')
      .join(' ')
      .trim();
  }, controlId);
}
