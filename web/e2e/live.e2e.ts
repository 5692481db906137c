// Live updates in the panel (#15 item 5): a district administrator's to-do counts in the work menu and on
// the to-do page change, without reload, when the hub administrator approves a registration elsewhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, login, newPage, post, screenshot, settled, tokenFor } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const badge = async (page: Page, menu: string) =>
  Number((await page.locator(`nav.work-menu [data-todo-count="${menu}"]`).textContent()) ?? '0');

describe('live to-do counts', () => {
  it('counts down in the menu and on the to-do page when another role approves a registration', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'district.admin');
      await page.locator('nav.work-menu a[data-menu="todo"]').click();
      await settled(page);
      await expectAccessible(page, 'to-do page');
      await screenshot(page, 'district.admin', 'todo');
      const registrations = page.locator('[data-todo-kind="REGISTRATION"] strong');
      const before = await badge(page, 'volunteers');
      expect(before).toBeGreaterThan(0);
      expect(Number(await registrations.textContent())).toBe(before);

      // One of the registrations the district administrator sees, approved by the hub administrator.
      const district = await tokenFor('district.admin');
      const { volunteers } = (await post(
        '{ volunteers(first: 1, filter: { statuses: [PENDING] }) { nodes { id version } } }',
        {},
        district,
      )) as { volunteers: { nodes: Array<{ id: string; version: number }> } };
      const [pending] = volunteers.nodes;
      await post(
        'mutation ($id: ID!, $version: Int!) { approveVolunteer(id: $id, version: $version) { id } }',
        { id: pending.id, version: pending.version },
        await tokenFor('hub.admin'),
      );

      await expect.poll(() => badge(page, 'volunteers'), { timeout: 20_000 }).toBe(before - 1);
      await expect.poll(async () => Number(await registrations.textContent()), { timeout: 20_000 }).toBe(before - 1);

      // Each count opens its list with the filter set: the registrations waiting.
      await page.locator('[data-todo-kind="REGISTRATION"]').click();
      await page.waitForURL(/\/work\/volunteers\?status=PENDING/);
      await settled(page);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
