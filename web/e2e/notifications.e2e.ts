// The bell, the inbox and the notification settings (#15 items 2 and 5): when the hub administrator assigns a
// service request, the volunteer's and the station coordinator's bells count up without reload and the
// volunteer's open inbox shows it; marking read counts down; the settings are saved with the keyboard alone.
// Every page on the way passes axe and the focus measurement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launch, login, newPage, post, screenshot, settled, tokenFor } from './browser';
import { focusedId } from './keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function session(username: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const s = await newPage(browser);
  await login(s.page, username);
  return s;
}

/** The unread count as the bell's accessible name says it (0 for "none unread"). */
async function bell(page: Page): Promise<number> {
  const name = (await page.locator('[data-bell]').getAttribute('aria-label')) ?? '';
  const m = /(\d+)/.exec(name);
  return m ? Number(m[1]) : 0;
}

const unreadOf = async (username: string) =>
  ((await post('{ unreadNotificationCount }', {}, await tokenFor(username))) as { unreadNotificationCount: number })
    .unreadNotificationCount;

/** Presses Tab until the focused element matches `selector`. */
async function tabToMatch(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached within ${max} presses of Tab`);
}

/** The hub administrator assigns a request of the coordinator's station (asked for now) to the demo volunteer. */
async function assignRequest(): Promise<void> {
  const coord = await tokenFor('station.coord');
  const { beneficiaries, serviceTypes } = (await post(
    '{ beneficiaries(first: 1) { nodes { id } } serviceTypes(first: 1) { nodes { id } } }',
    {},
    coord,
  )) as { beneficiaries: { nodes: Array<{ id: string }> }; serviceTypes: { nodes: Array<{ id: string }> } };
  const { createServiceRequest: request } = (await post(
    'mutation ($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id version } }',
    {
      input: {
        beneficiaryId: beneficiaries.nodes[0].id,
        serviceTypeId: serviceTypes.nodes[0].id,
        description: '通知测试：上门陪同',
      },
    },
    coord,
  )) as { createServiceRequest: { id: string; version: number } };
  const { viewer } = (await post(
    '{ viewer { roles { volunteer { id } } } }',
    {},
    await tokenFor('volunteer.demo'),
  )) as {
    viewer: { roles: Array<{ volunteer: { id: string } | null }> };
  };
  const volunteerId = viewer.roles.find((r) => r.volunteer)!.volunteer!.id;
  await post(
    'mutation ($id: ID!, $version: Int!, $v: ID!) { assignServiceRequest(id: $id, version: $version, volunteerId: $v) { id } }',
    { id: request.id, version: request.version, v: volunteerId },
    await tokenFor('hub.admin'),
  );
}

describe('the bell and the inbox', () => {
  it('count up without reload when another role acts, and down when marked read', async () => {
    const volunteer = await session('volunteer.demo');
    const coord = await session('station.coord');
    try {
      const { page } = volunteer;
      // The bell is a link in the header, reached by keyboard, whose name carries the count.
      await tabToMatch(page, '[data-bell]');
      const before = await bell(page);
      expect(before).toBe(await unreadOf('volunteer.demo'));
      await page.keyboard.press('Enter');
      await page.waitForURL('**/work/notifications');
      await settled(page);
      await expectAccessible(page, 'inbox');
      const coordBefore = await bell(coord.page);

      await assignRequest();

      await expect.poll(() => bell(page), { timeout: 20_000 }).toBe(before + 1);
      await expect.poll(() => bell(coord.page), { timeout: 20_000 }).toBe(coordBefore + 1);
      // The open inbox shows it first, unread, and the news is announced politely.
      const first = page.locator('.inbox-item').first();
      await expect
        .poll(() => first.getAttribute('data-notification'), { timeout: 20_000 })
        .toBe('SERVICE_REQUEST_ASSIGNED');
      expect(await first.getAttribute('data-read')).toBe('false');
      await expect.poll(() => page.locator('[data-bell-news]').textContent()).toContain('1');
      await settled(page);
      await expectAccessible(page, 'inbox with a new notice');
      await screenshot(page, 'volunteer.demo', 'inbox');

      // Marked read by keyboard: the bell counts down, the item says read.
      await first.locator('[data-mark-one]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => bell(page), { timeout: 20_000 }).toBe(before);
      await expect.poll(() => first.getAttribute('data-read')).toBe('true');
      // Its button gone, the keyboard stays on the notice: its title has the focus.
      await expect.poll(() => focusedId(page)).toMatch(/^inbox-title-/);
      expect(await first.locator('h3').getAttribute('id')).toBe(await focusedId(page));
      expect(await unreadOf('volunteer.demo')).toBe(before);

      // The coordinator's own inbox lists what it was told, with the record one click away.
      await coord.page.locator('[data-bell]').click();
      await coord.page.waitForURL('**/work/notifications');
      await settled(coord.page);
      const told = coord.page.locator('.inbox-item[data-notification="STATION_REQUEST_ASSIGNED"]').first();
      await told.waitFor();
      expect(await told.locator('a').getAttribute('href')).toBe('/work/requests');
      await coord.page.locator('[data-mark-all]').focus();
      await coord.page.keyboard.press('Enter');
      await expect.poll(() => bell(coord.page), { timeout: 20_000 }).toBe(0);
      // Nothing left to mark: the button says so and keeps the focus.
      expect(await coord.page.locator('[data-mark-all]').getAttribute('aria-disabled')).toBe('true');
      expect(await coord.page.evaluate(() => document.activeElement?.hasAttribute('data-mark-all'))).toBe(true);
      expect(await coord.page.locator('[data-bell]').getAttribute('aria-label')).toBe('通知，没有未读');
      await coord.page.locator('#inbox-unread-only').check();
      await coord.page.locator('.state--empty').waitFor();
      await expectAccessible(coord.page, 'inbox, nothing unread');
      expect(volunteer.errors).toEqual([]);
      expect(coord.errors).toEqual([]);
    } finally {
      await volunteer.context.close();
      await coord.context.close();
    }
  });
});

describe('notification settings', () => {
  it('saves the contact and a channel with the keyboard alone', async () => {
    const { context, page, errors } = await session('volunteer.demo');
    try {
      await page.goto('/work/notifications');
      await settled(page);
      await page.getByRole('link', { name: '通知设置' }).click();
      await page.waitForURL('**/work/notifications/settings');
      await settled(page);
      await expectAccessible(page, 'notification settings');
      await screenshot(page, 'volunteer.demo', 'notification-settings');

      // A wrong mobile is refused beside its field; a right one is saved and comes back masked.
      await page.locator('#ns-email').fill('volunteer.demo@tongxin.test');
      await page.locator('#ns-email').focus();
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('ns-mobile');
      await page.keyboard.type('1391');
      await page.keyboard.press('Enter');
      await page.locator('#ns-mobile-error').waitFor();
      await page.locator('#ns-mobile').fill('');
      await page.locator('#ns-mobile').focus();
      await page.keyboard.type('13912345678');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-contact-saved]').textContent()).toBe('联系方式已保存。');
      await expect.poll(() => page.locator('#ns-mobile-hint').textContent()).toContain('139****5678');

      // The event reminder also by SMS: a box ticked with Space, saved at once, announced.
      const sms = page.locator('tr[data-kind="EVENT_REMINDER"] input[data-channel="sms"]');
      const was = await sms.isChecked();
      await sms.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('[data-channel-saved]').textContent()).toContain('活动提醒');
      const { notificationPreferences } = (await post(
        '{ notificationPreferences { email mobile kinds { kind sms } } }',
        {},
        await tokenFor('volunteer.demo'),
      )) as {
        notificationPreferences: { email: string; mobile: string; kinds: Array<{ kind: string; sms: boolean }> };
      };
      expect(notificationPreferences.email).toBe('volunteer.demo@tongxin.test');
      expect(notificationPreferences.mobile).toBe('139****5678');
      expect(notificationPreferences.kinds.find((k) => k.kind === 'EVENT_REMINDER')!.sms).toBe(!was);
      // Codes are always sent: their boxes cannot be unticked.
      expect(await page.locator('tr[data-kind="PASSWORD_RESET_CODE"] input[data-channel="email"]').isDisabled()).toBe(
        true,
      );

      // Saving the e-mail again leaves the mobile alone (the field is empty: only its mask is known).
      await page.locator('#ns-email').fill('volunteer.demo2@tongxin.test');
      await page.locator('#ns-email').press('Enter');
      await expect.poll(() => page.locator('#ns-mobile-hint').textContent()).toContain('139****5678');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
