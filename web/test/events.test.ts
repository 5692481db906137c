// The event form places the server's field errors beside their fields; verifying hours sends the rows
// chosen and shows each refused row's reason on that row.
import { afterEach, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import type { MockedResponse } from '@apollo/client/testing/core';
import EventForm from '../src/views/events/components/event-form.vue';
import SignUpTable from '../src/views/events/components/sign-up-table.vue';
import { CreateServiceEventDocument, EventParticipationsDocument, VerifyHoursDocument } from '../src/graphql/events';
import { CampaignOptionsDocument } from '../src/graphql/campaigns';
import type { SessionViewer } from '../src/stores/session';
import { settled, lookupMocks, mountWith, setup, viewerWith } from './helpers';

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const describedText = (id: string) =>
  (byId(id).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((d) => byId(d)?.textContent ?? '')
    .join(' ');
const type = (id: string, value: string) => {
  const el = byId(id) as HTMLInputElement;
  el.value = value;
  el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
};
const badInput = (fields: Array<{ field: string; key: string; message: string }>) =>
  new GraphQLError('The input is not valid.', { extensions: { code: 'BAD_USER_INPUT', fields } });

const coordinator: SessionViewer = {
  ...viewerWith(['READ_EVENTS', 'READ_PARTICIPATIONS', 'MANAGE_EVENTS']),
  roles: [
    {
      __typename: 'RoleGrantInfo',
      id: 'G1',
      role: 'STATION_COORDINATOR',
      region: null,
      organisation: null,
      volunteer: null,
      station: { __typename: 'ServiceStation', id: 'ST1', name: '东湖社区服务站' },
    },
  ],
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('event form', () => {
  const campaignOptions: MockedResponse = {
    request: { query: CampaignOptionsDocument },
    variableMatcher: () => true,
    result: { data: { campaigns: { __typename: 'CampaignConnection', nodes: [] } } },
    maxUsageCount: 10,
  };

  it('checks the times before sending anything', async () => {
    await mountWith(EventForm, setup([...lookupMocks, campaignOptions], coordinator));
    type('ev-starts', '2026-05-01T10:00');
    type('ev-ends', '2026-05-01T09:00');
    byId('event-form').dispatchEvent(new Event('submit'));
    await settled();
    expect(byId('ev-ends').getAttribute('aria-invalid')).toBe('true');
    expect(describedText('ev-ends')).toContain('结束时间须晚于开始时间');
    expect(describedText('ev-title')).toContain('请填写此项');
  });

  it('shows the server’s field errors beside their fields, and sends one idempotency key', async () => {
    const sent: Array<Record<string, unknown>> = [];
    const mocks: MockedResponse[] = [
      ...lookupMocks,
      campaignOptions,
      {
        request: { query: CreateServiceEventDocument },
        variableMatcher: (vars) => {
          sent.push(vars.input as Record<string, unknown>);
          return true;
        },
        result: {
          errors: [
            badInput([
              { field: 'input.place', key: 'required', message: '请填写活动地点（服务端）' },
              { field: 'input.capacity', key: 'outOfRange', message: '名额应在 1 到 10000 之间（服务端）' },
            ]),
          ],
        },
        maxUsageCount: 2,
      },
    ];
    await mountWith(EventForm, setup(mocks, coordinator));
    expect(byId('ev-station').textContent).toContain('东湖社区服务站');
    type('ev-title', '助盲出行陪伴');
    type('ev-service', 'S1');
    type('ev-place', '社区活动中心');
    type('ev-starts', '2026-05-01T09:00');
    type('ev-ends', '2026-05-01T11:30');
    type('ev-capacity', '12');
    type('ev-share', '60');
    for (let i = 0; i < 2; i++) {
      byId('event-form').dispatchEvent(new Event('submit'));
      await settled();
      await settled();
    }

    expect(byId('ev-place').getAttribute('aria-invalid')).toBe('true');
    expect(describedText('ev-place')).toContain('请填写活动地点（服务端）');
    expect(byId('ev-capacity').getAttribute('aria-invalid')).toBe('true');
    expect(describedText('ev-capacity')).toContain('名额应在 1 到 10000 之间（服务端）');
    expect(byId('ev-title').getAttribute('aria-invalid')).toBeNull();
    expect(document.querySelector('.error-summary')?.textContent).toContain('名额应在 1 到 10000 之间（服务端）');

    expect(sent.length).toBe(2);
    expect(sent[0]).toMatchObject({
      title: '助盲出行陪伴',
      stationId: 'ST1',
      serviceTypeId: 'S1',
      capacity: 12,
      attendanceShare: 0.6,
      open: true,
    });
    expect(sent[0].startsAt).toBe(new Date('2026-05-01T09:00').toISOString());
    expect(sent[1].idempotencyKey).toBe(sent[0].idempotencyKey); // a retry is the same create
  });
});

describe('verifying hours', () => {
  const row = (id: string, name: string, status: string, verifiedAt: string | null = null) => ({
    __typename: 'Participation',
    id,
    status,
    waitlistPosition: null,
    attendanceMet: status === 'COMPLETED' ? true : null,
    minutes: 120,
    presentMinutes: 120,
    hours: 2,
    personTimesServed: 0,
    checkInAt: null,
    checkOutAt: null,
    verifiedAt,
    version: 3,
    volunteer: { __typename: 'Volunteer', id: `V${id}`, realName: name },
    event: {
      __typename: 'ServiceEvent',
      id: 'E1',
      title: '助残日义诊',
      startsAt: '2026-05-01T01:00:00.000Z',
      endsAt: '2026-05-01T04:00:00.000Z',
      status: 'OPEN',
    },
    corrections: [],
  });
  const rows = [
    row('P1', '李明', 'COMPLETED'),
    row('P2', '王芳', 'COMPLETED'),
    row('P3', '赵强', 'SIGNED_UP'),
    row('P4', '陈静', 'COMPLETED', '2026-05-01T05:00:00.000Z'),
  ];
  const participations: MockedResponse = {
    request: { query: EventParticipationsDocument },
    variableMatcher: (vars) => (vars.filter as { eventId?: string } | undefined)?.eventId === 'E1',
    result: {
      data: {
        participations: {
          __typename: 'ParticipationConnection',
          totalCount: rows.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes: rows,
        },
      },
    },
    maxUsageCount: 5,
  };
  const verifyMock = (result: MockedResponse['result'], seen: string[][]): MockedResponse => ({
    request: { query: VerifyHoursDocument },
    variableMatcher: (vars) => {
      seen.push(vars.participationIds as string[]);
      return true;
    },
    result,
  });

  it('offers only checked-out, unverified rows, and marks each refused row with its reason', async () => {
    const seen: string[][] = [];
    const refused = {
      errors: [badInput([{ field: 'participationIds[1]', key: 'alreadyVerified', message: '这条时长已经核实过了' }])],
    };
    const w = await mountWith(
      SignUpTable,
      setup([...lookupMocks, participations, verifyMock(refused, seen)], coordinator),
      {
        props: { eventId: 'E1', eventStatus: 'OPEN' },
      },
    );
    await settled();
    const boxes = w.findAll('input[type="checkbox"]').map((b) => b.attributes('id'));
    expect(boxes).toEqual(['sel-P1', 'sel-P2']);

    await w.find('button[data-action="verify"]').trigger('click');
    await settled();
    expect(w.text()).toContain('请先勾选要核实的记录');
    expect(seen).toEqual([]);

    const selectAll = w.findAll('button').find((b) => b.text() === '选择本页全部待核实记录')!;
    await selectAll.trigger('click');
    expect((byId('sel-P1') as HTMLInputElement).checked).toBe(true);
    expect(w.find('button[data-action="verify"]').text()).toContain('2 条');
    await w.find('button[data-action="verify"]').trigger('click');
    await settled();
    await settled();

    expect(seen).toEqual([['P1', 'P2']]);
    expect(byId('sel-P2').getAttribute('aria-invalid')).toBe('true');
    expect(describedText('sel-P2')).toContain('这条时长已经核实过了');
    expect(byId('sel-P1').getAttribute('aria-invalid')).toBeNull();
    expect(w.find('[role="alert"]').text()).toContain('有 1 条记录未能核实');
  });

  it('verifies the rows chosen and says so', async () => {
    const seen: string[][] = [];
    const verified = {
      data: {
        verifyHours: [
          {
            __typename: 'Participation',
            id: 'P1',
            status: 'COMPLETED',
            minutes: 120,
            hours: 2,
            verifiedAt: '2026-05-01T06:00:00.000Z',
            version: 4,
          },
        ],
      },
    };
    const w = await mountWith(
      SignUpTable,
      setup([...lookupMocks, participations, verifyMock(verified, seen)], coordinator),
      {
        props: { eventId: 'E1', eventStatus: 'OPEN' },
      },
    );
    await settled();
    await w.find('#sel-P1').setValue(true);
    await w.find('button[data-action="verify"]').trigger('click');
    await settled();
    await settled();
    expect(seen).toEqual([['P1']]);
    expect(w.find('[role="status"]').text()).toContain('已核实 1 条时长');
    expect(w.emitted('changed')).toBeTruthy();
  });
});
