// The year-end work summary by keyboard: from the work menu, a year and next year's plans, the job
// followed to its end, and the Word document downloaded and read back.
import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, login, newPage, screenshot, settled } from './browser';

let browser: Awaited<ReturnType<typeof launch>>;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('year-end work summary', () => {
  it('as hub.admin: generate this year’s summary with plans and download it', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'hub.admin');
      const link = page.locator('nav.work-menu a[data-menu="reports"]');
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL('**/work/reports');
      await settled(page);
      await expectAccessible(page, 'year-end summary form');
      await page.locator('#rp-plans').focus();
      await page.keyboard.type('建立志愿者花名册');
      const generate = page.getByRole('button', { name: '生成年度工作总结' });
      await generate.focus();
      await page.keyboard.press('Enter');
      await page.getByText('年度工作总结已生成。').waitFor({ timeout: 60_000 });
      await expectAccessible(page, 'year-end summary ready');
      await screenshot(page, 'hub.admin', 'year-end-summary');
      const button = page.getByRole('button', { name: '下载 Word 文档' });
      await button.focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml).toContain('年度助残志愿服务工作总结');
      expect(xml).toContain('建立志愿者花名册');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
