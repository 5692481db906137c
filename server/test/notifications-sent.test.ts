// Notifications (#15.2, #15.3), what is sent about people and events: each kind end to end (the action, the
// inbox row, the mail the loopback SMTP listener received, the SMS outbox row): registration approved and
// rejected, campaign invitation and its answer, event changed, waitlist promotion, event cancelled, reminders.
import { describe, expect, it } from 'vitest';
import { NotificationKind } from '../src/modules/notification';
import { expectDelivered } from './helpers/notifications';
import {
  gid,
  notificationSuite,
  ok,
  APPROVE,
  REJECT,
  INVITE,
  RESPOND,
  UPDATE_EVENT,
  CANCEL_EVENT,
  CANCEL_SIGN_UP,
} from './helpers/notification-suite';

const s = notificationSuite('notifications_sent');
const { as, ids, clock, sql, one, withSms } = s;

describe('what is sent', () => {
  it('registration approved (inbox, mail, SMS) and rejected with the reason (SMS to a volunteer without an account)', async () => {
    const pending = async (name: string, phone: string) =>
      one(
        `INSERT INTO volunteer (real_name, id_number, gender, birth_date, phone, category, status, organisation_id, home_region_id)
         SELECT $1, $2, 'FEMALE', '1995-03-04', $3, 'OTHER', 'PENDING', $4, $5 RETURNING id::text`,
        [name, `65900419950304${phone.slice(-4)}`, phone, s.w.org.alpha, s.w.region.northA],
      );
    const p = await pending('待审甲', '13800000011');
    const q = await pending('待审乙', '13800000012');
    const pAccount = await one(
      `INSERT INTO user_account (username, display_name) VALUES ('known.pending', '待审甲') RETURNING id::text`,
    );
    await sql(`INSERT INTO role_assignment (account_id, role, volunteer_id) VALUES ($1, 'VOLUNTEER', $2)`, [
      pAccount,
      p,
    ]);
    await sql(`INSERT INTO notification_contact (account_id, email) VALUES ($1, 'pending@tongxin.test')`, [pAccount]);

    ok(await as['known.alpha'].gql(APPROVE, { id: gid('Volunteer', p) }));
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'VOLUNTEER_APPROVED',
      accountId: pAccount,
      email: 'pending@tongxin.test',
      mobile: '13800000011',
      text: '注册已通过',
    });
    ok(await as['known.alpha'].gql(REJECT, { id: gid('Volunteer', q), reason: '证件照片不清晰' }));
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'VOLUNTEER_REJECTED',
      volunteerId: q,
      mobile: '13800000012',
      text: '原因：证件照片不清晰',
    });
  });

  it('campaign invitation to the invited organisation, and its answer to the lead', async () => {
    await withSms('known.branch', NotificationKind.CAMPAIGN_INVITATION);
    ok(
      await as['known.alpha'].gql(INVITE, {
        campaignId: gid('Campaign', s.w.campaign.k1),
        organisationId: gid('Organisation', s.w.org.branch),
      }),
    );
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'CAMPAIGN_INVITATION',
      accountId: ids.branch,
      email: 'known.branch@tongxin.test',
      mobile: undefined,
      text: '已知联合行动',
    });
    await withSms('known.alpha', NotificationKind.CAMPAIGN_INVITATION_ANSWERED);
    await sql(`UPDATE notification_contact SET mobile = '13900000021' WHERE account_id = $1`, [ids.alpha]);
    ok(await as['known.branch'].gql(RESPOND, { campaignId: gid('Campaign', s.w.campaign.k1), accept: true }));
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'CAMPAIGN_INVITATION_ANSWERED',
      accountId: ids.alpha,
      email: 'known.alpha@tongxin.test',
      mobile: '13900000021',
      text: '已知残联 接受',
    });
  });

  it('event changed, waitlist promotion and event cancelled, to the people signed up', async () => {
    const [e1] = await sql<{ version: number }>(`SELECT version FROM service_event WHERE id = $1`, [s.w.event.e1]);
    ok(
      await as['known.alpha'].gql(UPDATE_EVENT, {
        id: gid('ServiceEvent', s.w.event.e1),
        version: e1.version,
        input: { place: '已知路 9 号' },
      }),
    );
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'EVENT_CHANGED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '已知活动一',
    });
    // b1 has no account: the text goes to the phone of the volunteer record.
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'EVENT_CHANGED',
      volunteerId: s.w.volunteer.b1,
      mobile: '13800000000',
    });

    const full = await one(
      `INSERT INTO service_event (title, station_id, service_type_id, organiser_id, region_id, place, starts_at, ends_at, capacity, status)
       SELECT '候补活动', $1, (SELECT id FROM service_type ORDER BY id LIMIT 1), $2, $3, '已知路 5 号',
              '2026-05-20T01:00:00Z', '2026-05-20T03:00:00Z', 1, 'OPEN' RETURNING id::text`,
      [s.w.station, s.w.org.alpha, s.w.region.northA],
    );
    const taken = await one(
      `INSERT INTO participation (event_id, volunteer_id, status) VALUES ($1, $2, 'SIGNED_UP') RETURNING id::text`,
      [full, s.w.volunteer.b1],
    );
    await sql(
      `INSERT INTO participation (event_id, volunteer_id, status, updated_at) VALUES ($1, $2, 'WAITLISTED', now())`,
      [full, s.w.volunteer.a1],
    );
    ok(await as['known.alpha'].gql(CANCEL_SIGN_UP, { id: gid('Participation', taken), version: 1 }));
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'WAITLIST_PROMOTED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '候补活动',
    });

    ok(await as['known.alpha'].gql(CANCEL_EVENT, { id: gid('ServiceEvent', full), version: 1, reason: '场地维修' }));
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'EVENT_CANCELLED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '场地维修',
    });
  });

  it('event reminders the day before and two hours before, once each, by the runner’s clock', async () => {
    const e2 = await one(
      `INSERT INTO service_event (title, station_id, service_type_id, organiser_id, region_id, place, starts_at, ends_at, capacity, status)
       SELECT '提醒活动', $1, (SELECT id FROM service_type ORDER BY id LIMIT 1), $2, $3, '已知路 7 号',
              '2026-06-02T02:00:00Z', '2026-06-02T04:00:00Z', 5, 'OPEN' RETURNING id::text`,
      [s.w.station, s.w.org.alpha, s.w.region.northA],
    );
    await sql(`INSERT INTO participation (event_id, volunteer_id, status) VALUES ($1, $2, 'SIGNED_UP')`, [
      e2,
      s.w.volunteer.a1,
    ]);
    const reminders = () =>
      sql<{ lead: string }>(
        `SELECT payload->>'lead' AS lead FROM notification WHERE kind = 'EVENT_REMINDER' AND account_id = $1 ORDER BY id`,
        [ids.a1],
      );
    clock.now = new Date('2026-05-30T02:00:00Z'); // three days before: nothing yet
    await s.runner.runNow('notification.event-reminders', {});
    expect(await reminders()).toEqual([]);
    clock.now = new Date('2026-06-01T04:00:00Z'); // 22 hours before
    await s.runner.runNow('notification.event-reminders', {});
    await s.runner.runNow('notification.event-reminders', {});
    expect(await reminders()).toEqual([{ lead: 'DAY' }]);
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'EVENT_REMINDER',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '明天：提醒活动',
    });
    clock.now = new Date('2026-06-02T00:30:00Z'); // 90 minutes before
    await s.runner.runNow('notification.event-reminders', {});
    await s.runner.runNow('notification.event-reminders', {});
    expect(await reminders()).toEqual([{ lead: 'DAY' }, { lead: 'HOURS' }]);
    clock.now = new Date('2026-05-10T02:00:00Z');
  });
});
