// A new partner joins through the panel alone: the hub admin registers an NGO and invites its admin; the
// admin sets a password from the code, logs in, forms a team, registers a station and invites its
// coordinator. Keyboard-driven (buttons reached by focus, fields by Tab), every page and dialog axe clean
// with its focus indicators measured (settled() and expectAccessible() both measure).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  expectAccessible,
  launch,
  login,
  newPage,
  PASSWORD,
  post,
  settled,
  tokenFor,
  transitionsDone,
} from './browser';
import { arrowTo, dialog, tabTo } from './keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const NGO = '同心助残服务中心';
const ADMIN_MOBILE = '13712340001';
const COORDINATOR_MOBILE = '13712340002';

/** The latest code the hub would have sent to this mobile (the development outbox, read by the hub admin). */
async function latestCode(mobile: string): Promise<string> {
  const data = (await post(
    'query ($m: String!) { accountCodeOutbox(recipient: $m) { nodes { code } } }',
    { m: mobile },
    await tokenFor('hub.admin'),
  )) as { accountCodeOutbox: { nodes: Array<{ code: string }> } };
  const nodes = data.accountCodeOutbox.nodes;
  expect(nodes.length, `a code for ${mobile}`).toBeGreaterThan(0);
  return nodes[nodes.length - 1].code;
}

/** Presses a button by its accessible name from the keyboard (focus, then Enter). */
async function press(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.type(text);
}

/** Chooses the first real option of a select once its options have loaded (a region cascade's next level). */
async function firstOption(page: Page, id: string): Promise<void> {
  await expect.poll(() => page.locator(`#${id} option`).count()).toBeGreaterThan(1);
  await tabTo(page, id);
  await page.keyboard.press('ArrowDown');
  expect(await page.locator(`#${id}`).inputValue()).not.toBe('');
}

const status = (page: Page) => page.locator('main p.form-message[role="status"]').first();

/** Until the page's status line says this, and the dialog that led to it has finished closing. */
async function announced(page: Page, text: string): Promise<void> {
  await expect.poll(() => status(page).textContent()).toContain(text);
  await transitionsDone(page);
}

async function visit(page: Page, menu: string, label: string): Promise<void> {
  await page.locator(`nav.work-menu a[data-menu="${menu}"]`).click();
  await settled(page);
  await expectAccessible(page, label);
}

