// The public joins an event with the keyboard alone: the published campaigns page lists the campaign's
// open events, the event page offers sign-up after login, the login brings the volunteer back to the
// event, and the sign-up is made there. Each page passes axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, expectAccessible, launch, newPage, PASSWORD, screenshot, settled } from './browser';
import { focusedText } from './keyboard';

let browser: Browser;
const title = `E2E 公开招募 ${Date.now()}`;

/** GraphQL as a client of the hub, logged in as `username`. */
async function api(username: string) {
  const post = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`GraphQL answered ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const { login } = await post<{ login: { accessToken: string } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { username, password: PASSWORD } },
  );
  return <T>(query: string, variables: Record<string, unknown> = {}) => post<T>(query, variables, login.accessToken);
}

/** A published campaign with one open event at a station, two days from now. */
async function publishedCampaignWithEvent(): Promise<void> {
  const hub = await api('hub.admin');
  const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
  const { serviceStations, serviceTypes } = await hub<{
    serviceStations: { nodes: Array<{ id: string; organisation: { id: string } | null }> };
    serviceTypes: { nodes: Array<{ id: string }> };
  }>(`{ serviceStations(first: 1) { nodes { id organisation { id } } } serviceTypes(first: 1) { nodes { id } } }`);
  const station = serviceStations.nodes[0];
  const { organisations } = await hub<{ organisations: { nodes: Array<{ id: string }> } }>(
    `{ organisations(first: 1) { nodes { id } } }`,
  );
  const organiserId = station.organisation?.id ?? organisations.nodes[0].id;
  const { createCampaign } = await hub<{ createCampaign: { id: string; version: number } }>(
    `mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id version } }`,
    { i: { name: `${title} 行动`, leadOrganisationId: organiserId, startsOn: day(0), endsOn: day(10) } },
  );
  const startsAt = new Date(Date.now() + 2 * 86_400_000);
  await hub(`mutation ($i: CreateServiceEventInput!) { createServiceEvent(input: $i) { id } }`, {
    i: {
      title,
      campaignId: createCampaign.id,
      stationId: station.id,
      organiserId,
      serviceTypeId: serviceTypes.nodes[0].id,
      place: '社区服务站活动室',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      capacity: 8,
    },
  });
  await hub(`mutation ($id: ID!, $v: Int!) { publishCampaign(id: $id, version: $v) { status } }`, {
    id: createCampaign.id,
    v: createCampaign.version,
  });
}

beforeAll(async () => {
  browser = await launch();
  await publishedCampaignWithEvent();
});
afterAll(async () => {
  await browser?.close();
});

describe('the public join path', () => {
  it('campaign page → event → sign-up after login, by keyboard alone', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await page.goto('/campaigns');
      await settled(page);
      const link = page.getByRole('link', { name: title, exact: true });
      await link.waitFor();
      expect(await page.locator('main').textContent()).toContain('剩余名额');
      await expectAccessible(page, 'published campaigns with open events');
      await screenshot(page, 'anonymous', 'campaigns-open-events');

      // Tab to the event's link and follow it.
      for (let i = 0; i < 80 && (await focusedText(page)) !== title; i++) await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe(title);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/events\/[^/]+$/);
      await settled(page);
      const eventUrl = new URL(page.url()).pathname;
      expect(await page.locator('main h1').textContent()).toContain(title);
      await expectAccessible(page, 'public event page');
      await screenshot(page, 'anonymous', 'public-event');

      for (let i = 0; i < 40 && (await focusedText(page)) !== '登录后报名'; i++) await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('登录后报名');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/login\?redirect=/);
      await settled(page);
      const onUsername = () => page.evaluate(() => document.activeElement?.getAttribute('autocomplete') === 'username');
      for (let i = 0; i < 20 && !(await onUsername()); i++) await page.keyboard.press('Tab');
      expect(await onUsername()).toBe(true);
      await page.keyboard.type('volunteer.demo');
      await page.keyboard.press('Tab');
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname === eventUrl);
      await settled(page);

      for (let i = 0; i < 40 && (await focusedText(page)) !== '报名参加'; i++) await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('报名参加');
      await page.keyboard.press('Enter');
      await page.locator('main p[role="status"]').filter({ hasText: '报名成功' }).waitFor();
      await expectAccessible(page, 'signed up on the public event page');
      await screenshot(page, 'volunteer.demo', 'public-event-signed-up');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the station board links to the station’s upcoming events', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await page.goto('/stations');
      await settled(page);
      const first = page.locator('main .station-card').first();
      await first.getByRole('link', { name: /近期活动/ }).click();
      await page.waitForURL(/\/events\?station=/);
      await settled(page);
      await expectAccessible(page, 'a station’s upcoming events');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
