// The year-end work summary by keyboard: from the work menu, a year and next year's plans, the job
// followed to its end, and the Word document downloaded and read back; a district's plans saved and
// loaded again, and the summary read in the panel (axe and the focus indicators in each state).
import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, login, newPage, screenshot, settled } from './browser';
import { focusProblems } from './focus';

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
      expect(xml).toContain('其中区残联志愿者队伍（支）');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('as district.admin: save next year’s plans for the district and read the summary in the panel', async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, 'district.admin');
      const link = page.locator('nav.work-menu a[data-menu="reports"]');
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL('**/work/reports');
      await settled(page);
      // The district picker offers the admin's own district only.
      const district = page.locator('#rp-district');
      const options = await district.locator('option').allTextContents();
      expect(options.length).toBe(2);
      await district.focus();
      await page.keyboard.press('ArrowDown');
      await settled(page);
      const districtName = options[1].trim();
      const plansBox = page.locator('#rp-plans');
      await plansBox.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type('推行志愿时长跟踪打分制');
      const save = page.getByRole('button', { name: '保存明年工作计划' });
      await save.focus();
      await page.keyboard.press('Enter');
      await page.getByText('明年工作计划已保存。').waitFor();

      // Loaded again for the same district and year.
      await page.reload();
      await settled(page);
      await district.focus();
      await page.keyboard.press('ArrowDown');
      await settled(page);
      await expect.poll(() => plansBox.inputValue()).toBe('推行志愿时长跟踪打分制');

      const show = page.getByRole('button', { name: '在线查看年度工作总结' });
      await show.focus();
      await page.keyboard.press('Enter');
      const title = page.getByRole('heading', { level: 2, name: `${districtName}` });
      await title.waitFor({ timeout: 30_000 });
      await settled(page);
      const report = page.locator('article.year-end-report');
      for (const section of [
        '一、总体情况',
        '二、联合行动与各合作单位的贡献',
        '三、结对帮扶',
        '四、志愿者培训',
        '五、存在的不足（与上年比较）',
        '六、明年工作计划',
      ])
        await expect.poll(() => report.getByRole('heading', { level: 3, name: section }).count()).toBe(1);
      for (const row of [
        '服务活动（场）',
        '获得表彰（人次）',
        '本年未开展服务活动的服务站（个）',
        '参与联合行动的合作单位（个）',
        '其中区残联志愿者队伍（支）',
      ])
        expect(await report.getByRole('rowheader', { name: row, exact: true }).count()).toBe(1);
      expect(await report.textContent()).toContain('推行志愿时长跟踪打分制');
      await expectAccessible(page, 'year-end summary in the panel');
      expect(await focusProblems(page)).toEqual([]);
      await screenshot(page, 'district.admin', 'year-end-summary-view');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
