// The forms that send work to the server: what they send (once, with one idempotency key), and the
// server's answers placed beside the fields they concern.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import type { MockedResponse } from '@apollo/client/testing/core';
import RegisterPage from '../src/views/volunteers/register.vue';
import DonationCreatePage from '../src/views/donations/create.vue';
import StatusActions from '../src/views/volunteers/components/status-actions.vue';
import { RegisterVolunteerDocument, RejectVolunteerDocument } from '../src/graphql/volunteers';
import { RecordDonationDocument } from '../src/graphql/donations';
import { CampaignOptionsDocument } from '../src/graphql/campaigns';
import { OrganisationOptionsDocument } from '../src/graphql/directory';
import { settled, lookupMocks, mountWith, setup, viewerWith } from './helpers';

const gqlError = (message: string, extensions: Record<string, unknown>) => new GraphQLError(message, { extensions });
const byId = (id: string) => document.getElementById(id) as HTMLElement;
const describedText = (id: string) =>
  (byId(id).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((d) => byId(d)?.textContent ?? '')
    .join(' ');

/** A mock answering every call of `query`, recording the variables it was sent. */
function recorder(
  query: MockedResponse['request']['query'],
  answer: (vars: Record<string, unknown>, call: number) => MockedResponse['result'],
) {
  const calls: Array<Record<string, unknown>> = [];
  const mock: MockedResponse = {
    request: { query },
    variableMatcher: () => true,
    maxUsageCount: 10,
    result: ((vars: Record<string, unknown>) => {
      calls.push(vars);
      return (answer(vars, calls.length) as () => unknown) ?? {};
    }) as MockedResponse['result'],
  };
  return { calls, mock };
}

const organisations = recorder(OrganisationOptionsDocument, () => ({
  data: {
    organisations: {
      __typename: 'OrganisationConnection',
      nodes: [{ __typename: 'Organisation', id: 'O1', name: '共青团同心市委员会', kind: 'YOUTH_LEAGUE' }],
    },
  },
})).mock;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('volunteer registration, sent to the server', () => {
  async function fillValid() {
    const w = await mountWith(RegisterPage, setup([...lookupMocks, organisations, sent.mock]));
    await settled(); // the district and organisation lists
    await w.find('#reg-name').setValue('王小明');
    await w.find('#reg-id-number').setValue('11010519491231002x');
    await w.find('#reg-mobile').setValue('138 1234 5678');
    await w.find('#reg-district').setValue('R1');
    await w.find('#reg-organisation').setValue('O1');
    await w.find('#reg-category').setValue('STUDENT');
    await w.find('#reg-skills').setValue(' 陪诊 ');
    await w.find('#reg-skill-K1').setValue(true);
    await w.find('#reg-skill-K2').setValue(true);
    await w.find('#reg-consent').setValue(true);
    return w;
  }
  let sent: ReturnType<typeof recorder>;

  it('shows each server field error beside its own field, and retries with the same idempotency key', async () => {
    sent = recorder(RegisterVolunteerDocument, (_vars, call) =>
      call === 1
        ? {
            errors: [
              gqlError('请填写 11 位手机号码', {
                code: 'BAD_USER_INPUT',
                fields: [
                  { field: 'phone', key: 'phoneInvalid', message: '请填写 11 位手机号码' },
                  {
                    field: 'consentVersion',
                    key: 'consentOutdated',
                    message: '个人信息告知书已更新（当前版本 2026-02），请重新阅读',
                  },
                ],
              }),
            ],
          }
        : {
            errors: [
              gqlError('该身份证号码已登记，请直接登录或联系所在组织', {
                code: 'CONFLICT',
                messageKey: 'identityTaken',
                field: 'idNumber',
                fields: [
                  { field: 'idNumber', key: 'identityTaken', message: '该身份证号码已登记，请直接登录或联系所在组织' },
                ],
              }),
            ],
          },
    );
    const w = await fillValid();
    await w.find('form').trigger('submit');
    await settled();

    expect(sent.calls[0].input).toMatchObject({
      realName: '王小明',
      idNumber: '11010519491231002X',
      phone: '13812345678',
      regionId: 'R1',
      organisationId: 'O1',
      category: 'STUDENT',
      skillIds: ['K1', 'K2'],
      otherSkill: '陪诊',
      guardian: null,
      consentAccepted: true,
      consentVersion: '2026-01',
    });
    // The server's "phone" is the form's mobile box; "consentVersion" belongs to the consent box.
    expect(byId('reg-mobile').getAttribute('aria-invalid')).toBe('true');
    expect(describedText('reg-mobile')).toContain('请填写 11 位手机号码');
    expect(describedText('reg-consent')).toContain('个人信息告知书已更新');
    expect(byId('reg-name').getAttribute('aria-invalid')).toBeNull();
    const summary = w.find('.error-summary');
    expect(summary.findAll('li').map((li) => li.text())).toEqual([
      '手机号: 请填写 11 位手机号码',
      '同意个人信息告知: 个人信息告知书已更新（当前版本 2026-02），请重新阅读',
    ]);
    expect(document.activeElement).toBe(summary.element);

    // A CONFLICT that names the identity number lands on that field, and the retry is the same registration.
    await w.find('form').trigger('submit');
    await settled();
    expect(describedText('reg-id-number')).toContain('该身份证号码已登记');
    expect(byId('reg-mobile').getAttribute('aria-invalid')).toBeNull();
    expect(sent.calls).toHaveLength(2);
    const keys = sent.calls.map((c) => (c.input as { idempotencyKey: string }).idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('a problem that names no field is said at the top of the form', async () => {
    sent = recorder(RegisterVolunteerDocument, () => ({
      errors: [gqlError('Too many requests', { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 30 })],
    }));
    const w = await fillValid();
    await w.find('form').trigger('submit');
    await settled();
    expect(w.find('.error-summary').exists()).toBe(false);
    expect(w.find('.form-message--error').text()).toContain('请在 30 秒后重试');
  });

  it('replaces the form with the reference and the pending status, and focuses it', async () => {
    sent = recorder(RegisterVolunteerDocument, () => ({
      data: {
        registerVolunteer: {
          __typename: 'VolunteerRegistration',
          reference: 'TX-7K3M-9Q',
          station: { __typename: 'ReceiptStation', name: '新城社区志愿者服务站', phone: '029-88881234' },
          status: 'PENDING',
          registeredAt: '2026-05-17T02:00:00.000Z',
        },
      },
    }));
    const w = await fillValid();
    await w.find('form').trigger('submit');
    await vi.waitFor(() => expect(w.find('form').exists()).toBe(false));
    expect(w.find('[data-testid="reg-reference"]').text()).toBe('TX-7K3M-9Q');
    expect(w.find('[data-testid="reg-station-phone"]').text()).toBe('029-88881234');
    expect(w.find('.receipt').text()).toContain('待审核');
    expect(document.activeElement?.id).toBe('reg-done-heading');

    // Another person gets an empty form and a new key.
    await w.find('.receipt button').trigger('click');
    expect((byId('reg-name') as HTMLInputElement).value).toBe('');
  });
});

describe('recording a donation', () => {
  const campaigns = recorder(CampaignOptionsDocument, () => ({
    data: {
      campaigns: {
        __typename: 'CampaignConnection',
        nodes: [{ __typename: 'Campaign', id: 'C1', name: '阳光行动', startsOn: '2026-05-17' }],
      },
    },
  })).mock;

  it('sends yuan as fen, and puts the server’s target and amount errors beside those fields', async () => {
    const recorded = recorder(RecordDonationDocument, (_vars, call) =>
      call === 1
        ? {
            errors: [
              gqlError('只能登记本单位的捐赠，或捐给本单位参与的活动、结对', {
                code: 'BAD_USER_INPUT',
                fields: [
                  { field: 'input.amountFen', key: 'mustBePositive', message: '应为大于 0 的整数' },
                  {
                    field: 'target',
                    key: 'donationTargetRequired',
                    message: '请指定捐赠对象：活动、结对、残疾人或家庭',
                  },
                ],
              }),
            ],
          }
        : {
            data: {
              recordDonation: {
                __typename: 'Donation',
                id: 'D9',
                kind: 'CASH',
                amountFen: 3550,
                item: null,
                quantity: null,
                unit: null,
                donatedOn: '2026-05-17',
                version: 1,
              },
            },
          },
    );
    const s = setup([organisations, campaigns, recorded.mock], viewerWith(['MANAGE_DONATIONS', 'READ_DONATIONS']));
    const w = await mountWith(DonationCreatePage, s);
    await settled();

    await w.find('form').trigger('submit');
    await settled();
    const items = w.findAll('.error-summary li').map((li) => li.text());
    expect(items).toEqual([
      '金额（元）: 请填写此项。',
      '捐赠单位: 请选择捐赠单位，或填写捐赠人姓名。',
      '受赠方: 请填写此项。',
    ]);
    expect(recorded.calls).toHaveLength(0);

    await w.find('#dn-amount').setValue('35.5');
    await w.find('#dn-donor-name').setValue('李先生');
    await w.find('#dn-target').setValue('C1');
    await w.find('form').trigger('submit');
    await settled();
    expect(recorded.calls[0].input).toMatchObject({
      kind: 'CASH',
      amountFen: 3550,
      donorName: '李先生',
      donorOrganisationId: null,
      campaignId: 'C1',
      beneficiaryId: null,
    });
    expect(describedText('dn-amount')).toContain('应为大于 0 的整数');
    expect(describedText('dn-target')).toContain('请指定捐赠对象');

    await w.find('form').trigger('submit');
    await settled();
    expect(recorded.calls).toHaveLength(2);
    expect((recorded.calls[1].input as { idempotencyKey: string }).idempotencyKey).toBe(
      (recorded.calls[0].input as { idempotencyKey: string }).idempotencyKey,
    );
    // Recorded: on to the list (its page loads lazily).
    await vi.waitFor(() => expect(s.router.currentRoute.value.name).toBe('donations'), { timeout: 10_000 });
  });
});

describe('volunteer review', () => {
  it('rejects only with a reason, and says so when someone else changed the record first', async () => {
    const rejected = recorder(RejectVolunteerDocument, () => ({
      errors: [
        gqlError('该记录已被他人修改，请刷新后重试', {
          code: 'CONFLICT',
          messageKey: 'staleVersion',
          field: 'version',
          currentVersion: 4,
        }),
      ],
    }));
    const s = setup([rejected.mock], viewerWith(['MANAGE_VOLUNTEERS']));
    const w = await mountWith(StatusActions, s, {
      props: { volunteer: { id: 'V1', realName: '张三', status: 'PENDING', version: 3 } },
    });
    expect(w.findAll('button').map((b) => b.text())).toEqual(['批准', '不予通过']);
    await w.findAll('button')[1].trigger('click');
    await settled();

    byId('vol-reject-form').dispatchEvent(new Event('submit'));
    await settled();
    expect(describedText('vol-reject-reason')).toContain('请填写此项');
    expect(rejected.calls).toHaveLength(0);

    const reason = byId('vol-reject-reason') as HTMLTextAreaElement;
    reason.value = '身份信息无法核实';
    reason.dispatchEvent(new Event('input'));
    byId('vol-reject-form').dispatchEvent(new Event('submit'));
    await settled();
    expect(rejected.calls[0]).toEqual({ id: 'V1', version: 3, reason: '身份信息无法核实' });
    expect(document.body.textContent).toContain('该记录已被他人修改。页面已载入最新内容');
    expect(w.emitted('stale')).toHaveLength(1);
  });
});

describe('the language of server messages', () => {
  it('sends the UI language as Accept-Language with every operation', async () => {
    const { ApolloLink, Observable, execute, gql } = await import('@apollo/client/core');
    const { languageLink } = await import('../src/apollo/client');
    let locale = 'zh-CN';
    const seen: string[] = [];
    const server = new ApolloLink((op) => {
      seen.push((op.getContext().headers as Record<string, string>)['accept-language']);
      return Observable.of({ data: { __typename: 'Query' } });
    });
    const link = ApolloLink.from([languageLink(() => locale), server]);
    const run = () =>
      new Promise((done) =>
        execute(link, {
          query: gql`
            query Q {
              __typename
            }
          `,
        }).subscribe({ complete: () => done(null) }),
      );
    await run();
    locale = 'en';
    await run();
    expect(seen).toEqual(['zh-CN', 'en']);
  });
});
