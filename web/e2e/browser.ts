// Debian's Chromium through playwright-core (no browser download), axe-core, and the steps every test shares.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, inject } from 'vitest';
import { checkFocusIndicators } from './focus';
import { checkStructure } from './structure';

export const PASSWORD = 'Tongxin#2026';
export const baseUrl = () => inject('hubUrl');
/** The public pages, reached without logging in. */
export const PUBLIC_PAGES = {
  home: '/',
  board: '/stations',
  campaigns: '/campaigns',
  register: '/volunteer/register',
  request: '/request-service',
  login: '/login',
} as const;
const shotsDir = path.resolve(import.meta.dirname, 'screenshots');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context (no cookies); `errors` collects uncaught page errors for the test to check. */
export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return { context, page, errors };
}

/** Until every query on the page has answered (no loading state, no request in flight). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.state--loading'), undefined, { timeout: 20_000 });
  await checkFocusIndicators(page, page.url());
  await checkStructure(page, page.url());
}

/** Logs in through the form and waits for the work page. */
export async function login(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.locator('input[autocomplete="username"]').fill(username);
  await page.locator('input[autocomplete="current-password"]').fill(PASSWORD);
  await page.locator('form.login-form button[type="submit"]').click();
  await page.waitForURL('**/work');
  await settled(page);
}

/**
 * A full navigation while logged in: the new document has no token in memory and restores the session
 * through the refresh cookie, so the access token it works with is a new one. Answers when that one
 * expires (ms since the epoch); the login's own expiry is earlier by however long the navigation took.
 */
export async function gotoLoggedIn(page: Page, url: string): Promise<{ expiresAt: number }> {
  const restored = page.waitForResponse((r) => r.request().postData()?.includes('RefreshSession') ?? false);
  await page.goto(url);
  const body = (await (await restored).json()) as { data: { refreshSession: { expiresAt: string } } };
  await settled(page);
  return { expiresAt: Date.parse(body.data.refreshSession.expiresAt) };
}

/** Until the given moment has passed on the page's clock (an access token's expiry), not a guessed sleep. */
export async function until(page: Page, moment: number): Promise<void> {
  await page.waitForFunction((t) => Date.now() > t, moment, { timeout: moment - Date.now() + 30_000, polling: 250 });
}

/** Until no CSS transition or animation runs (Element Plus dialogs fade in; axe and clicks wait for the end). */
export async function transitionsDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, {
    timeout: 10_000,
  });
}

/** One GraphQL operation against the hub as another client would send it (the data, or a thrown error). */
export async function post(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL answered ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** An access token for a demo account, logged in over GraphQL. */
export async function tokenFor(username: string): Promise<string> {
  const { login } = (await post('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { username, password: PASSWORD },
  })) as { login: { accessToken: string } };
  return login.accessToken;
}

/** The permissions the real server grants this demo account, asked over GraphQL as a client would. */
export async function serverPermissions(username: string): Promise<string[]> {
  const login = { accessToken: await tokenFor(username) };
  const { viewer } = (await post('{ viewer { permissions } }', {}, login.accessToken)) as {
    viewer: { permissions: string[] };
  };
  return viewer.permissions;
}

// Moderate in axe's rating, blocking here: a screen reader user moves by landmarks and headings, and two
// landmarks of one role and name, or a page without its h1, leave them guessing which is which.
const HELD_MODERATE = new Set(['landmark-unique', 'page-has-heading-one']);

/**
 * axe-core with the WCAG 2.1 A/AA rules and best practices (landmark-unique among them); the page must have no
 * serious or critical violation, nor one of HELD_MODERATE. The focus indicators, which axe does not test, are measured too
 * (e2e/focus.ts), and the landmarks and headings, which axe rates only moderate, in the browser (e2e/structure.ts).
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await checkFocusIndicators(page, label);
  await checkStructure(page, label);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || HELD_MODERATE.has(v.id))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  expect(blocking, `axe on ${label}`).toEqual([]);
}

export async function screenshot(page: Page, who: string, name: string): Promise<void> {
  const file = path.join(shotsDir, who, `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
}
