// Driving a page with the keyboard alone, and Element Plus dialogs, for the browser tests.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { transitionsDone } from './browser';

export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
export const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Presses Tab until the element with this id has focus: proves it is reachable, in order, by keyboard. */
export async function tabTo(page: Page, id: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedId(page)) === id) return;
  }
  throw new Error(`#${id} not reached within ${max} presses of Tab`);
}

/** Chooses an option of the focused native select with the arrow keys only. */
export async function arrowTo(page: Page, selectId: string, label: string): Promise<void> {
  const index = await page
    .locator(`#${selectId} option`)
    .evaluateAll((os, l) => os.findIndex((o) => o.textContent?.trim() === l), label);
  expect(index, `option "${label}" of #${selectId}`).toBeGreaterThan(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  expect(await page.locator(`#${selectId} option:checked`).textContent()).toBe(label);
}

/** The open Element Plus dialog, after its opening transition. */
export async function dialog(page: Page) {
  const d = page.getByRole('dialog');
  await d.waitFor();
  await transitionsDone(page);
  return d;
}
