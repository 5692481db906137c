// The work that changes records, in a real browser against the real hub: a joint campaign created from the
// 全国助残日 preset, a partner invited and accepting; a volunteer registering on the public form with the
// keyboard alone and being approved; and an axe scan of every new form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { idNumberCheckCharacter } from '../src/forms/validators';
import { expectAccessible, launch, login, newPage, screenshot, settled, transitionsDone } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function tabTo(page: Page, id: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedId(page)) === id) return;
  }
  throw new Error(`#${id} not reached within ${max} presses of Tab`);
}

/** Until the SPA has moved to a matching URL (history navigation fires no load event to wait for). */
const arrivedAt = (page: Page, url: RegExp) => expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(url);

/** Element Plus dialogs fade in; axe and clicks wait for the end of it. */
async function openDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await transitionsDone(page);
  return dialog;
}

const run = Date.now().toString(36);
const campaignName = `全国助残日联合行动 ${run}`;

describe('a joint campaign from a theme-day preset', () => {
  it('youth.admin creates it and invites 市妇联; women.admin sees the invitation and accepts; the partner shows as accepted', async () => {
    const lead = await newPage(browser);
    const partner = await newPage(browser);
    try {
      const page = lead.page;
      await login(page, 'youth.admin');
      await page.locator('nav.work-menu a[data-menu="campaigns"]').click();
      await settled(page);
      await page.getByRole('link', { name: '从主题日创建活动' }).click();
      await arrivedAt(page, /\/work\/campaigns\/new$/);
      await settled(page);

      await page.locator('input[data-preset="HELP_THE_DISABLED_DAY"]').check();
      // The preset fills in its name, its day (the third Sunday of May) and a description.
      await expect.poll(() => page.inputValue('#cpn-name')).toBe('全国助残日');
      const year = Number(await page.inputValue('#cpn-year'));
      const day = await page.inputValue('#cpn-starts');
      expect(day).toMatch(new RegExp(`^${year}-05-(1[5-9]|2[01])$`));
      expect(new Date(`${day}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(await page.inputValue('#cpn-description')).toContain('助残日');
      await expectAccessible(page, 'youth.admin campaign-new');
      await screenshot(page, 'youth.admin', 'campaign-new');

      await page.fill('#cpn-name', campaignName);
      await page.getByRole('button', { name: '创建活动' }).click();
      await arrivedAt(page, /\/work\/campaigns\/(?!new)[^/]+\?created=1$/);
      await settled(page);
      const detailUrl = page.url().replace(/\?.*$/, '');
      expect(await page.locator('main h1').textContent()).toBe(campaignName);
      expect(await page.locator('main .form-message[role="status"]').textContent()).toContain('活动已创建');
      expect(await page.locator('main .detail-list').first().textContent()).toContain('草稿');

      // Invite the women's federation, found by name.
      await page.getByRole('button', { name: '邀请合作单位' }).click();
      const dialog = await openDialog(page);
      await dialog.locator('#inv-org-search').fill('妇女联合会');
      await dialog.locator('#inv-org-search').press('Enter');
      const option = dialog.locator('#inv-org option', { hasText: '同心市妇女联合会' });
      await option.waitFor({ state: 'attached' });
      await dialog.locator('#inv-org').selectOption(await option.getAttribute('value'));
      await expectAccessible(page, 'youth.admin invite dialog');
      await screenshot(page, 'youth.admin', 'campaign-invite');
      await dialog.getByRole('button', { name: '发送邀请' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await settled(page);
      const womenRow = page.locator('main section[aria-labelledby="cp-partners"] tbody tr', {
        hasText: '同心市妇女联合会',
      });
      await expect.poll(() => womenRow.textContent()).toContain('已邀请，待回复');
      expect(await page.locator('main .form-message[role="status"]').textContent()).toContain('已邀请同心市妇女联合会');

      await page.getByRole('button', { name: '发布活动' }).click();
      await expect.poll(() => page.locator('main .detail-list').first().textContent()).toContain('已发布');
      await expectAccessible(page, 'youth.admin campaign detail');
      await screenshot(page, 'youth.admin', 'campaign-detail-invited');

      // The partner's admin finds the invitation on landing, opens the campaign and accepts.
      const other = partner.page;
      await login(other, 'women.admin');
      const invitations = other.locator('main section.invitations');
      await invitations.waitFor();
      expect(await invitations.textContent()).toContain(campaignName);
      await expectAccessible(other, 'women.admin workspace with an invitation');
      await screenshot(other, 'women.admin', 'workspace-invitation');
      await invitations.getByRole('link', { name: campaignName }).click();
      await arrivedAt(other, /\/work\/campaigns\/[^/]+$/);
      await settled(other);
      const yours = other.locator('main section[aria-labelledby="cp-invited"]');
      expect(await yours.textContent()).toContain('联合主办');
      await yours.getByRole('button', { name: '接受邀请' }).click();
      await expect.poll(() => other.locator('main .form-message[role="status"]').textContent()).toContain('已接受');
      await settled(other);
      expect(await yours.count()).toBe(0);
      const accepted = other.locator('main section[aria-labelledby="cp-partners"] tbody tr', {
        hasText: '同心市妇女联合会',
      });
      expect(await accepted.textContent()).toContain('已接受');
      // The contributions list every partner with its answer.
      expect(await other.locator('main section[aria-labelledby="cp-contributions"] tbody').textContent()).toContain(
        '同心市妇女联合会',
      );
      // A partner does not get the lead's actions.
      expect(await other.getByRole('button', { name: '结束活动' }).count()).toBe(0);
      await expectAccessible(other, 'women.admin campaign detail');
      await screenshot(other, 'women.admin', 'campaign-accepted');

      // Back at the lead: the answer is there; closing asks first.
      await page.goto(detailUrl);
      await settled(page);
      expect(await womenRow.textContent()).toContain('已接受');
      await page.getByRole('button', { name: '结束活动' }).click();
      const confirm = page.locator('.el-message-box');
      await confirm.waitFor();
      expect(await confirm.textContent()).toContain(campaignName);
      await confirm.getByRole('button', { name: '结束活动' }).click();
      await expect.poll(() => page.locator('main .detail-list').first().textContent()).toContain('已结束');
      expect(await page.getByRole('button', { name: '邀请合作单位' }).count()).toBe(0);
      await screenshot(page, 'youth.admin', 'campaign-closed');

      expect(lead.errors).toEqual([]);
      expect(partner.errors).toEqual([]);
    } finally {
      await lead.context.close();
      await partner.context.close();
    }
  });
});

describe('a volunteer registers on the public form, and is approved', () => {
  // A real, unused identity number: a fixed birth date, a sequence from the run, its check character.
  const first17 = `11010519900307${String(Date.now() % 1000).padStart(3, '0')}`;
  const idNumber = first17 + idNumberCheckCharacter(first17);
  const name = `键盘${String.fromCharCode(0x4e00 + (Date.now() % 500))}${String.fromCharCode(0x4e00 + ((Date.now() >> 9) % 500))}`;

  it('registers with the keyboard alone (Tab, typing, arrows, Space, Enter) and is given a reference', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await page.goto('/volunteer/register');
      await settled(page);
      await tabTo(page, 'reg-name');
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('reg-id-number');
      await page.keyboard.type(idNumber);
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('reg-mobile');
      await page.keyboard.type('13912345678');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('reg-district');
      await page.keyboard.press('ArrowDown');
      // Join the youth league: find it by name, then choose it from what was found.
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('reg-organisation-search');
      await page.keyboard.type('共青团');
      await page.keyboard.press('Enter'); // searches; does not submit the form
      await expect
        .poll(() => page.locator('#reg-organisation option', { hasText: '共青团' }).count())
        .toBeGreaterThan(0);
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('查找');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('reg-organisation');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('#reg-organisation option:checked').textContent()).toContain('共青团');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('reg-category');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('reg-skills');
      await page.keyboard.type('手语、摄影');
      await tabTo(page, 'reg-consent', 40);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('提交注册');
      await page.keyboard.press('Enter');

      const reference = page.locator('[data-testid="reg-reference"]');
      await reference.waitFor();
      expect((await reference.textContent())?.trim()).toMatch(/^TX-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
      expect(await focusedId(page)).toBe('reg-done-heading'); // the outcome is read out at once
      expect(await page.locator('.receipt').textContent()).toContain('待审核');
      await expectAccessible(page, 'registration received');
      await screenshot(page, 'anonymous', 'register-done');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('youth.admin approves the pending registration from the volunteer list', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'youth.admin');
      await page.locator('nav.work-menu a[data-menu="volunteers"]').click();
      await settled(page);
      await page.fill('#vol-search', name);
      await page.selectOption('#vol-status', 'PENDING');
      await page.getByRole('button', { name: '查询' }).click();
      await settled(page);
      const row = page.locator('main table tbody tr', { hasText: name });
      expect(await row.textContent()).toContain('待审核');
      await expectAccessible(page, 'youth.admin volunteers with review actions');
      await screenshot(page, 'youth.admin', 'volunteers-pending');

      await row.getByRole('button', { name: `批准 ${name} 的注册` }).click();
      await expect
        .poll(() => page.locator('main .form-message[role="status"]').textContent())
        .toContain(`已批准 ${name} 的注册`);
      await expect.poll(() => row.textContent()).toContain('在册');
      await row.getByRole('link', { name }).click();
      await arrivedAt(page, /\/work\/volunteers\/[^/]+$/);
      await settled(page);
      expect(await page.locator('main .detail-list').first().textContent()).toContain('未达星级');
      expect(await page.getByRole('button', { name: `暂停 ${name}` }).count()).toBe(1);
      await expectAccessible(page, 'youth.admin volunteer profile');
      await screenshot(page, 'youth.admin', 'volunteer-approved');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the other new forms', () => {
  it('pass axe for the roles that use them', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'district.admin');
      for (const [path, name] of [
        ['/work/beneficiaries/new', 'beneficiary-new'],
        ['/work/donations/new', 'donation-new'],
        ['/work/commendations', 'commendations-candidates'],
      ] as const) {
        await page.goto(path);
        await settled(page);
        expect(await page.locator('.state--error').count(), name).toBe(0);
        await expectAccessible(page, `district.admin ${name}`);
        await screenshot(page, 'district.admin', name);
      }
      // Checking shows every problem at once, beside its field.
      await page.goto('/work/beneficiaries/new');
      await settled(page);
      await page.getByRole('button', { name: '登记', exact: true }).click();
      await expect.poll(() => page.locator('.error-summary li').count()).toBeGreaterThan(3);
      await expectAccessible(page, 'district.admin beneficiary-new with errors');
      await screenshot(page, 'district.admin', 'beneficiary-new-errors');
      // Editing: the masked identity fields are typed again; the page says why.
      await page.goto('/work/beneficiaries');
      await settled(page);
      await page.locator('main table tbody tr:first-child td:first-child a').click();
      await arrivedAt(page, /\/work\/beneficiaries\/[^/]+$/);
      await settled(page);
      await page.getByRole('link', { name: '修改信息' }).click();
      await arrivedAt(page, /\/edit$/);
      await settled(page);
      expect(await page.locator('main .notice').first().textContent()).toContain('重新填写');
      expect(await page.inputValue('#ben-name')).not.toBe('');
      await expectAccessible(page, 'district.admin beneficiary-edit');
      await screenshot(page, 'district.admin', 'beneficiary-edit');

      // Commending a candidate asks for the title (and, for a federation admin, the awarding organisation).
      await page.goto('/work/commendations');
      await settled(page);
      await page.locator('main section[aria-labelledby="cand-heading"] tbody tr:first-child button').click();
      const award = await openDialog(page);
      expect(await award.locator('#award-title').inputValue()).toBe('优秀助残志愿者');
      await expectAccessible(page, 'district.admin award dialog');
      await screenshot(page, 'district.admin', 'award-dialog');
      await award.getByRole('button', { name: '取消' }).click();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }

    const volunteer = await newPage(browser);
    try {
      await login(volunteer.page, 'volunteer.demo');
      await volunteer.page.getByRole('link', { name: '我的志愿者档案' }).click();
      await arrivedAt(volunteer.page, /\/work\/volunteers\/[^/]+$/);
      await settled(volunteer.page);
      expect(await volunteer.page.locator('#prof-heading').count()).toBe(1);
      await expectAccessible(volunteer.page, 'volunteer.demo own profile');
      await screenshot(volunteer.page, 'volunteer.demo', 'own-profile');
      expect(volunteer.errors).toEqual([]);
    } finally {
      await volunteer.context.close();
    }
  });
});

describe('a record that is not there', () => {
  it('keeps the page’s one h1 on every detail page, beside the not-found state', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'hub.admin');
      // A real record's id of another type: the server answers it, and the page finds no record of its own type.
      const idOf = async (list: string) => {
        await page.goto(`/work/${list}`);
        await settled(page);
        const href = await page
          .locator('main table tbody tr:first-child td:first-child a')
          .first()
          .getAttribute('href');
        return String(href).split('/').pop()!;
      };
      const stationId = await idOf('stations');
      const campaignId = await idOf('campaigns');
      for (const [list, id] of [
        ['campaigns', stationId],
        ['events', stationId],
        ['volunteers', stationId],
        ['beneficiaries', stationId],
        ['pairings', stationId],
        ['training', stationId],
        ['stations', campaignId],
      ] as const) {
        await page.goto(`/work/${list}/${id}`);
        await settled(page);
        await expect.poll(() => page.locator('main .state--empty').count(), { message: `${list}: not found` }).toBe(1);
        expect(await page.locator('h1').count(), `${list}: one h1`).toBe(1);
        await expectAccessible(page, `hub.admin ${list} not found`);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
