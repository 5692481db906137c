import { afterEach, describe, expect, it } from 'vitest';
import RegisterPage from '../src/views/register/index.vue';
import RequestServicePage from '../src/views/request-service/index.vue';
import { flushPromises, lookupMocks, mountWith, setup } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('volunteer registration form', () => {
  it('lists every missing answer in an announced summary and marks each field', async () => {
    const w = await mountWith(RegisterPage, setup(lookupMocks));
    await w.find('form').trigger('submit');
    await flushPromises();

    const summary = w.find('.error-summary');
    expect(summary.attributes('role')).toBe('alert');
    expect(summary.findAll('li')).toHaveLength(7);
    expect(summary.text()).toContain('有 7 处需要修改');
    expect(w.find('#reg-name').attributes('aria-invalid')).toBe('true');
    // Each error is tied to its field, so a screen reader reads it with the field.
    const describedBy = w.find('#reg-id-number').attributes('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => w.find(`#${id}`).text()).join(' ')).toContain('请填写此项');
    expect(w.find('.notice--ok').exists()).toBe(false);
  });

  it('checks the identity number check digit and the mobile number', async () => {
    const w = await mountWith(RegisterPage, setup(lookupMocks));
    await w.find('#reg-id-number').setValue('110105194912310021');
    await w.find('#reg-mobile').setValue('2381234567');
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(w.text()).toContain('身份证号校验位不正确');
    expect(w.text()).toContain('手机号应为以 1 开头的 11 位数字');
  });

  it('says a valid form was checked but not sent, and never enables submission', async () => {
    const w = await mountWith(RegisterPage, setup(lookupMocks));
    await w.find('#reg-name').setValue('王小明');
    await w.find('#reg-gender-FEMALE').setValue(true);
    await w.find('#reg-id-number').setValue('11010519491231002X');
    await w.find('#reg-mobile').setValue('138 1234 5678');
    await w.find('#reg-district').setValue('R1');
    await w.find('#reg-category').setValue('STUDENT');
    await w.find('#reg-consent').setValue(true);
    await w.find('form').trigger('submit');
    await flushPromises();

    expect(w.find('.error-summary').exists()).toBe(false);
    expect(w.find('.notice--ok').attributes('role')).toBe('status');
    expect(w.find('.notice--ok').text()).toContain('没有被发送');
    const unavailable = w.findAll('button').find((b) => b.text().includes('暂未开放'))!;
    expect(unavailable.attributes('disabled')).toBeDefined();
  });

  it('fills the district and service lists from the API', async () => {
    const w = await mountWith(RegisterPage, setup(lookupMocks));
    expect(w.find('#reg-district').text()).toContain('城关区');
    expect(w.find('label[for="reg-interest-S1"]').text()).toBe('法律援助');
  });
});

describe('service request form', () => {
  it('requires a callback mobile, a service and a description, and sends nothing', async () => {
    const w = await mountWith(RequestServicePage, setup(lookupMocks));
    await w.find('#req-name').setValue('李阿姨');
    await w.find('#req-mobile').setValue('12345');
    await w.find('form').trigger('submit');
    await flushPromises();
    const items = w.findAll('.error-summary li').map((li) => li.text());
    expect(items).toHaveLength(5);
    expect(items[0]).toContain('回电手机号');

    await w.find('#req-mobile').setValue('13912345678');
    await w.find('#req-district').setValue('R1');
    await w.find('#req-service').setValue('S1');
    await w.find('#req-description').setValue('需要上门维修助听器');
    await w.find('#req-consent').setValue(true);
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(w.find('.error-summary').exists()).toBe(false);
    expect(w.find('.notice--ok').text()).toContain('没有被发送');
  });
});
