// The public pages without logging in: axe and screenshots, the station board and the registration form
// driven by the keyboard alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, newPage, PUBLIC_PAGES, screenshot, settled } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the element with this id has focus: proves it is reachable, in order, by keyboard. */
async function tabTo(page: Page, id: string, max = 40): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedId(page)) === id) return i;
  }
  throw new Error(`#${id} not reached within ${max} presses of Tab`);
}

/** The focused element shows a visible focus indicator (outline or box-shadow). */
const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  });

describe('public pages', () => {
  it('each passes axe, in Chinese and in English', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      const pages = { ...PUBLIC_PAGES, missing: '/no/such/page' };
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(path);
        await settled(page);
        await expectAccessible(page, `public ${name}`);
        await screenshot(page, 'anonymous', name);
      }
      await page.goto('/stations');
      await page.selectOption('#app-locale-select', 'en');
      await settled(page);
      // The English copy is fetched when first chosen.
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
      await expect.poll(() => page.locator('main h1').textContent()).toBe('Community volunteer service stations');
      await expectAccessible(page, 'public board (en)');
      await screenshot(page, 'anonymous', 'board-en');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the work pages send a visitor to the login page', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto('/work/beneficiaries');
      await page.waitForURL(/\/login\?redirect=/);
      expect(decodeURIComponent(page.url())).toContain('redirect=/work/beneficiaries');
    } finally {
      await context.close();
    }
  });
});

describe('station board, keyboard only', () => {
  it('filters by district and service and pages through the results', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await page.goto('/stations');
      await settled(page);
      const count = page.locator('main .result-count');
      // The seeded city's 788 stations, and any another browser test registered before this one.
      await expect
        .poll(async () => Number((await count.textContent())?.match(/\d+/)?.[0] ?? 0))
        .toBeGreaterThanOrEqual(788);
      const all = Number((await count.textContent())?.match(/\d+/)?.[0]);

      // The skip link comes first and takes focus to the main content.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
      await page.keyboard.press('Enter');
      expect(await focusedId(page)).toBe('main');

      await tabTo(page, 'board-district', 3);
      expect(await focusVisible(page)).toBe(true);
      await page.keyboard.press('ArrowDown'); // the first district
      await tabTo(page, 'board-service', 1);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown'); // the second service
      await tabTo(page, 'board-search', 1);
      await page.keyboard.press('Enter'); // submits the filter form
      await settled(page);
      const filtered = Number((await count.textContent())?.match(/\d+/)?.[0]);
      expect(filtered).toBeGreaterThan(0);
      expect(filtered).toBeLessThan(all);
      await screenshot(page, 'anonymous', 'board-filtered');

      // Each card says its hours, services and contact in words.
      const card = page.locator('.station-card').first();
      expect(await card.locator('dt').allTextContents()).toEqual(['地址', '服务时间', '服务内容', '联系人']);

      if (filtered > 12) {
        await page.locator('.pager__buttons > button').last().focus();
        await page.keyboard.press('Enter');
        await settled(page);
        expect(await page.locator('.pager [role="status"]').textContent()).toContain('第 2 /');
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('volunteer registration, keyboard only', () => {
  // Sending a corrected form, and its reference, are in workflows-campaigns.e2e.ts.
  it('announces the problems and links from each to its field', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await page.goto('/volunteer/register');
      await settled(page);

      await tabTo(page, 'reg-name');
      await page.keyboard.type('王小明');
      await page.keyboard.press('Tab'); // no gender question: the identity number carries it
      expect(await focusedId(page)).toBe('reg-id-number');
      await page.keyboard.type('110105194912310021'); // wrong check character
      await page.keyboard.press('Tab');
      await page.keyboard.type('13812345678');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown'); // district
      await tabTo(page, 'reg-category', 6);
      await page.keyboard.press('ArrowDown'); // category
      // Leave the consent box unticked; go to the submit button and press Enter.
      for (
        let i = 0;
        i < 80 && (await page.evaluate(() => document.activeElement?.textContent?.trim())) !== '提交注册';
        i++
      ) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');

      const summary = page.locator('.error-summary');
      await expect.poll(() => summary.count()).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      expect(await summary.getAttribute('role')).toBe('alert');
      const items = await summary.locator('li').allTextContents();
      expect(items).toHaveLength(2);
      expect(items[0]).toContain('校验位不正确');
      expect(items[1]).toContain('个人信息告知');
      await expectAccessible(page, 'registration with errors');
      await screenshot(page, 'anonymous', 'register-errors');

      // From the summary, each link leads to its field.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await focusedId(page)).toBe('reg-id-number');
      await tabTo(page, 'reg-consent', 60); // past the city's skill list
      expect(await focusVisible(page)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
