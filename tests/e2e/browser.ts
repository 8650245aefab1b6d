import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Sign in through the API (one UI login test is enough); the context then carries the cookie. */
export async function signInViaApi(
  context: BrowserContext,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  const csrf = await context.request.get(`${baseUrl}/api/auth/csrf`);
  const { token } = (await csrf.json()) as { token: string };
  const res = await context.request.post(`${baseUrl}/api/auth/login`, {
    data: { email, password },
    headers: { 'x-csrf-token': token },
  });
  if (!res.ok()) throw new Error(`login failed: ${res.status()} ${await res.text()}`);
}

/** A screenshot at the end of each user flow, kept in test-results/ for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.resolve('test-results/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
