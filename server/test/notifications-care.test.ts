// Notifications (#15.2, #15.3), what is sent about care work, hours and accounts: each kind end to end (the
// action, the inbox row, the mail the loopback SMTP listener received, the SMS outbox row): a service request
// assigned, a pairing proposed, accepted and overdue, hour reports and corrections decided, one-time codes.
import { beforeAll, describe, expect, it } from 'vitest';
import { notify, NotificationKind } from '../src/modules/notification';
import { parseQuietHours } from '../src/modules/notification/quiet-hours';
import { expectDelivered } from './helpers/notifications';
import {
  gid,
  notificationSuite,
  ok,
  ASSIGN,
  PROPOSE,
  ACCEPT,
  REVIEW,
  RESOLVE,
  INBOX,
} from './helpers/notification-suite';

const s = notificationSuite('notifications_care');
const { as, ids, clock, sql, one, person, withSms } = s;

describe('what is sent about care work, hours and accounts', () => {
  beforeAll(async () => {
    // The lead organisation's admin is also reached by SMS when a kind is chosen so.
    await sql(`UPDATE notification_contact SET mobile = '13900000021' WHERE account_id = $1`, [ids.alpha]);
  });

  it('service request assigned: to the volunteer and to the station’s coordinator', async () => {
    const request = await one(
      `INSERT INTO service_request (requester_name, phone, description, region_id, station_id, service_type_id)
       SELECT '丙三', '13700000000', '陪同就医', $1, $2, (SELECT id FROM service_type ORDER BY id LIMIT 1) RETURNING id::text`,
      [s.w.region.northA, s.w.station],
    );
    await withSms('known.station', NotificationKind.STATION_REQUEST_ASSIGNED);
    await sql(`UPDATE notification_contact SET mobile = '13900000031' WHERE account_id = $1`, [ids.station]);
    ok(
      await as['known.north'].gql(ASSIGN, {
        id: gid('ServiceRequest', request),
        volunteerId: gid('Volunteer', s.w.volunteer.a1),
      }),
    );
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'SERVICE_REQUEST_ASSIGNED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '陪同就医',
    });
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'STATION_REQUEST_ASSIGNED',
      accountId: ids.station,
      email: 'known.station@tongxin.test',
      mobile: '13900000031',
      text: '甲一',
    });
  });

  it('pairing proposed to the side that confirms, accepted to the proposing side and its volunteer, overdue weekly', async () => {
    await withSms('known.branch', NotificationKind.PAIRING_PROPOSED);
    await sql(`UPDATE notification_contact SET mobile = '13900000041' WHERE account_id = $1`, [ids.branch]);
    const proposed = ok(
      await as['known.alpha'].gql(PROPOSE, {
        input: {
          kind: 'VOLUNTEER_BENEFICIARY',
          volunteerId: gid('Volunteer', s.w.volunteer.a1),
          beneficiaryId: gid('Beneficiary', s.w.beneficiary.x3),
        },
      }),
    ).data.proposePairing;
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'PAIRING_PROPOSED',
      accountId: ids.branch,
      email: 'known.branch@tongxin.test',
      mobile: '13900000041',
      text: '甲一 – 丙三',
    });
    await withSms('known.alpha', NotificationKind.PAIRING_ACCEPTED);
    ok(await as['known.branch'].gql(ACCEPT, { id: proposed.id, version: proposed.version }));
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'PAIRING_ACCEPTED',
      accountId: ids.alpha,
      email: 'known.alpha@tongxin.test',
      mobile: '13900000021',
      text: '已知残联',
    });
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'PAIRING_ACCEPTED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      text: '已知残联',
    });

    // p1 (alpha and branch) has had no visit since 2026-01-05: both owners' admins get the digest, once a week.
    await withSms('known.branch', NotificationKind.PAIRINGS_OVERDUE);
    clock.now = new Date('2026-05-11T01:00:00Z');
    await s.runner.runNow('notification.pairings-overdue', {});
    await s.runner.runNow('notification.pairings-overdue', {});
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'PAIRINGS_OVERDUE',
      accountId: ids.branch,
      email: 'known.branch@tongxin.test',
      mobile: '13900000041',
      text: '甲一 – 丙一',
    });
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'PAIRINGS_OVERDUE',
      accountId: ids.alpha,
      email: 'known.alpha@tongxin.test',
    });
    clock.now = new Date('2026-05-10T02:00:00Z');
  });

  it('hour report and hour correction decided, to the volunteer', async () => {
    await withSms('known.a1', NotificationKind.HOUR_REPORT_DECIDED);
    await withSms('known.a1', NotificationKind.HOUR_CORRECTION_DECIDED);
    const report = await one(
      `INSERT INTO hour_report (volunteer_id, organisation_id, service_type_id, region_id, served_on, minutes, description)
       SELECT $1, $2, (SELECT id FROM service_type ORDER BY id LIMIT 1), $3, '2026-05-08', 90, '上门探访' RETURNING id::text`,
      [s.w.volunteer.a1, s.w.org.alpha, s.w.region.northA],
    );
    ok(await as['known.alpha'].gql(REVIEW, { id: gid('HourReport', report), approve: false, note: '缺少签到记录' }));
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'HOUR_REPORT_DECIDED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '缺少签到记录',
    });

    const done = await one(
      `INSERT INTO participation (event_id, volunteer_id, status, minutes, check_in_at, check_out_at, verified_at)
       VALUES ($1, $2, 'COMPLETED', 120, '2026-05-17T01:00:00Z', '2026-05-17T03:00:00Z', now()) RETURNING id::text`,
      [s.w.event.e3, s.w.volunteer.a1],
    );
    const correction = await one(
      `INSERT INTO hour_correction (participation_id, volunteer_id, previous_minutes, requested_minutes, reason)
       VALUES ($1, $2, 120, 150, '提前到场布置') RETURNING id::text`,
      [done, s.w.volunteer.a1],
    );
    const beta = await person('known.beta', { role: 'ORG_ADMIN', organisationId: gid('Organisation', s.w.org.beta) });
    expect(beta).toBeTruthy();
    ok(await as['known.beta'].gql(RESOLVE, { id: gid('HourCorrection', correction), approve: true }));
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'HOUR_CORRECTION_DECIDED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '120 → 150',
    });
  });

  it('activation and reset codes: always sent, to the address given, at any hour, never in the inbox', async () => {
    await sql(
      `INSERT INTO notification_preference (account_id, kind, email, sms) VALUES ($1, 'PASSWORD_RESET_CODE', false, false)`,
      [ids.a1],
    );
    s.settings.quietHours = parseQuietHours('22-8');
    clock.now = new Date('2026-05-10T16:00:00Z'); // midnight in Beijing
    // The invitations that made these accounts sent activation codes of their own; count only this test's.
    await s.t.db.query(
      `DELETE FROM notification_delivery WHERE notification_id IN (SELECT id FROM notification WHERE kind LIKE '%\\_CODE')`,
    );
    await s.t.db.query(`DELETE FROM notification WHERE kind LIKE '%\\_CODE'`);
    await s.t.db.transaction(async (tx) => {
      await notify(tx, ids.a1, NotificationKind.PASSWORD_RESET_CODE, { code: '482913', minutes: 15 });
      await notify(
        tx,
        ids.branch,
        NotificationKind.ACCOUNT_ACTIVATION_CODE,
        { code: '105577', minutes: 60 },
        {
          email: 'new.address@tongxin.test',
          mobile: '13900000099',
        },
      );
    });
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'PASSWORD_RESET_CODE',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '重置密码',
    });
    await expectDelivered(s.t.db, s.smtp, {
      kind: 'ACCOUNT_ACTIVATION_CODE',
      accountId: ids.branch,
      email: 'new.address@tongxin.test',
      mobile: '13900000099',
      text: '激活码',
    });
    const inbox = ok(await as['known.a1'].gql(INBOX, { first: 100 })).data.notifications.nodes;
    expect(inbox.map((n) => n.kind)).not.toContain('PASSWORD_RESET_CODE');
    s.settings.quietHours = null;
    clock.now = new Date('2026-05-10T02:00:00Z');
  });
});
