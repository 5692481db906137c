// A 375 px phone: the public pages, the volunteer's and the coordinator's work pages fit the width (no
// sideways scrolling of the page, nor of a table), the menu folds behind one button (a keyboard disclosure),
// each work page starts with its heading, and every page is saved as a screenshot under e2e/screenshots/phone/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, login, newPage, PUBLIC_PAGES, screenshot, settled } from './browser';

const PHONE = { width: 375, height: 812 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What is wider than the phone: the document itself, or any scroll box (tables) inside it. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) found.push(`document ${doc.scrollWidth} > ${window.innerWidth}`);
    for (const box of document.querySelectorAll<HTMLElement>('.table-scroll')) {
      if (box.scrollWidth > box.clientWidth + 1) {
        found.push(`${box.querySelector('caption')?.textContent?.trim() ?? 'table'} ${box.scrollWidth}`);
      }
    }
    return found;
  });

async function checkPage(page: Page, who: string, name: string): Promise<void> {
  await settled(page);
  expect(await overflow(page), `${who} ${name} at 375 px`).toEqual([]);
  await expectAccessible(page, `${who} ${name} (phone)`);
  await screenshot(page, `phone/${who}`, name);
}

const toggle = (page: Page) => page.locator('[data-menu-toggle]');

/** The menu's links as the folded menu lists them (opened and closed again by the keyboard). */
async function menuLinks(page: Page): Promise<string[]> {
  await toggle(page).focus();
  await page.keyboard.press('Enter');
  const names = await page
    .locator('nav.work-menu a[data-menu]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('data-menu') ?? ''));
  await page.keyboard.press('Escape');
  return names;
}

async function openFromMenu(page: Page, name: string): Promise<void> {
  await toggle(page).click();
  await page.locator(`nav.work-menu a[data-menu="${name}"]`).click();
}

describe('on a 375 px phone', () => {
  it('the public pages fit the width', async () => {
    const { context, page, errors } = await newPage(browser, PHONE);
    try {
      const pages = { ...PUBLIC_PAGES, events: '/events', lookUp: '/status' };
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(path);
        await checkPage(page, 'anonymous', name);
      }
      // An open event's own page, reached from the list of events open for sign-up.
      await page.goto('/events');
      await settled(page);
      const event = page.locator('main a[href^="/events/"]').first();
      const href = await event.getAttribute('href');
      expect(href).toMatch(/^\/events\/./);
      await event.click();
      await page.waitForURL(`**${href}`);
      await page.locator('main h1').waitFor();
      await checkPage(page, 'anonymous', 'event');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the menu folds behind a button that the keyboard opens and Escape closes', async () => {
    const { context, page } = await newPage(browser, PHONE);
    try {
      await login(page, 'volunteer.demo');
      const button = toggle(page);
      const menu = page.locator('nav.work-menu');
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
      expect(await menu.isVisible()).toBe(false);
      // The page's heading comes before any menu in the document and is on the first screen.
      const order = await page.evaluate(() => {
        const h1 = document.querySelector('main h1');
        const nav = document.querySelector('nav.work-menu');
        return {
          h1Top: h1?.getBoundingClientRect().top ?? Infinity,
          menuFirst: !!(h1 && nav && nav.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING),
          headingsBefore: h1
            ? [...document.querySelectorAll('h1, h2, h3')].filter(
                (h) =>
                  h !== h1 && h.checkVisibility() && h.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING,
              ).length
            : -1,
        };
      });
      expect(order.h1Top).toBeLessThan(PHONE.height / 2);
      expect(order.headingsBefore).toBe(0);

      await button.focus();
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await menu.isVisible()).toBe(true);
      await page.keyboard.press('Tab'); // into the opened panel
      await page.keyboard.press('Escape');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await menu.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-menu-toggle'))).toBe(true);

      // Following a link closes the menu and puts focus on the new page, not on <body>.
      await openFromMenu(page, 'my-service');
      await settled(page);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      // The new page's component loads before the route changes; focus follows the route, so wait for it.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    } finally {
      await context.close();
    }
  });

  it("the volunteer's pages fit, with the event code on top of its own page", async () => {
    const { context, page, errors } = await newPage(browser, PHONE);
    try {
      await login(page, 'volunteer.demo');
      await checkPage(page, 'volunteer.demo', 'workspace');
      for (const name of await menuLinks(page)) {
        await openFromMenu(page, name);
        await checkPage(page, 'volunteer.demo', name);
        if (name === 'my-service') {
          // The code entry is the first section, within the first screen.
          const top = await page.locator('#ms-code').evaluate((h) => h.getBoundingClientRect().top);
          expect(top).toBeLessThan(PHONE.height);
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the coordinator's pages fit, and 签到/签退 are reached without sideways scrolling", async () => {
    const { context, page, errors } = await newPage(browser, PHONE);
    try {
      await login(page, 'station.coord');
      await checkPage(page, 'station.coord', 'workspace');
      for (const name of await menuLinks(page)) {
        await openFromMenu(page, name);
        await checkPage(page, 'station.coord', name);
      }
      // An event of the station with sign-ups: every row's actions lie inside the screen.
      await openFromMenu(page, 'events');
      await settled(page);
      const links = await page
        .locator('main table tbody a[href*="/work/events/"]')
        .evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''));
      let seen = 0;
      for (const href of links.slice(0, 8)) {
        await page.goto(href);
        await settled(page);
        const actions = page.locator('main table tbody button');
        if ((await actions.count()) === 0) continue;
        await checkPage(page, 'station.coord', `event-${++seen}`);
        const outside = await actions.evaluateAll((buttons) =>
          buttons.filter((b) => b.getBoundingClientRect().right > window.innerWidth).map((b) => b.textContent),
        );
        expect(outside).toEqual([]);
        if (seen >= 2) break;
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
