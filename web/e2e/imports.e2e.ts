// The import wizard by keyboard: the template, an upload with a problem (shown per cell, the marked-up
// file downloadable), the corrected upload, confirmation and the job's progress to the end.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, login, newPage, screenshot, settled } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A valid resident identity number (GB 11643 mod-11 check character). */
function identity(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return fs.readFileSync(await download.path());
}

/** The template with rows typed under its headers. */
async function fill(
  template: Buffer,
  rows: Array<Record<string, string>>,
): Promise<{ file: Buffer; district: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  // The hidden options sheet: categories in A, districts in B.
  const district = wb.getWorksheet('选项')!.getCell('B1').text;
  const sheet = wb.getWorksheet('数据')!;
  const col = new Map<string, number>();
  sheet.getRow(1).eachCell((c, i) => col.set(c.text.replace('*', ''), i));
  rows.forEach((r, n) => {
    for (const [header, value] of Object.entries({ 区县: district, ...r }))
      sheet.getRow(n + 2).getCell(col.get(header)!).value = value;
  });
  return { file: Buffer.from(await wb.xlsx.writeBuffer()), district };
}

async function choose(page: Page, file: Buffer, name: string) {
  await page.locator('#imp-file').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
}

/** Focus by keyboard-reachable control, then activate it with Enter (no pointer). */
async function press(page: Page, name: string) {
  const button = page.getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
}

describe('spreadsheet import', () => {
  it('as hub.admin: problems shown and downloadable, then the corrected file imported with progress', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'hub.admin');
      await page.locator('nav.work-menu a[data-menu="imports"]').click();
      await settled(page);
      await expectAccessible(page, 'import wizard');

      const template = await downloaded(page, () => press(page, '下载模板'));
      const people = [
        { 姓名: '赵一', 身份证号: identity('53010219880808101'), 手机号码: '13911112222', 人员类别: '学生' },
        { 姓名: '钱二', 身份证号: identity('53010219880808103'), 手机号码: '1391111', 人员类别: '退休人员' },
      ];
      const bad = await fill(template, people);
      await choose(page, bad.file, '名册.xlsx');
      await press(page, '检查表格');
      const problems = page.locator('main table');
      await problems.waitFor();
      expect(await problems.textContent()).toContain('请填写 11 位手机号码');
      expect(await page.locator('main').textContent()).toContain('共 2 行，1 行有问题。');
      await expectAccessible(page, 'import problems');
      await screenshot(page, 'hub.admin', 'import-problems');
      const marked = await downloaded(page, () => press(page, '下载标注错误的表格'));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(marked as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('数据')!;
      expect(sheet.getRow(3).getCell(sheet.getRow(1).cellCount).text).toContain('手机号码');

      people[1].手机号码 = '13911113333';
      const good = await fill(template, people);
      await choose(page, good.file, '名册-改.xlsx');
      await press(page, '检查表格');
      await page.getByText('共 2 行，均可导入。').waitFor();
      await press(page, '确认导入');
      await page.getByText('导入完成').waitFor({ timeout: 60_000 });
      expect(await page.locator('main').textContent()).toContain('新建 2 条，更新 0 条，无变化 0 条。');
      expect(await page.locator('#imp-progress').getAttribute('value')).toBe('2');
      await expectAccessible(page, 'import done');
      await screenshot(page, 'hub.admin', 'import-done');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
