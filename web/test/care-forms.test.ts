// The care forms against a mocked API: the public service-request form and the visit form. What they check
// themselves, what they send (one idempotency key per filled-in form, cash in fen), and the server's field
// errors placed beside their fields.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import type { MockedResponse } from '@apollo/client/testing/core';
import RequestServicePage from '../src/views/requests/request-service.vue';
import VisitForm from '../src/views/pairings/components/visit-form.vue';
import PairingActions from '../src/views/pairings/components/pairing-actions.vue';
import { AcceptPairingDocument, LogPairingVisitDocument } from '../src/graphql/pairings';
import { SubmitServiceRequestDocument } from '../src/graphql/requests';
import { StationBoardDocument } from '../src/graphql/stations';
import { cityToday } from '../src/forms/validators';
import { settled, lookupMocks, mountWith, setup, viewerWith } from './helpers';

// The variables a mock saw: only the parts the assertions read are typed.
interface Vars {
  [name: string]: unknown;
  filter?: { regionId?: unknown };
  input: Record<string, unknown>;
}
const badInput = (fields: Array<{ field: string; key: string; message: string }>) =>
  new GraphQLError(fields.map((f) => f.message).join(' · '), {
    extensions: { code: 'BAD_USER_INPUT', messageKey: fields[0].key, field: fields[0].field, fields },
  });
const byId = (id: string) => document.getElementById(id) as HTMLElement;
const describedText = (id: string) =>
  (byId(id).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((d) => byId(d)?.textContent ?? '')
    .join(' ');

/** A mutation mock that answers whatever variables come, keeping each call's variables for the test. */
function answering(
  query: MockedResponse['request']['query'],
  calls: Vars[],
  ...results: MockedResponse['result'][]
): MockedResponse[] {
  return results.map((result) => ({
    request: { query },
    variableMatcher: (v: Vars) => {
      calls.push(v);
      return true;
    },
    result,
  }));
}

const stationMock: MockedResponse = {
  request: { query: StationBoardDocument },
  variableMatcher: (v: Vars) => v.first === 100 && v.filter?.regionId === 'R1',
  result: {
    data: {
      serviceStations: {
        __typename: 'ServiceStationConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        nodes: [
          {
            __typename: 'ServiceStation',
            id: 'ST1',
            name: '东关社区志愿者服务站',
            address: '东关街 1 号',
            openingHours: '周一至周五 9:00–17:00',
            contactName: '王站长',
            contactPhone: '0931-1234567',
            serviceTypes: [],
            region: {
              __typename: 'Region',
              id: 'C1',
              name: '东关社区',
              parent: {
                __typename: 'Region',
                id: 'SD1',
                name: '东关街道',
                parent: { __typename: 'Region', id: 'R1', name: '城关区' },
              },
            },
          },
        ],
      },
    },
  },
  maxUsageCount: 10,
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('public service request form', () => {
  async function fillIn(w: Awaited<ReturnType<typeof mountWith>>) {
    await vi.waitFor(() => expect(w.find('#req-district option[value="R1"]').exists()).toBe(true)); // the district list
    await w.find('#req-name').setValue('李阿姨');
    await w.find('#req-mobile').setValue('120 1234 5678');
    await w.find('#req-district').setValue('R1');
    await vi.waitFor(() => expect(w.find('#req-station option[value="ST1"]').exists()).toBe(true)); // its stations
    await w.find('#req-station').setValue('ST1');
    await w.find('#req-service').setValue('S1');
    await w.find('#req-description').setValue('需要上门维修助听器');
    await w.find('#req-consent').setValue(true);
  }

  it('names every missing answer and sends nothing', async () => {
    const calls: Vars[] = [];
    const w = await mountWith(
      RequestServicePage,
      setup([...lookupMocks, ...answering(SubmitServiceRequestDocument, calls, { data: null })]),
    );
    await w.find('#req-name').setValue('李阿姨');
    await w.find('#req-mobile').setValue('12345');
    await w.find('form').trigger('submit');
    await settled();
    const items = w.findAll('.error-summary li').map((li) => li.text());
    expect(items).toHaveLength(5);
    expect(items[0]).toContain('回电手机号');
    expect(byId('req-mobile').getAttribute('aria-invalid')).toBe('true');
    expect(calls).toEqual([]);
  });

  it('shows the server’s objections beside their fields, then sends the same key again and shows the receipt', async () => {
    const calls: Vars[] = [];
    const mocks = [
      ...lookupMocks,
      stationMock,
      ...answering(
        SubmitServiceRequestDocument,
        calls,
        { errors: [badInput([{ field: 'input.phone', key: 'phoneInvalid', message: '请填写 11 位手机号码' }])] },
        {
          data: {
            submitServiceRequest: {
              __typename: 'ServiceRequestReceipt',
              reference: 'U2VydmljZVJlcXVlc3Q6NDI=',
              status: 'OPEN',
              createdAt: '2026-03-05T02:00:00.000Z',
            },
          },
        },
      ),
    ];
    const w = await mountWith(RequestServicePage, setup(mocks));
    await fillIn(w);
    expect(w.text()).toContain('东关街 1 号'); // the chosen station's address, to be sure it is the right one
    await w.find('form').trigger('submit');
    await settled();

    await vi.waitFor(() => expect(byId('req-mobile').getAttribute('aria-invalid')).toBe('true'));
    expect(calls).toHaveLength(1);
    expect(calls[0].input).toMatchObject({
      requesterName: '李阿姨',
      phone: '12012345678',
      stationId: 'ST1',
      regionId: null,
      serviceTypeId: 'S1',
      callbackRequested: true,
      description: '需要上门维修助听器',
    });
    expect(calls[0].input.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    // The number the browser accepted, the server did not: said beside the number, and in the summary.
    expect(byId('req-mobile').getAttribute('aria-invalid')).toBe('true');
    expect(describedText('req-mobile')).toContain('请填写 11 位手机号码');
    expect(w.find('.error-summary').text()).toContain('回电手机号');
    expect(byId('req-name').getAttribute('aria-invalid')).toBeNull();

    await w.find('#req-mobile').setValue('13912345678');
    await w.find('form').trigger('submit');
    await settled();
    await vi.waitFor(() => expect(w.find('.receipt').exists()).toBe(true));
    expect(calls).toHaveLength(2);
    expect(calls[1].input.phone).toBe('13912345678');
    expect(calls[1].input.idempotencyKey).toBe(calls[0].input.idempotencyKey); // one form, one key
    const receipt = w.find('.receipt');
    expect(receipt.text()).toContain('U2VydmljZVJlcXVlc3Q6NDI=');
    expect(receipt.text()).toContain('待处理');
    expect(document.activeElement?.id).toBe('req-done-heading');
    expect(w.find('form').exists()).toBe(false);
  });

  it('carries the callback time in the description and sends the district when no station is chosen', async () => {
    const calls: Vars[] = [];
    const ok = {
      data: {
        submitServiceRequest: {
          __typename: 'ServiceRequestReceipt',
          reference: 'R',
          status: 'OPEN',
          createdAt: '2026-03-05T02:00:00.000Z',
        },
      },
    };
    const w = await mountWith(
      RequestServicePage,
      setup([...lookupMocks, stationMock, ...answering(SubmitServiceRequestDocument, calls, ok)]),
    );
    await fillIn(w);
    await w.find('#req-station').setValue('');
    await w.find('#req-callback').setValue('morning');
    await w.find('form').trigger('submit');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].input).toMatchObject({
      regionId: 'R1',
      stationId: null,
      description: '需要上门维修助听器\n（方便接电话的时间：上午）',
    });
  });
});

