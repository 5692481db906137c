// Personal data is masked until revealed with a reason, and the reveal is in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launch, login, newPage, screenshot, settled, transitionsDone } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('reveal with a reason', () => {
  it('as district.admin: masked, then clear after giving a reason, and audit-logged', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'district.admin');
      await page.locator('nav.work-menu a[data-menu="beneficiaries"]').click();
      await settled(page);
      await page.locator('main table tbody tr:first-child td:first-child a').click();
      await settled(page);

      const idNumber = page.locator('dd[data-field="idNumber"]');
      expect(await idNumber.textContent()).toContain('*');

      await page.getByRole('button', { name: '查看完整信息…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await transitionsDone(page);
      await dialog.getByRole('button', { name: '确认查看' }).click();
      expect(await dialog.textContent()).toContain('至少 4 个字'); // a reason is required
      await expectAccessible(page, 'reveal dialog');
      await screenshot(page, 'district.admin', 'reveal-dialog');

      await dialog.getByLabel('查看理由').fill('核对残疾证信息以办理补贴');
      await dialog.getByRole('button', { name: '确认查看' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => idNumber.textContent()).not.toContain('*');
      expect(await idNumber.textContent()).toMatch(/\d{17}[\dX]/);
      expect(await page.locator('main').textContent()).toContain('已记入审计日志');
      await screenshot(page, 'district.admin', 'revealed');

      // Masked again on request.
      await page.getByRole('button', { name: '重新遮蔽' }).click();
      expect(await idNumber.textContent()).toContain('*');

      await page.locator('nav.work-menu a[data-menu="audit"]').click();
      await settled(page);
      await page.selectOption('#au-action', 'REVEAL_PERSONAL_DATA');
      await page.getByRole('button', { name: '查询' }).click();
      await settled(page);
      const first = page.locator('main table tbody tr').first();
      expect(await first.textContent()).toContain('核对残疾证信息以办理补贴');
      expect(await first.textContent()).toContain('district.admin');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
