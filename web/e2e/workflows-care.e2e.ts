// The care work end to end: a visitor asks for a service with the keyboard alone, the station coordinator
// assigns and completes it; a pairing is proposed by one side, accepted by the other, visited (the visit
// confirmed by its owner as service time) and ended;
// training is scheduled, a volunteer enrolled and attendance recorded. Every page on the way passes axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launch, login, newPage, screenshot, settled } from './browser';
import { arrowTo, dialog, focusedId, focusedText, tabTo } from './keyboard';

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

const REQUESTER = `键盘测试${Date.now() % 100000}`;
let stationName = '';

describe('service requests', () => {
  it('a visitor asks for a service with the keyboard only, is told what to fix, and gets a reference', async () => {
    // The coordinator's station, as their workspace names it: the request goes straight to its queue.
    const coord = await session('station.coord');
    stationName = (await coord.page.locator('#ws-roles ~ ul li').first().textContent())!.split(' · ')[1].trim();
    await coord.context.close();
    expect(stationName).toContain('服务站');

    const { context, page, errors } = await newPage(browser);
    try {
      await page.goto('/request-service');
      await settled(page);
      await tabTo(page, 'req-name');
      await page.keyboard.type(REQUESTER);
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('req-mobile');
      await page.keyboard.type('1391234'); // too short
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('req-callback-wanted'); // already ticked: a call back is wanted
      await page.keyboard.press('Tab');
      await arrowTo(page, 'req-callback', '上午');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('req-district');
      await page.keyboard.press('ArrowDown'); // the first district, where the coordinator's station is
      await page.locator('#req-station option', { hasText: stationName }).waitFor({ state: 'attached' });
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('req-station');
      await arrowTo(page, 'req-station', stationName);
      await tabTo(page, 'req-service', 2);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type('家里老人需要上门测量血压并讲解用药。');
      await tabTo(page, 'req-consent');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('提交申请');
      await page.keyboard.press('Enter');

      const summary = page.locator('.error-summary');
      await expect.poll(() => summary.count()).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      expect(await summary.locator('li').allTextContents()).toEqual([expect.stringContaining('回电手机号')]);
      await expectAccessible(page, 'service request with an error');
      await screenshot(page, 'anonymous', 'request-service-errors');

      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter'); // the summary's link leads to the field
      expect(await focusedId(page)).toBe('req-mobile');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('139 1234 5678');
      await tabTo(page, 'req-consent');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');

      const receipt = page.locator('.receipt');
      await expect.poll(() => receipt.count()).toBe(1);
      expect(await focusedId(page)).toBe('req-done-heading');
      expect(await page.locator('[data-testid="req-reference"]').textContent()).toMatch(/^TX-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
      expect(await receipt.textContent()).toContain('待处理');
      await expectAccessible(page, 'service request receipt');
      await screenshot(page, 'anonymous', 'request-service-receipt');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('as station.coord: the request is in the queue; assign it to a volunteer and complete it', async () => {
    const { context, page, errors } = await session('station.coord');
    try {
      await page.locator('nav.work-menu a[data-menu="requests"]').click();
      await settled(page);
      await page.selectOption('#rq-status', 'OPEN');
      await page.getByRole('button', { name: '查询' }).click();
      await settled(page);
      const row = page.locator('main table tbody tr', { hasText: REQUESTER });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain('（方便接电话的时间：上午）');
      await expectAccessible(page, 'station.coord request queue');
      await screenshot(page, 'station.coord', 'requests-queue');

      await row.getByRole('button', { name: `派单（${REQUESTER}）` }).click();
      let d = await dialog(page);
      const volunteer = (await d.locator('#rq-assign-volunteer option').nth(1).textContent())!.split(' · ')[0];
      await d.getByRole('button', { name: '确认派单' }).click();
      expect(await d.textContent()).toContain('请填写此项'); // nobody chosen yet
      await d.locator('#rq-assign-volunteer').selectOption({ index: 1 });
      await expectAccessible(page, 'assign dialog');
      await screenshot(page, 'station.coord', 'request-assign');
      await d.getByRole('button', { name: '确认派单' }).click();
      await d.waitFor({ state: 'hidden' });
      await expect.poll(() => page.locator('main').textContent()).toContain(`已派给 ${volunteer}`);

      // The queue now shows it assigned (the OPEN filter still applies: look at everything).
      await page.getByRole('button', { name: '清除条件' }).click();
      await settled(page);
      await page.selectOption('#rq-status', 'ASSIGNED');
      await page.getByRole('button', { name: '查询' }).click();
      await settled(page);
      await expect.poll(() => row.textContent()).toContain(volunteer);
      await row.getByRole('button', { name: `完成（${REQUESTER}）` }).click();
      d = await dialog(page);
      await d.getByLabel('服务时长（分钟）').fill('75');
      await expectAccessible(page, 'complete dialog');
      await screenshot(page, 'station.coord', 'request-complete');
      await d.getByRole('button', { name: '确认完成' }).click();
      await d.waitFor({ state: 'hidden' });
      await expect.poll(() => page.locator('main').textContent()).toContain('需求已完成');

      await page.selectOption('#rq-status', 'DONE');
      await page.getByRole('button', { name: '查询' }).click();
      await settled(page);
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain('已完成');
      expect(await row.getByRole('button').count()).toBe(0); // nothing left to do

      // A request taken by phone, filed for one of the station's beneficiaries.
      await page.getByRole('button', { name: '代为登记需求' }).click();
      d = await dialog(page);
      await d.locator('#rq-new-beneficiary').selectOption({ index: 1 });
      await d.locator('#rq-new-service').selectOption({ index: 1 });
      await d.getByLabel('情况说明').fill('电话反映轮椅刹车失灵，需要上门维修。');
      await expectAccessible(page, 'file a request dialog');
      await screenshot(page, 'station.coord', 'request-create');
      await d.getByRole('button', { name: '登记需求' }).click();
      await d.waitFor({ state: 'hidden' });
      await expect.poll(() => page.locator('main').textContent()).toContain('已登记服务需求');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('pairings', () => {
  it('youth.admin proposes, district.admin accepts, youth.admin logs a visit with a donation, then ends it', async () => {
    const youth = await session('youth.admin');
    const { page } = youth;
    try {
      // A person of the first district the youth league already knows: its federation branch will accept.
      await page.locator('nav.work-menu a[data-menu="beneficiaries"]').click();
      await settled(page);
      await page.locator('#ben-district').selectOption({ index: 1 });
      const districtName = (await page.locator('#ben-district option:checked').textContent())!.trim();
      await page.getByRole('button', { name: '查询' }).click();
      await settled(page);
      const person = (await page.locator('main table tbody tr:first-child td:first-child a').textContent())!.trim();

      await page.locator('nav.work-menu a[data-menu="pairings"]').click();
      await settled(page);
      await page.getByRole('link', { name: '提议结对' }).click();
      await settled(page);
      await page.getByRole('button', { name: '提交结对提议' }).click();
      expect(await page.locator('.error-summary li').count()).toBe(2); // volunteer and person
      await expectAccessible(page, 'youth.admin propose with errors');
      await screenshot(page, 'youth.admin', 'pairing-propose');
      await page.locator('#pp-beneficiary-search').fill(person);
      await page.locator('#pp-beneficiary-search').press('Enter');
      await page.locator('#pp-beneficiary option', { hasText: person }).first().waitFor({ state: 'attached' });
      await page.locator('#pp-beneficiary').selectOption({ index: 1 });
      // The picker names the district whose federation must confirm, not only the village or community.
      expect(await page.locator('#pp-beneficiary option:checked').textContent()).toContain(districtName);
      // A volunteer already paired with this person is refused beside the field: then try another one.
      let volunteerName = '';
      for (const index of [7, 11, 15, 19]) {
        await page.locator('#pp-volunteer').selectOption({ index });
        volunteerName = (await page.locator('#pp-volunteer option:checked').textContent())!.split('·')[0].trim();
        await page.getByRole('button', { name: '提交结对提议' }).click();
        await Promise.race([page.waitForURL(/\?done=proposed/), page.locator('#pp-volunteer-error').waitFor()]);
        if (page.url().includes('done=proposed')) break;
        expect(await page.locator('#pp-volunteer-error').textContent()).toContain('已有进行中的结对');
      }
      await page.waitForURL(/\/work\/pairings\/[^/?]+\?done=proposed/);
      await settled(page);
      const pairingUrl = page
        .url()
        .replace(/\?.*$/, '')
        .replace(/^https?:\/\/[^/]+/, '');
      expect(await page.locator('main').textContent()).toContain('待确认');
      expect(await page.getByRole('button', { name: '确认结对' }).count()).toBe(0); // not the proposer's to accept
      await expectAccessible(page, 'youth.admin proposed pairing');
      await screenshot(page, 'youth.admin', 'pairing-proposed');

      const district = await session('district.admin');
      try {
        await district.page.goto(pairingUrl);
        await settled(district.page);
        await expectAccessible(district.page, 'district.admin pairing to accept');
        // The confirming side sees both parties: the volunteer it is asked to accept and the person.
        const asked = await district.page.locator('main').textContent();
        expect(asked).toContain(volunteerName);
        expect(asked).toContain(person);
        await district.page.getByRole('button', { name: '确认结对' }).click();
        await expect.poll(() => district.page.locator('main').textContent()).toContain('已确认结对');
        expect(await district.page.locator('main dl').textContent()).toContain('帮扶中');
        await screenshot(district.page, 'district.admin', 'pairing-accepted');
        expect(district.errors).toEqual([]);
      } finally {
        await district.context.close();
      }

      await page.reload();
      await settled(page);
      await page.locator('#visit-minutes').fill('45');
      await page.locator('#visit-mode').selectOption('PHONE');
      await page.locator('#visit-notes').fill('电话问候，了解近期康复情况。');
      await page.locator('#visit-with-donation').check();
      await page.locator('#visit-kind-CASH').check();
      await page.locator('#visit-yuan').fill('88.8');
      await expectAccessible(page, 'youth.admin visit form');
      await page.getByRole('button', { name: '保存走访记录' }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain('¥88.80');
      await settled(page);
      const visits = page.locator('section', { has: page.locator('#pr-visits') }).locator('tbody tr');
      expect(await visits.count()).toBe(1);
      expect(await visits.first().textContent()).toContain('电话');
      // A visit is entered by its day: shown as a date, with no time nobody entered.
      expect(await visits.first().textContent()).not.toMatch(/\d{1,2}:\d{2}/);
      await screenshot(page, 'youth.admin', 'pairing-visited');

      // The owner's review: the visit waits to be confirmed as the volunteer's service time; confirmed with
      // the keyboard, focus stays in the section (its heading) where the outcome is said.
      const review = page.locator('section', { has: page.locator('#pr-review') });
      expect(await review.locator('[data-visit-review]').count()).toBe(1);
      expect(await visits.first().textContent()).toContain('待确认');
      await expectAccessible(page, 'youth.admin visit to review');
      await review.getByRole('button', { name: /^确认 .+ 的走访$/ }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => review.locator('[role="status"]').textContent()).toContain('计入服务时长');
      expect(await focusedId(page)).toBe('pr-review');
      expect(await review.locator('[data-visit-review]').count()).toBe(0);
      await expect.poll(() => visits.first().textContent()).toContain('已确认');
      await expectAccessible(page, 'youth.admin visit confirmed');

      // Paused, it takes no visits; resumed, it does again.
      await page.getByRole('button', { name: '暂停结对' }).click();
      let d = await dialog(page);
      await d.getByLabel('暂停原因').fill('受助人住院治疗');
      await d.getByRole('button', { name: '暂停结对' }).click();
      await d.waitFor({ state: 'hidden' });
      await expect.poll(() => page.locator('main dl').textContent()).toContain('暂停');
      expect(await page.locator('#visit-minutes').count()).toBe(0);
      await page.getByRole('button', { name: '恢复结对' }).click();
      await expect.poll(() => page.locator('main dl').textContent()).toContain('帮扶中');
      await page.locator('#visit-minutes').waitFor();

      // Ending asks for a reason first (the dialog is the confirmation).
      await page.getByRole('button', { name: '结束结对' }).click();
      d = await dialog(page);
      await d.getByRole('button', { name: '结束结对' }).click();
      expect(await d.locator('.error-summary').count()).toBe(1);
      await expectAccessible(page, 'end pairing dialog');
      await d.getByLabel('结束原因').fill('受助人已迁居外地');
      await d.getByRole('button', { name: '结束结对' }).click();
      await d.waitFor({ state: 'hidden' });
      await expect.poll(() => page.locator('main dl').textContent()).toContain('受助人已迁居外地');
      expect(await page.locator('#visit-minutes').count()).toBe(0);
      expect(youth.errors).toEqual([]);
    } finally {
      await youth.context.close();
    }
  });
});

describe('training', () => {
  it('youth.admin schedules a session, enrols a volunteer, records attendance, and it shows on the profile', async () => {
    const { context, page, errors } = await session('youth.admin');
    try {
      await page.locator('nav.work-menu a[data-menu="training"]').click();
      await settled(page);
      await page.getByRole('button', { name: '安排培训' }).click();
      const d = await dialog(page);
      const title = `助残服务礼仪 ${Date.now() % 100000}`;
      await d.getByLabel('培训主题').fill(title);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
      await d.locator('#tr-new-date').fill(today);
      await d.getByLabel('时长（分钟）').fill('90');
      await expectAccessible(page, 'schedule dialog');
      await d.getByRole('button', { name: '保存培训安排' }).click();
      await page.waitForURL(/\/work\/training\/[^/?]+\?done=scheduled/);
      await settled(page);
      expect(await page.locator('main h1').textContent()).toBe(title);

      const name = (await page.locator('#tr-enrol-volunteer option').nth(2).textContent())!.split(' · ')[0];
      await page.locator('#tr-enrol-volunteer').selectOption({ index: 2 });
      await page.getByRole('button', { name: '报名', exact: true }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain('已报名 1 人');
      await settled(page);
      const box = page.getByLabel(name, { exact: true });
      await box.check();
      await page.getByRole('button', { name: '保存出勤' }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain('出席 1 人');
      await expectAccessible(page, 'training session with enrolment and attendance');
      await screenshot(page, 'youth.admin', 'training-session');

      await page.goto('/work/volunteers');
      await settled(page);
      await page.locator('#vol-search').fill(name);
      await page.getByRole('button', { name: '查询' }).click();
      await settled(page);
      await page.locator('main table tbody tr:first-child td:first-child a').click();
      await settled(page);
      const record = page.locator('section', { has: page.locator('#vol-training') });
      await expect.poll(() => record.textContent()).toContain(title);
      expect(await record.locator('tr', { hasText: title }).textContent()).toContain('出席');
      await expectAccessible(page, 'volunteer profile with training');
      await screenshot(page, 'youth.admin', 'volunteer-training');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('every role that reaches a care page', () => {
  const PAGES: Record<string, string[]> = {
    'hub.admin': ['pairings', 'pairing-propose', 'requests', 'training'],
    'district.admin': ['pairings', 'pairing-propose', 'requests', 'training'],
    'women.admin': ['pairings', 'pairing-propose', 'training'],
    'ngo.admin': ['pairings', 'pairing-propose', 'training'],
    'volunteer.demo': ['pairings', 'requests', 'training'],
    'viewer.demo': ['training'],
  };
  const path = (name: string) => (name === 'pairing-propose' ? '/work/pairings/new' : `/work/${name}`);

  it.each(Object.entries(PAGES))('%s: each page and its first record pass axe', async (username, pages) => {
    const { context, page, errors } = await session(username);
    try {
      for (const name of pages) {
        await page.goto(path(name));
        await settled(page);
        expect(await page.locator('.state--error').count(), `${username} ${name}`).toBe(0);
        await expectAccessible(page, `${username} ${name}`);
        await screenshot(page, username, `care-${name}`);
        const first = page.locator('main table tbody tr:first-child td:first-child a').first();
        if (name !== 'requests' && name !== 'pairing-propose' && (await first.count())) {
          await first.click();
          await settled(page);
          await expectAccessible(page, `${username} ${name} detail`);
          await screenshot(page, username, `care-${name}-detail`);
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('station board', () => {
  it('station.coord edits its board, and the public station finder shows it at once', async () => {
    const hours = `周一至周六 8:${String((Date.now() % 50) + 10)}-17:30`;
    const { context, page, errors } = await session('station.coord');
    try {
      await page.goto('/work/stations');
      await settled(page);
      await page.fill('#board-search', stationName);
      await page.press('#board-search', 'Enter');
      await page.locator('main table a', { hasText: stationName }).first().click();
      await settled(page);
      await page.fill('#sb-hours', hours);
      await page.getByRole('button', { name: '保存公示信息' }).click();
      await expect.poll(() => page.locator('.form-message--ok').textContent()).toBe('公示信息已保存。');
      await expectAccessible(page, 'station board editor');
      await screenshot(page, 'station.coord', 'station-board-editor');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    const visitor = await newPage(browser);
    try {
      await visitor.page.goto('/stations');
      await settled(visitor.page);
      await visitor.page.fill('#board-search', stationName);
      await visitor.page.press('#board-search', 'Enter');
      await expect.poll(() => visitor.page.locator('main').textContent()).toContain(hours);
    } finally {
      await visitor.context.close();
    }
  });
});
