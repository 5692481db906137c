// Sessions, one's own settings and inbox, spreadsheet imports and background jobs, skills and a
// station's public board: one valid invocation each. What an entry needs that is not its own write
// (an invitation code, a refresh cookie, an upload, a notice) is made by `prepare` or with SQL.
import pino from 'pino';
import { createAuthRuntime } from '../../src/auth/runtime';
import { loadConfig } from '../../src/config';
import { JobRunner, registerJobs } from '../../src/jobs';
import { codeSentTo } from '../helpers/accounts';
import type { AuditPart } from '../helpers/audit-once';
import { TEST_AUTH, TEST_PASSWORD } from '../helpers/server';

/** A job queue that takes jobs but runs none, so a queued job stays queued (and can be cancelled). */
let runner: JobRunner | undefined;

const cookieOf = (headers: Headers) =>
  headers
    .getSetCookie()
    .find((c) => c.startsWith('tx_refresh='))
    ?.split(';')[0] ?? '';

export const sessionsAndSettings: AuditPart = {
  async prepare(c) {
    runner = registerJobs(
      new JobRunner({ url: c.url, db: c.db, log: pino({ level: 'silent' }), work: false, stopTimeoutMs: 500 }),
      { auth: createAuthRuntime(TEST_AUTH), resultTtlHours: 24 },
      loadConfig({}),
    );
    await runner.start();
    const [city] = await c.sql<{ id: string }>(`SELECT parent_id::text AS id FROM region WHERE id = $1`, [
      c.w.region.north,
    ]);
    c.made.city = city.id;
    // An invitation waiting for its code; a login whose refresh cookie is kept.
    const invited = await c.hub.raw(`mutation($i: InviteAccountInput!) { inviteAccount(input: $i) { id } }`, {
      i: {
        username: 'audit.activate',
        displayName: 'audit.activate',
        email: 'audit.activate@example.org',
        roles: [{ role: 'VIEWER', regionId: c.g('Region', c.w.region.south) }],
      },
    });
    if (invited.errors) throw new Error(JSON.stringify(invited.errors));
    c.made.code = (await codeSentTo(c.hub, 'audit.activate@example.org')).code;
    const login = await c.server.raw(
      `mutation { login(input: { username: "known.station", password: "${TEST_PASSWORD}" }) { accessToken } }`,
    );
    c.made.cookie = cookieOf(login.headers);
    // A clean upload of the hub admin's, as the dry run leaves it, and a notice for the station's coordinator.
    const [hub] = await c.sql<{ id: string }>(`SELECT id::text FROM user_account WHERE username = 'hub.admin'`);
    const [upload] = await c.sql<{ id: string }>(
      `INSERT INTO spreadsheet_import (kind, owner_account_id, file_name, file, file_hash, row_count, error_row_count)
       VALUES ('VOLUNTEER', $1, '名册.xlsx', '\\x00', repeat('0', 64), 1, 0) RETURNING id::text`,
      [hub.id],
    );
    c.made.upload = c.g('SpreadsheetImport', upload.id);
    await c.sql(
      `INSERT INTO notification (account_id, kind, payload)
       SELECT id, 'EVENT_CANCELLED', '{"event":"审计"}' FROM user_account WHERE username = 'known.station'`,
    );
  },
  cleanup: async () => {
    await runner?.stop();
  },
  build: (c) => ({
    activateAccount: () =>
      c.server.raw(`mutation($c: String!, $p: String!) { activateAccount(code: $c, password: $p) }`, {
        c: c.made.code,
        p: TEST_PASSWORD,
      }),
    refreshSession: () => c.server.raw(`mutation { refreshSession { accessToken } }`, {}, { cookie: c.made.cookie }),
    setNotificationContact: () =>
      c.a1.raw(`mutation { setNotificationContact(input: { mobile: "13900001111", locale: "en" }) { mobile } }`),
    setNotificationPreference: () =>
      c.a1.raw(`mutation { setNotificationPreference(kind: EVENT_REMINDER, email: false, sms: true) { kind } }`),
    markNotificationsRead: () => c.station.raw(`mutation { markNotificationsRead(all: true) }`),
    confirmSpreadsheetImport: () =>
      c.hub.raw(`mutation($id: ID!) { confirmSpreadsheetImport(id: $id) { id } }`, { id: c.made.upload }),
    // The job the confirmation queued (no runner in tests): cancelled before it starts.
    cancelBackgroundJob: () =>
      c.hub.raw(`mutation($id: ID!) { cancelBackgroundJob(id: $id) { id status } }`, {
        id: c.made.confirmSpreadsheetImport,
      }),
    // Queued for the job runner, which runs nothing here.
    generateYearEndReport: () =>
      c.hub.raw(`mutation { generateYearEndReport(input: { year: 2025, plans: "审计" }) { id } }`),
    saveYearEndReportPlans: () =>
      c.hub.raw(`mutation { saveYearEndReportPlans(input: { year: 2025, plans: "审计计划" }) { year } }`),
    createSkill: () =>
      c.hub.raw(`mutation($r: ID!) { createSkill(input: { name: "审计手语", regionId: $r }) { id } }`, {
        r: c.g('Region', c.made.city),
      }),
    updateSkill: async () =>
      c.hub.raw(
        `mutation($id: ID!, $v: Int!) { updateSkill(id: $id, version: $v, input: { name: "审计手语·改" }) { id } }`,
        {
          id: c.made.createSkill,
          v: await c.versionOf('skill', c.rawId(c.made.createSkill)),
        },
      ),
    updateStationBoard: async () =>
      c.station.raw(
        `mutation($id: ID!, $v: Int!) { updateStationBoard(id: $id, version: $v, input: { openingHours: "周一至周六 9:00-17:00" }) { id } }`,
        { id: c.g('ServiceStation', c.w.station), v: await c.versionOf('service_station', c.w.station) },
      ),
  }),
};