describe('onboarding a new partner', () => {
  it('hub admin registers an NGO and invites its admin; the admin activates, forms a team, registers a station and invites its coordinator', async () => {
    const hub = await newPage(browser);
    try {
      const page = hub.page;
      await login(page, 'hub.admin');
      await visit(page, 'organisations', 'organisations (hub)');
      await press(page, '新增单位');
      await dialog(page);
      await expectAccessible(page, 'organisation dialog');
      await page.locator('#org-form-name').focus();
      await page.keyboard.type(NGO);
      await page.keyboard.press('Tab');
      await arrowTo(page, 'org-form-kind', '社会组织');
      await tabTo(page, 'org-form-region');
      await arrowTo(page, 'org-form-region', '城关区');
      await typeInto(page, 'org-form-contact', '马主任');
      await typeInto(page, 'org-form-phone', '0931-8123456');
      await page.keyboard.press('Enter');
      await announced(page, `已登记 ${NGO}`);

      // Find it and invite its first admin from its row.
      await page.locator('#org-search').fill(NGO);
      await page.locator('#org-search').press('Enter');
      await settled(page);
      await expect.poll(() => page.locator('main table tbody tr').count()).toBe(1);
      await expectAccessible(page, 'organisations with the new NGO');
      await press(page, `邀请管理员（${NGO}）`);
      await dialog(page);
      await expectAccessible(page, 'invite admin dialog');
      await page.locator('#inv-display').focus();
      await page.keyboard.type('马主任');
      await typeInto(page, 'inv-mobile', ADMIN_MOBILE);
      await page.keyboard.press('Enter');
      await announced(page, '已向 马主任');
      await expectAccessible(page, 'organisations after the invitation');
      expect(hub.errors).toEqual([]);
    } finally {
      await hub.context.close();
    }

    const code = await latestCode(ADMIN_MOBILE);
    const ngo = await newPage(browser);
    try {
      const page = ngo.page;
      await page.goto('/activate');
      await settled(page);
      await typeInto(page, 'activation-code', code);
      await typeInto(page, 'activation-password', PASSWORD);
      await typeInto(page, 'activation-confirm', PASSWORD);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[role="status"]').first().textContent()).toContain('密码已设置');

      await login(page, ADMIN_MOBILE);
      await visit(page, 'teams', 'teams (new NGO admin)');
      await press(page, '新建队伍');
      await dialog(page);
      await expectAccessible(page, 'team dialog');
      await page.locator('#team-form-name').focus();
      await page.keyboard.type('同心助残志愿服务队');
      await page.keyboard.press('Tab');
      await arrowTo(page, 'team-form-region', '城关区');
      await page.keyboard.press('Tab'); // the team's organisation is the admin's own: no picker
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('保存');
      await page.keyboard.press('Enter');
      await announced(page, '已新建队伍 同心助残志愿服务队');
      await page.locator('#team-search').fill('同心助残志愿服务队');
      await page.locator('#team-search').press('Enter');
      await settled(page);
      await expect.poll(() => page.locator('main table tbody tr').first().textContent()).toContain(NGO);
      await expectAccessible(page, 'teams with the new team');

      await visit(page, 'stations', 'stations (new NGO admin)');
      await press(page, '新建站点');
      await dialog(page);
      await expectAccessible(page, 'station dialog');
      await page.locator('#st-form-name').focus();
      await page.keyboard.type('同心助残服务站');
      await page.keyboard.press('Tab');
      await arrowTo(page, 'st-form-region', '城关区');
      await firstOption(page, 'st-form-region-subdistrict');
      await firstOption(page, 'st-form-region-community');
      await typeInto(page, 'st-form-address', '城关区同心路 1 号');
      await typeInto(page, 'st-form-hours', '周一至周五 9:00-17:00');
      await typeInto(page, 'st-form-contact', '马主任');
      await typeInto(page, 'st-form-phone', '0931-8123457');
      await page.keyboard.press('Enter');
      await announced(page, '已登记站点 同心助残服务站');

      await page.locator('#board-search').fill('同心助残服务站');
      await page.locator('#board-search').press('Enter');
      await settled(page);
      const link = page.getByRole('link', { name: '同心助残服务站', exact: true });
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL('**/work/stations/*');
      await settled(page);
      await expectAccessible(page, 'the new station');
      await press(page, '邀请站点协调员');
      await dialog(page);
      await expectAccessible(page, 'invite coordinator dialog');
      await page.locator('#inv-display').focus();
      await page.keyboard.type('李协调');
      await typeInto(page, 'inv-mobile', COORDINATOR_MOBILE);
      await page.keyboard.press('Enter');
      await announced(page, '已向 李协调');
      await expectAccessible(page, 'the station after the invitation');
      expect(ngo.errors).toEqual([]);
    } finally {
      await ngo.context.close();
    }

    // The coordinator's code works: they set a password and coordinate the new station.
    await post('mutation ($c: String!, $p: String!) { activateAccount(code: $c, password: $p) }', {
      c: await latestCode(COORDINATOR_MOBILE),
      p: PASSWORD,
    });
    const coordinator = (await post(
      'query { viewer { roles { role station { name } } } }',
      {},
      await tokenFor(COORDINATOR_MOBILE),
    )) as { viewer: { roles: Array<{ role: string; station: { name: string } | null }> } };
    expect(coordinator.viewer.roles).toEqual([{ role: 'STATION_COORDINATOR', station: { name: '同心助残服务站' } }]);
  });

  it('the hub admin keeps the service catalogue and the skill list', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'hub.admin');
      await visit(page, 'service-types', 'service catalogue');
      await press(page, '新增服务类型');
      await dialog(page);
      await expectAccessible(page, 'service type dialog');
      await page.locator('#stype-code').focus();
      await page.keyboard.type('SIGN_INTERPRETING');
      await typeInto(page, 'stype-name', '手语翻译');
      await typeInto(page, 'stype-name-en', 'Sign-language interpreting');
      await page.keyboard.press('Enter');
      await announced(page, '已新增服务类型 手语翻译');

      await visit(page, 'skills', 'skill list');
      await press(page, '新增技能');
      await dialog(page);
      await expectAccessible(page, 'skill dialog');
      await page.locator('#skill-name').focus();
      await page.keyboard.type('盲文誊写');
      await page.keyboard.press('Enter');
      await announced(page, '已新增技能 盲文誊写');
      // Newest last: page on until its row shows.
      const retire = page.getByRole('button', { name: '停用（盲文誊写）', exact: true });
      for (let i = 0; i < 5 && !(await retire.count()); i++) {
        await page.locator('.pager__buttons > button').last().focus();
        await page.keyboard.press('Enter');
        await settled(page);
      }
      await press(page, '停用（盲文誊写）');
      await announced(page, '已停用技能 盲文誊写');
      await expectAccessible(page, 'skill list after retiring');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
