import { afterEach, describe, expect, it } from 'vitest';
import RegisterPage from '../src/views/volunteers/register.vue';
import type { MockedResponse } from '@apollo/client/testing/core';
import { OrganisationOptionsDocument } from '../src/graphql/directory';
import { settled, lookupMocks, mountWith, setup } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

// Sending, and the server's answers, are covered in workflow-forms.test.ts.
const organisationMock: MockedResponse = {
  request: { query: OrganisationOptionsDocument },
  variableMatcher: () => true,
  maxUsageCount: 10,
  result: {
    data: {
      organisations: {
        __typename: 'OrganisationConnection',
        nodes: [{ __typename: 'Organisation', id: 'O1', name: '同心大学', kind: 'UNIVERSITY' }],
      },
    },
  },
};
const registerMocks = [...lookupMocks, organisationMock];

describe('volunteer registration form', () => {
  it('lists every missing answer in an announced summary and marks each field', async () => {
    const w = await mountWith(RegisterPage, setup(registerMocks));
    await w.find('form').trigger('submit');
    await settled();

    const summary = w.find('.error-summary');
    expect(summary.attributes('role')).toBe('alert');
    expect(summary.findAll('li')).toHaveLength(6);
    expect(summary.text()).toContain('有 6 处需要修改');
    expect(w.find('#reg-name').attributes('aria-invalid')).toBe('true');
    // Each error is tied to its field, so a screen reader reads it with the field.
    const describedBy = w.find('#reg-id-number').attributes('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => w.find(`#${id}`).text()).join(' ')).toContain('请填写此项');
  });

  it('checks the identity number check digit and the mobile number', async () => {
    const w = await mountWith(RegisterPage, setup(registerMocks));
    await w.find('#reg-id-number').setValue('110105194912310021');
    await w.find('#reg-mobile').setValue('2381234567');
    await w.find('form').trigger('submit');
    await settled();
    expect(w.text()).toContain('身份证号校验位不正确');
    expect(w.text()).toContain('手机号应为以 1 开头的 11 位数字');
  });

  it('fills the district and organisation lists from the API, and asks no gender (the identity number carries it)', async () => {
    const w = await mountWith(RegisterPage, setup(registerMocks));
    await settled();
    expect(w.find('#reg-district').text()).toContain('城关区');
    expect(w.find('#reg-organisation').text()).toContain('同心大学');
    expect(w.find('input[type="radio"]').exists()).toBe(false);
  });
});
