// Every demo role: log in, see exactly its menu, open every page it may (and one record of each list),
// with an axe-core scan and a screenshot of each; a page outside its permissions answers with the 403 page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RouteRecordRaw } from 'vue-router';
import '../src/router/meta';
import { expectAccessible, launch, login, newPage, screenshot, serverPermissions, settled } from './browser';

// The menu is checked against the routes' own declarations (src/router/modules) and what the real server says
// each account may do (`viewer.permissions`), so no copy of the server's grants lives here.
const routes = Object.values(
  import.meta.glob<RouteRecordRaw[]>('../src/router/modules/*.ts', { eager: true, import: 'routes' }),
).flat();
const menuRoutes = routes.filter((r) => r.meta?.nav);
const allowedBy = (granted: string[], r: RouteRecordRaw) => {
  const rule = r.meta?.permission;
  const needed: readonly string[] = rule === undefined ? [] : typeof rule === 'string' ? [rule] : rule;
  return needed.length === 0 || needed.some((p) => granted.includes(p));
};
const USERS = [
  'hub.admin',
  'district.admin',
  'youth.admin',
  'women.admin',
  'ngo.admin',
  'station.coord',
  'volunteer.demo',
  'viewer.demo',
];
// Lists whose rows open a detail page.
const WITH_DETAIL = new Set(['stations', 'campaigns', 'events', 'training', 'volunteers', 'beneficiaries', 'pairings']);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function menu(page: Page): Promise<string[]> {
  return page
    .locator('nav.work-menu a[data-menu]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('data-menu') ?? ''));
}

describe.each(USERS)('%s', (username) => {
  it('sees exactly the pages its server permissions allow, and every one works and passes axe', async () => {
    const granted = await serverPermissions(username);
    expect(granted.length, `${username} has permissions`).toBeGreaterThan(0);
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, username);
      const expected = await menu(page);
      expect([...expected].sort()).toEqual(
        menuRoutes
          .filter((r) => allowedBy(granted, r))
          .map((r) => String(r.name))
          .sort(),
      );

      for (const name of expected) {
        await page.locator(`nav.work-menu a[data-menu="${name}"]`).click();
        await settled(page);
        await expect.poll(() => page.locator('main h1').count()).toBeGreaterThan(0);
        expect(await page.locator('.state--error').count(), `${username} ${name}: error state`).toBe(0);
        await expectAccessible(page, `${username} ${name}`);
        await screenshot(page, username, name);

        const firstRecord = page.locator('main table tbody tr:first-child td:first-child a').first();
        if (WITH_DETAIL.has(name) && (await firstRecord.count())) {
          await firstRecord.click();
          await settled(page);
          await expectAccessible(page, `${username} ${name} detail`);
          await screenshot(page, username, `${name}-detail`);
        }
      }

      const forbidden = menuRoutes.find((r) => !allowedBy(granted, r));
      if (forbidden) {
        await page.goto(forbidden.path);
        await settled(page);
        await expect.poll(() => page.url()).toContain('/403');
        await expectAccessible(page, `${username} 403`);
        await screenshot(page, username, '403');
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