describe('visit form', () => {
  const today = cityToday();
  const logged = {
    data: {
      logPairingVisit: {
        __typename: 'LoggedVisit',
        visit: { __typename: 'PairingVisit', id: 'V9', visitedOn: today, mode: 'HOME', minutes: 90, notes: '' },
        pairing: { __typename: 'Pairing', id: 'P1', lastVisitAt: `${today}T04:00:00.000Z`, overdue: false, version: 3 },
        donation: {
          __typename: 'Donation',
          id: 'D1',
          kind: 'CASH',
          amountFen: 15050,
          item: null,
          quantity: null,
          unit: null,
        },
      },
    },
  };

  it('checks minutes and the amount in yuan before sending', async () => {
    const calls: Vars[] = [];
    await mountWith(VisitForm, setup(answering(LogPairingVisitDocument, calls, logged), viewerWith(['LOG_VISITS'])), {
      props: { pairingId: 'P1', startedOn: '2025-01-01', hasVolunteer: true },
    });
    const set = (id: string, v: string) => {
      const el = byId(id) as HTMLInputElement;
      el.value = v;
      el.dispatchEvent(new Event('input'));
    };
    set('visit-minutes', '0');
    (byId('visit-with-donation') as HTMLInputElement).click();
    await settled();
    (byId('visit-kind-CASH') as HTMLInputElement).click();
    await settled();
    set('visit-yuan', '12.345');
    byId('visit-minutes').closest('form')!.dispatchEvent(new Event('submit'));
    await settled();
    expect(describedText('visit-minutes')).toContain('1 到 1440');
    expect(describedText('visit-yuan')).toContain('最多两位小数');
    expect(calls).toEqual([]);
  });

  it('sends cash in fen, places the server’s field errors beside their fields, and keeps its key for the retry', async () => {
    const calls: Vars[] = [];
    const refused = {
      errors: [
        badInput([
          { field: 'input.visitedOn', key: 'visitBeforeStart', message: '走访日期不能早于结对开始日期（2026-02-01）' },
          { field: 'input.donation.amountFen', key: 'required', message: '此项必填' },
        ]),
      ],
    };
    const w = await mountWith(
      VisitForm,
      setup(answering(LogPairingVisitDocument, calls, refused, logged), viewerWith(['LOG_VISITS'])),
      {
        props: { pairingId: 'P1', startedOn: '2025-01-01', hasVolunteer: true },
      },
    );
    await w.find('#visit-minutes').setValue('90');
    await w.find('#visit-notes').setValue('老人身体状况良好');
    await w.find('#visit-with-donation').setValue(true);
    await w.find('#visit-kind-CASH').setValue(true);
    await w.find('#visit-yuan').setValue('150.5');
    await w.find('form').trigger('submit');
    await settled();

    await vi.waitFor(() => expect(byId('visit-date').getAttribute('aria-invalid')).toBe('true'));
    expect(calls[0].input).toMatchObject({
      pairingId: 'P1',
      visitedOn: today,
      minutes: 90,
      mode: 'HOME',
      notes: '老人身体状况良好',
      donation: { kind: 'CASH', amountFen: 15050, personal: false },
    });
    expect(describedText('visit-date')).toContain('不能早于结对开始日期');
    expect(byId('visit-date').getAttribute('aria-invalid')).toBe('true');
    expect(describedText('visit-yuan')).toContain('此项必填');
    expect(byId('visit-minutes').getAttribute('aria-invalid')).toBeNull();
    expect(w.findAll('.error-summary li')).toHaveLength(2);

    await w.find('form').trigger('submit');
    await vi.waitFor(() => expect(w.emitted('logged')).toBeDefined());
    expect(calls[1].input.idempotencyKey).toBe(calls[0].input.idempotencyKey);
    expect(w.emitted('logged')?.[0]?.[0]).toMatchObject({ visit: { id: 'V9' }, donation: { amountFen: 15050 } });
    // Logged: the form is empty again for the next visit, with a new key.
    expect((byId('visit-minutes') as HTMLInputElement).value).toBe('');
    expect(w.find('.error-summary').exists()).toBe(false);
  });
});

