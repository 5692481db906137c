// The station board editor: what it sends, and the server's objections beside their fields.
import { afterEach, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import type { MockedResponse } from '@apollo/client/testing/core';
import StationBoardForm from '../src/views/stations/components/station-board-form.vue';
import { UpdateStationBoardDocument } from '../src/graphql/stations';
import { settled, lookupMocks, mountWith, setup } from './helpers';

const station = {
  id: 'ST1',
  name: '城关区东岗街道残疾人服务站',
  address: '东岗西路 1 号',
  openingHours: '周一至周五 9:00-17:00',
  contactName: '张老师',
  contactPhone: '0931-8123456',
  version: 3,
  serviceTypes: [] as Array<{ id: string }>,
};
const describedText = (id: string) => {
  const el = document.getElementById(id)!;
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((d) => document.getElementById(d)?.textContent ?? '')
    .join(' ');
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the station board editor', () => {
  it('checks the phone before sending, then sends the board with the version it read', async () => {
    const calls: Array<Record<string, unknown>> = [];
    const mock: MockedResponse = {
      request: { query: UpdateStationBoardDocument },
      variableMatcher: () => true,
      maxUsageCount: 5,
      result: ((vars: Record<string, unknown>) => {
        calls.push(vars);
        return calls.length === 1
          ? {
              errors: [
                new GraphQLError('开放时间不能为空', {
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fields: [{ field: 'input.openingHours', key: 'required', message: '此项必填' }],
                  },
                }),
              ],
            }
          : {
              data: {
                updateStationBoard: {
                  __typename: 'ServiceStation',
                  ...station,
                  version: 4,
                  serviceTypes: [{ __typename: 'ServiceType', id: 'S1', name: '法律援助', nameEn: 'Legal aid' }],
                },
              },
            };
      }) as MockedResponse['result'],
    };
    const w = await mountWith(StationBoardForm, setup([...lookupMocks, mock]), { props: { station } });
    await settled();
    await w.find('#sb-phone').setValue('12');
    await w.find('form').trigger('submit');
    await settled();
    expect(calls).toHaveLength(0);
    expect(document.getElementById('sb-phone')!.getAttribute('aria-invalid')).toBe('true');

    await w.find('#sb-phone').setValue('0931 8123457');
    await w.find('#sb-service-S1').setValue(true);
    await w.find('form').trigger('submit');
    await settled();
    await settled();
    expect(calls[0]).toMatchObject({
      id: 'ST1',
      version: 3,
      input: { contactPhone: '09318123457', serviceTypeIds: ['S1'], openingHours: '周一至周五 9:00-17:00' },
    });
    // The server's "input.openingHours" lands on the hours box.
    expect(describedText('sb-hours')).toContain('此项必填');

    await w.find('form').trigger('submit');
    await settled();
    await settled();
    expect(calls).toHaveLength(2);
    expect(w.find('.form-message--ok').text()).toBe('公示信息已保存。');
  });
});
