import { afterEach, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import LoginForm from '../src/views/session/components/login-form.vue';
import AccountCreateDialog from '../src/views/accounts/components/account-create-dialog.vue';
import RevealDialog from '../src/components/reveal-dialog.vue';
import { InviteAccountDocument } from '../src/graphql/registry';
import { RevealPersonalDataDocument } from '../src/graphql/personal-data';
import { LoginDocument } from '../src/graphql/session';
import { settled, mountWith, setup, viewerWith } from './helpers';

const gqlError = (message: string, extensions: Record<string, unknown>) => new GraphQLError(message, { extensions });
const byId = (id: string) => document.getElementById(id) as HTMLElement;
const describedText = (id: string) =>
  (byId(id).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((d) => byId(d)?.textContent ?? '')
    .join(' ');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('login form', () => {
  it('names missing fields without calling the server', async () => {
    const w = await mountWith(LoginForm, setup([]));
    await w.find('form').trigger('submit');
    await settled();
    expect(w.find('[role="alert"]').text()).toContain('请修改标出的内容');
    expect(w.text()).toContain('请输入用户名');
    expect(w.text()).toContain('请输入密码');
  });

  it('says how long to wait after too many attempts, in the user’s language', async () => {
    const mocks = [
      {
        request: { query: LoginDocument, variables: { input: { username: 'hub.admin', password: 'wrong' } } },
        result: {
          errors: [
            gqlError('Too many failed logins. Try again in 42 seconds.', {
              code: 'TOO_MANY_ATTEMPTS',
              retryAfterSeconds: 42,
            }),
          ],
        },
      },
    ];
    const w = await mountWith(LoginForm, setup(mocks));
    await w.find('input[type="text"]').setValue('hub.admin');
    await w.find('input[type="password"]').setValue('wrong');
    await w.find('form').trigger('submit');
    await settled();
    expect(w.find('[role="alert"]').text()).toContain('请在 42 秒后重试');
  });
});

describe('account invitation dialog', () => {
  it('shows the server’s field errors beside their fields', async () => {
    const input = {
      username: null,
      displayName: '新同事',
      mobile: '1390000',
      email: null,
      roles: [{ role: 'VIEWER' }],
    };
    const mocks = [
      {
        request: { query: InviteAccountDocument, variables: { input } },
        result: {
          errors: [
            gqlError('请填写 11 位手机号码', {
              code: 'BAD_USER_INPUT',
              field: 'input.mobile',
              fields: [{ field: 'input.mobile', key: 'phoneInvalid', message: '请填写 11 位手机号码' }],
            }),
          ],
        },
      },
    ];
    await mountWith(AccountCreateDialog, setup(mocks, viewerWith(['MANAGE_ACCOUNTS'])), { props: { open: true } });
    await settled();
    const set = async (id: string, v: string, event = 'input') => {
      const el = byId(id) as HTMLInputElement;
      el.value = v;
      el.dispatchEvent(new Event(event));
    };
    await set('acc-display', input.displayName);
    await set('acc-mobile', input.mobile);
    await set('acc-role', 'VIEWER', 'change');
    byId('account-create-form').dispatchEvent(new Event('submit'));
    await settled();
    await settled();
    expect(byId('acc-mobile').getAttribute('aria-invalid')).toBe('true');
    expect(describedText('acc-mobile')).toContain('11 位手机号码');
    expect(byId('acc-username').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('reveal dialog', () => {
  it('asks for a reason, then hands over the clear values without caching them', async () => {
    const revealed = {
      __typename: 'PersonalData',
      id: 'B1',
      fields: ['phone'],
      idNumber: null,
      certificateNumber: null,
      phone: '13812345678',
      address: null,
      birthDate: null,
    };
    const mocks = [
      {
        request: { query: RevealPersonalDataDocument, variables: { id: 'B1', reason: '核对补贴申请' } },
        result: { data: { revealPersonalData: revealed } },
      },
    ];
    const s = setup(mocks, viewerWith(['REVEAL_PERSONAL_DATA']));
    const w = await mountWith(RevealDialog, s, { props: { open: true, recordId: 'B1', personName: '张三' } });
    await settled();
    byId('reveal-form').dispatchEvent(new Event('submit'));
    await settled();
    expect(describedText('reveal-reason')).toContain('至少 4 个字');
    expect(w.emitted('revealed')).toBeUndefined();

    const reason = byId('reveal-reason') as HTMLTextAreaElement;
    reason.value = '核对补贴申请';
    reason.dispatchEvent(new Event('input'));
    byId('reveal-form').dispatchEvent(new Event('submit'));
    await settled();
    await settled();
    expect(w.emitted('revealed')?.[0]?.[0]).toMatchObject({ phone: '13812345678' });
    expect(JSON.stringify(s.apollo.cache.extract())).not.toContain('13812345678');
  });
});
