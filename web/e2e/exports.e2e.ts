// Exporting a list to Excel from its page, by keyboard alone: a filtered list downloads at once with
// the screen's rows and Chinese headers, personal values masked; a large list runs as a background job
// whose progress is shown, then downloads. Each state is checked with axe and the focus measurement.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, login, newPage, screenshot, settled } from './browser';
import { arrowTo, focusedText, tabTo } from './keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Presses Tab until the control with this text has focus. */
async function tabToText(page: Page, text: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) return;
  }
  throw new Error(`"${text}" not reached within ${max} presses of Tab`);
}

/** The download that pressing Enter on the focused control starts, read as rows of cell texts. */
async function enterDownloads(page: Page): Promise<{ name: string; rows: string[][] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.keyboard.press('Enter'),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((r) => {
    const cells: string[] = [];
    r.eachCell({ includeEmpty: true }, (c) => cells.push(c.text));
    rows.push(cells);
  });
  return { name: download.suggestedFilename(), rows };
}

/** The count in the roster's caption (志愿者（共 N 人）). */
async function listed(page: Page): Promise<number> {
  const caption = (await page.locator('main table caption').textContent()) ?? '';
  return Number(/共\s*(\d+)/.exec(caption)?.[1]);
}

describe('list export', () => {
  it('as district.admin: the filtered roster downloads at once, as on screen and masked', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'district.admin');
      await page.goto('/work/volunteers');
      await settled(page);
      await tabTo(page, 'vol-status');
      await arrowTo(page, 'vol-status', '待审核');
      await tabToText(page, '查询');
      await page.keyboard.press('Enter');
      await settled(page);
      const count = await listed(page);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(500);
      const screenNames = await page.locator('main table tbody tr td:first-child').allTextContents();

      await tabToText(page, '导出 Excel');
      const { name, rows } = await enterDownloads(page);
      expect(name).toMatch(/^志愿者.*\.xlsx$/);
      expect(rows[0].slice(0, 3)).toEqual(['姓名', '注册时间', '状态']);
      expect(rows).toHaveLength(count + 1);
      const status = rows[0].indexOf('状态');
      const phone = rows[0].findIndex((h) => h.startsWith('电话'));
      for (const r of rows.slice(1)) {
        expect(r[status]).toBe('待审核');
        expect(r[phone]).toMatch(/^\d{3}\*{4}\d{4}$/);
      }
      // The first page of the screen is the first rows of the file, in the same order.
      expect(rows.slice(1, screenNames.length + 1).map((r) => r[0])).toEqual(screenNames.map((n) => n.trim()));
      await page.getByText('已下载导出文件。').waitFor();
      await expectAccessible(page, 'export done');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('as youth.admin: the whole roster exports as a background job with progress, then downloads', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'youth.admin');
      await page.goto('/work/volunteers');
      await settled(page);
      const count = await listed(page);
      expect(count).toBeGreaterThan(500);
      await tabToText(page, '导出 Excel');
      await page.keyboard.press('Enter');
      await page.getByText('列表较大，已转为后台任务。').waitFor();
      await page.getByText('导出完成').waitFor({ timeout: 120_000 });
      expect(await page.locator('main progress').getAttribute('value')).toBe(String(count));
      await expectAccessible(page, 'export job done');
      await screenshot(page, 'youth.admin', 'export-job-done');
      await tabToText(page, '下载导出文件');
      const { rows } = await enterDownloads(page);
      expect(rows).toHaveLength(count + 1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
