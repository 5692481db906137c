// The session across token expiry: a silent refresh that keeps the page, and a re-login in place when the
// session has really ended — in both cases what the user typed is still there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { gotoLoggedIn, launch, login, newPage, screenshot, settled, until } from './browser';

const ttl = inject('accessTokenTtl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Only meaningful when the hub issues short-lived tokens (the hub the suite starts does).
describe.runIf(ttl <= 60)('session expiry', () => {
  it('refreshes an expired access token through the cookie and carries on', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'hub.admin');
      // The page's token is the one restored on this navigation, not the login's.
      const { expiresAt } = await gotoLoggedIn(page, '/work/volunteers');
      await page.fill('#vol-search', '王');
      // Listening before the expiry: the work menu's live connection is closed by the hub when the token
      // expires and may renew it before the search does; either way one refresh through the cookie happens.
      const refreshed = page.waitForResponse((r) => r.request().postData()?.includes('RefreshSession') ?? false, {
        timeout: expiresAt - Date.now() + 60_000,
      });
      await until(page, expiresAt + 1000); // the access token has expired
      await page.click('form[role="search"] button[type="submit"]');
      expect((await refreshed).ok()).toBe(true);
      await settled(page);
      expect(await page.locator('.state--error').count()).toBe(0);
      expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
      expect(await page.inputValue('#vol-search')).toBe('王');
      expect(page.url()).toContain('/work/volunteers');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('when the session has ended, offers to log in again over the page, keeping what was typed', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'district.admin');
      // Waiting out the login's token instead of this one let the search run while still valid when the
      // navigation took over a second: no refresh was needed and no dialog came.
      const { expiresAt } = await gotoLoggedIn(page, '/work/beneficiaries');
      await page.fill('#ben-search', '李');
      await context.clearCookies(); // the refresh cookie is gone: the session cannot be renewed
      await until(page, expiresAt + 1000); // the access token has expired
      await page.click('form[role="search"] button[type="submit"]');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await screenshot(page, 'district.admin', 'relogin-dialog');
      expect(await dialog.textContent()).toContain('登录已过期');
      await dialog.locator('input[autocomplete="username"]').fill('district.admin');
      await dialog.locator('input[autocomplete="current-password"]').fill('Tongxin#2026');
      await dialog.locator('button[type="submit"]').click();
      await dialog.waitFor({ state: 'hidden' });
      expect(page.url()).toContain('/work/beneficiaries');
      expect(await page.inputValue('#ben-search')).toBe('李');
      // The page asks again once logged in (the session store refetches what it shows); until that answer
      // lands it still shows the refused one. Waiting for its rows, not for the network to look idle.
      await page.locator('main table tbody tr').first().waitFor();
      await page.locator('.state--error').waitFor({ state: 'detached' });
      await settled(page);
      await screenshot(page, 'district.admin', 'relogin-after');
      expect(await page.locator('.state--error').count()).toBe(0);
      expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
