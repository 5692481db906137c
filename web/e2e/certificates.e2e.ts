// Service-record certificates by keyboard: a volunteer issues its own from its record and opens the
// public verification page (as anyone would, from the QR code's address); an admin revokes it with a
// reason and the verification page then says so. Every page state axe-clean with measured focus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, launch, login, newPage, screenshot, settled } from './browser';
import { dialog } from './keyboard';

let browser: Awaited<ReturnType<typeof launch>>;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Focuses a control by its accessible name and activates it with Enter (no pointer). */
async function press(page: Page, role: 'button' | 'link', name: string | RegExp) {
  const control = page.getByRole(role, { name }).first();
  await control.focus();
  await page.keyboard.press('Enter');
}

describe('service-record certificates', () => {
  let code = '';
  let record = '';

  it('as volunteer.demo: issue one from my record, then open its verification page', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'volunteer.demo');
      await page.goto('/work/my-service');
      await settled(page);
      await press(page, 'link', '我的档案与服务证明');
      await page.waitForURL('**/work/volunteers/**');
      await settled(page);
      record = new URL(page.url()).pathname;
      await press(page, 'button', '出具证明');
      const issued = page.locator('#vol-certificates ~ p[role="status"]', { hasText: '已出具证明' });
      await issued.waitFor();
      code = /([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})/.exec((await issued.textContent())!)![1];
      await page
        .getByRole('table', { name: /已出具的证明/ })
        .getByText(code)
        .waitFor();
      await expectAccessible(page, 'certificates on my record');
      await screenshot(page, 'volunteer.demo', 'certificate-issued');

      await press(page, 'link', `打开证明 ${code} 的核验页`);
      await page.waitForURL(`**/verify/${code}`);
      await page.getByText('有效：此证明由平台于').waitFor();
      expect(await page.locator('main').textContent()).toContain(code);
      await expectAccessible(page, 'verification (valid)');
      await screenshot(page, 'volunteer.demo', 'certificate-verified');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('as hub.admin: revoke it with a reason; anyone typing the code then sees it revoked', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'hub.admin');
      await page.goto(record);
      await settled(page);
      await press(page, 'button', `撤销证明 ${code}`);
      const d = await dialog(page);
      await d.locator('#certificate-revoke-reason').focus();
      await page.keyboard.type('时长记录有误，需重新核实');
      await expectAccessible(page, 'revoke dialog');
      const confirm = d.getByRole('button', { name: '撤销', exact: true });
      await confirm.focus();
      await page.keyboard.press('Enter');
      await d.waitFor({ state: 'hidden' });
      await page.getByText(`证明 ${code} 已撤销。`).waitFor();
      await expectAccessible(page, 'certificate revoked');
      await context.clearCookies();

      const anon = await newPage(browser);
      try {
        await anon.page.goto('/verify');
        await settled(anon.page);
        await anon.page.locator('#verify-code').focus();
        await anon.page.keyboard.type(code.toLowerCase());
        await anon.page.keyboard.press('Enter');
        await anon.page.getByText(/已撤销：此证明已于/).waitFor();
        await expectAccessible(anon.page, 'verification (revoked)');
        await screenshot(anon.page, 'anonymous', 'certificate-revoked');
        expect(anon.errors).toEqual([]);
      } finally {
        await anon.context.close();
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