describe('pairing actions', () => {
  const pairing = {
    id: 'P1',
    status: 'PROPOSED' as const,
    version: 4,
    ownerA: { id: 'O1', name: '共青团同心市委员会' },
    ownerB: { id: 'O2', name: '城关区残疾人联合会' },
    // The server's word: the proposing side manages (withdraws), the helped side also accepts.
    viewerCan: { manage: true, accept: false },
    parties: { helper: '李志愿', helped: '王秀英' },
  };
  const helpedSide = { ...pairing, viewerCan: { manage: true, accept: true } };
  const orgAdminOf = (id: string, name: string) => ({
    ...viewerWith(['MANAGE_PAIRINGS', 'LOG_VISITS']),
    roles: [
      {
        __typename: 'RoleGrantInfo' as const,
        id: 'G1',
        role: 'ORG_ADMIN' as const,
        organisation: { __typename: 'Organisation' as const, id, name },
        region: null,
        station: null,
        volunteer: null,
      },
    ],
  });

  it('offers acceptance only where the server says the viewer may accept (the helped side)', async () => {
    const proposer = await mountWith(PairingActions, setup([], orgAdminOf('O1', '共青团同心市委员会')), {
      props: { pairing },
    });
    expect(proposer.text()).not.toContain('确认结对');
    expect(proposer.text()).toContain('撤回或拒绝提议'); // either side may withdraw or decline
    proposer.unmount();
    const helped = await mountWith(PairingActions, setup([], orgAdminOf('O2', '城关区残疾人联合会')), {
      props: { pairing: helpedSide },
    });
    expect(helped.find('button.button--primary').text()).toBe('确认结对');
    // The helped side is asked to accept a person, named as the proposer named them.
    expect(helped.find('[data-accept-parties]').text()).toContain('李志愿');
    expect(helped.find('[data-accept-parties]').text()).toContain('王秀英');
  });

  it('says when someone changed the pairing first, and reloads it', async () => {
    const calls: Vars[] = [];
    const stale = new GraphQLError('该记录已被他人修改', {
      extensions: { code: 'CONFLICT', messageKey: 'staleVersion', field: 'version' },
    });
    const w = await mountWith(
      PairingActions,
      setup(answering(AcceptPairingDocument, calls, { errors: [stale] }), orgAdminOf('O2', '城关区残疾人联合会')),
      {
        props: { pairing: helpedSide },
      },
    );
    await w.find('button.button--primary').trigger('click');
    await vi.waitFor(() => expect(w.emitted('changed')).toBeDefined());
    expect(calls[0]).toEqual({ id: 'P1', version: 4 });
    expect(w.find('[role="alert"]').text()).toContain('已被他人修改');
  });
});
