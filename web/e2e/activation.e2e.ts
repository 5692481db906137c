// Setting one's password from an invitation code, with the keyboard alone: the activation page and
// the forgot-password page pass axe, and the new password logs in by mobile number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, expectAccessible, launch, newPage, PASSWORD, settled } from './browser';
import { tabTo } from './keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function post(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, never>; errors?: unknown[] };
}

/** The hub admin invites a viewer by mobile; the code is read from the development outbox. */
async function invitationCode(mobile: string): Promise<string> {
  const login = await post('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { username: 'hub.admin', password: PASSWORD },
  });
  const token = (login.data as unknown as { login: { accessToken: string } }).login.accessToken;
  const invited = await post(
    'mutation ($m: String!) { inviteAccount(input: { displayName: "键盘用户", mobile: $m, roles: [{ role: VIEWER }] }) { id } }',
    { m: mobile },
    token,
  );
  expect(invited.errors).toBeUndefined();
  const outbox = await post(
    'query ($m: String!) { accountCodeOutbox(recipient: $m) { nodes { code } } }',
    { m: mobile },
    token,
  );
  const nodes = (outbox.data as unknown as { accountCodeOutbox: { nodes: Array<{ code: string }> } }).accountCodeOutbox
    .nodes;
  return nodes[nodes.length - 1].code;
}

describe('activation', () => {
  it('takes the code and a new password by keyboard alone, axe clean; the mobile then logs in', async () => {
    const mobile = '13912349999';
    const code = await invitationCode(mobile);
    const { context, page, errors } = await newPage(browser);
    try {
      await page.goto('/activate');
      await settled(page);
      await expectAccessible(page, 'activation page');
      await tabTo(page, 'activation-code');
      await page.keyboard.type(code.toLowerCase());
      await tabTo(page, 'activation-password');
      await page.keyboard.type('Keyboard#2026x');
      await tabTo(page, 'activation-confirm');
      await page.keyboard.type('Keyboard#2026x');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[role="status"]').first().textContent()).toContain('密码已设置');
      await expectAccessible(page, 'activation done');

      const login = await post('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
        i: { username: mobile, password: 'Keyboard#2026x' },
      });
      expect(login.errors).toBeUndefined();

      // The same code does not work twice.
      const again = await post('mutation ($c: String!) { activateAccount(code: $c, password: "Another#2026x") }', {
        c: code,
      });
      expect(again.errors).toBeDefined();

      await page.goto('/forgot-password');
      await settled(page);
      await expectAccessible(page, 'forgot-password page');
      await tabTo(page, 'forgot-login');
      await page.keyboard.type(mobile);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[role="status"]').first().textContent()).toContain('验证码已发送');
      await expectAccessible(page, 'forgot-password sent');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
