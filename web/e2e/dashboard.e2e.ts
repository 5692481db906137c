// The dashboard: figures for the viewer's scope, charts with table alternatives, and drilling into a district.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, login, newPage, screenshot, settled } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const tile = async (page: Page, key: string) =>
  Number((await page.locator(`[data-tile="${key}"] dd`).textContent())?.replace(/[^\d.]/g, ''));

describe('dashboard', () => {
  it('drills from the city into a district and back, by keyboard, through the chart’s table', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'hub.admin');
      await page.locator('nav.work-menu a[data-menu="dashboard"]').click();
      await settled(page);
      const cityTotal = await tile(page, 'personTimes');
      expect(cityTotal).toBeGreaterThan(0);
      expect(await page.locator('figure.chart [role="img"]').count()).toBeGreaterThanOrEqual(4);

      const regions = page.locator('figure.chart', { has: page.locator('button') }).first();
      await regions.locator('summary').focus();
      await page.keyboard.press('Enter'); // opens the table
      await regions.locator('tbody button').first().focus();
      const chosen = (await regions.locator('tbody tr').first().locator('th, td').first().textContent())?.trim();
      await page.keyboard.press('Enter'); // drills into that district
      await settled(page);
      // The keyboard keeps its place: focus on the heading naming the district, not on <body>; the district
      // select shows it.
      const focused = () => page.evaluate(() => document.activeElement?.hasAttribute('data-scope-heading'));
      await expect.poll(focused).toBe(true);
      expect(await page.locator('[data-scope-heading]').textContent()).toContain(chosen);
      await expect
        .poll(() => page.locator('#dash-district').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text))
        .toBe(chosen);
      const districtTotal = await tile(page, 'personTimes');
      expect(districtTotal).toBeGreaterThan(0);
      expect(districtTotal).toBeLessThan(cityTotal);
      await expectAccessible(page, 'dashboard drilled into a district');
      await screenshot(page, 'hub.admin', 'dashboard-district');

      // The overdue pairings figure opens the pairing list with the same district, overdue only.
      const overdue = await tile(page, 'overdue');
      await page.locator('[data-tile="overdue"] dd a').click();
      await page.waitForURL(/\/work\/pairings\?/);
      await settled(page);
      expect(await page.locator('#pr-overdue').isChecked()).toBe(true);
      expect(await page.locator('#pr-district').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe(
        chosen,
      );
      await expect.poll(() => page.locator('main table caption').first().textContent()).toContain(String(overdue));
      await page.goBack();
      await settled(page);

      await page.locator('.breadcrumb button').click();
      await settled(page);
      await expect.poll(focused).toBe(true);
      expect(await tile(page, 'personTimes')).toBe(cityTotal);

      // The campaign filter: a campaign's figures are part of the city's.
      const campaign = await page.locator('#dash-campaign option').nth(1).getAttribute('value');
      expect(campaign).toBeTruthy();
      await page.selectOption('#dash-campaign', campaign);
      await page.locator('form.filter-form button[type="submit"]').click();
      await settled(page);
      await expect.poll(() => tile(page, 'personTimes')).toBeLessThan(cityTotal);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a district administrator only its district', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'hub.admin');
      await page.goto('/work/dashboard');
      await settled(page);
      const city = await tile(page, 'stations');
      await page.locator('header button.button--on-dark').click(); // log out
      await login(page, 'district.admin');
      await page.goto('/work/dashboard');
      await settled(page);
      const district = await tile(page, 'stations');
      expect(district).toBeGreaterThan(0);
      expect(district).toBeLessThan(city);
    } finally {
      await context.close();
    }
  });
});
