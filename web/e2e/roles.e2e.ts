// Every demo role: log in, see exactly its menu, open every page it may (and one record of each list),
// with an axe-core scan and a screenshot of each; a page outside its permissions answers with the 403 page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, login, newPage, screenshot, settled } from './browser';

const ALL = [
  'workspace',
  'dashboard',
  'organisations',
  'teams',
  'stations',
  'campaigns',
  'events',
  'hours',
  'training',
  'volunteers',
  'beneficiaries',
  'commendations',
  'pairings',
  'requests',
  'donations',
  'accounts',
  'audit',
];
const ORG_ADMIN = [
  'workspace',
  'dashboard',
  'organisations',
  'teams',
  'stations',
  'campaigns',
  'events',
  'hours',
  'training',
  'volunteers',
  'beneficiaries',
  'commendations',
  'pairings',
  'donations',
  'accounts',
];
const MENUS: Record<string, string[]> = {
  'hub.admin': ALL,
  'district.admin': ALL,
  'youth.admin': ORG_ADMIN,
  'women.admin': ORG_ADMIN,
  'ngo.admin': ORG_ADMIN,
  'station.coord': [
    'workspace',
    'dashboard',
    'organisations',
    'teams',
    'stations',
    'campaigns',
    'events',
    'hours',
    'volunteers',
    'beneficiaries',
    'requests',
  ],
  'volunteer.demo': [
    'workspace',
    'my-service',
    'organisations',
    'stations',
    'campaigns',
    'events',
    'training',
    'volunteers',
    'beneficiaries',
    'commendations',
    'pairings',
    'requests',
  ],
  'viewer.demo': ['workspace', 'dashboard', 'organisations', 'teams', 'stations', 'campaigns', 'events', 'training'],
};
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

describe.each(Object.entries(MENUS))('%s', (username, expected) => {
  it('sees only its menu, and every page in it works and passes axe', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, username);
      expect(await menu(page)).toEqual(expected);

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

      const forbidden = ALL.find((n) => !expected.includes(n));
      if (forbidden) {
        await page.goto(`/work/${forbidden === 'requests' ? 'requests' : forbidden}`);
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
