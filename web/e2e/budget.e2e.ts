// The public pages on a slow line: the JavaScript each page loads before its content stays under a budget,
// counted both as the hub sends it over HTTPS (brotli) and as it sends it to a client that takes gzip only;
// assets go out pre-compressed and cached for good; and neither Element Plus nor ECharts is among them. The
// public pages are read from the route modules, so a new one is counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Response } from 'playwright-core';
import type { RouteRecordRaw } from 'vue-router';
import '../src/router/meta';
import { launch, newPage } from './browser';

/** Compressed bytes of JavaScript a public page may load before its first content. */
const BUDGET = 150_000;
const ELEMENT_PLUS = /name:[`"']El[A-Z]\w*[`"']/;
const ECHARTS = /_echarts_instance_/;

const publicPages = Object.values(
  import.meta.glob<RouteRecordRaw[]>('../src/router/modules/*.ts', { eager: true, import: 'routes' }),
)
  .flat()
  .filter((r) => r.meta?.public && !r.path.includes(':'))
  .map((r) => ({ name: String(r.name), path: r.path }));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('public pages within the budget', () => {
  it('finds the public pages', () => {
    expect(publicPages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/stations', '/volunteer/register']));
  });

  it.each(publicPages)('$name ($path)', async ({ name, path }) => {
    // A fresh context: nothing cached, as on a first visit.
    const { context, page, errors } = await newPage(browser);
    try {
      const scripts: Response[] = [];
      page.on('response', (r) => {
        if (new URL(r.url()).pathname.endsWith('.js')) scripts.push(r);
      });
      await page.goto(path);
      await page.locator('main h1').waitFor();
      const beforeContent = [...scripts];

      // Each file the page loaded is fetched again as a browser over HTTPS asks for it (brotli) and as one that
      // only takes gzip (Chromium asks a plain-HTTP hub for gzip only); both must come pre-compressed and cached
      // for good, and the budget holds for both.
      let brotli = 0;
      let gzip = 0;
      const rows: string[] = [];
      for (const r of beforeContent) {
        const file = new URL(r.url()).pathname;
        const sizes: Record<string, number> = {};
        for (const encoding of ['br', 'gzip']) {
          const res = await fetch(r.url(), { headers: { 'accept-encoding': encoding } });
          expect(res.headers.get('content-encoding'), `${file} pre-compressed (${encoding})`).toBe(encoding);
          expect(res.headers.get('cache-control'), `${file} cached for good`).toMatch(/max-age=31536000.*immutable/);
          sizes[encoding] = Number(res.headers.get('content-length'));
          await res.arrayBuffer();
        }
        brotli += sizes.br;
        gzip += sizes.gzip;
        rows.push(`${String(sizes.br).padStart(7)} br ${String(sizes.gzip).padStart(7)} gzip  ${file}`);
        const text = await r.text();
        expect(ELEMENT_PLUS.test(text), `${file} carries Element Plus`).toBe(false);
        expect(ECHARTS.test(text), `${file} carries ECharts`).toBe(false);
      }
      // The report: what each public page costs on the wire.
      console.info(
        `${name} ${path}: ${brotli} bytes brotli (${gzip} gzip) of JavaScript in ${beforeContent.length} files\n${rows.join('\n')}`,
      );
      expect(brotli, `${path}: brotli JavaScript before first content`).toBeLessThanOrEqual(BUDGET);
      expect(gzip, `${path}: gzip JavaScript before first content`).toBeLessThanOrEqual(BUDGET);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
