// Accounts, sessions' first steps, the registry (organisations, teams, stations, service types),
// and the first of the people, pairing, campaign and donation mutations: one valid invocation each.
import { makeIdentityNumber } from '../../src/common/identity';
import type { AuditPart, AuditWorld } from '../helpers/audit-once';
import { TEST_PASSWORD } from '../helpers/server';

/** A registration of alpha's waiting for review (set up with SQL, so it writes no entry of its own). */
export const pendingVolunteer = async (c: AuditWorld, name: string, seq: number) =>
  (
    await c.sql<{ id: string }>(
      `INSERT INTO volunteer (real_name, id_number, gender, birth_date, phone, category, status, organisation_id, home_region_id)
       VALUES ($1, $2, 'MALE', '1990-01-01', '13800000001', 'OTHER', 'PENDING', $3, $4) RETURNING id::text`,
      [name, makeIdentityNumber('659004', '1990-01-01', 800 + seq), c.w.org.alpha, c.w.region.northA],
    )
  )[0].id;

export const accountsAndRegistry: AuditPart = {
  build: (c) => ({
    inviteAccount: async () => {
      const res = await c.hub.raw(
        `mutation($i: InviteAccountInput!) { inviteAccount(input: $i) { id account { id } } }`,
        {
          i: {
            username: 'audit.once',
            displayName: 'audit.once',
            email: 'audit.once@example.org',
            roles: [{ role: 'VIEWER', regionId: c.g('Region', c.w.region.north) }],
          },
        },
      );
      c.made.account =
        (res.data as { inviteAccount?: { account: { id: string } } } | null)?.inviteAccount?.account.id ?? '';
      return res;
    },
    resendInvitation: () =>
      c.hub.raw(`mutation($id: ID!) { resendInvitation(invitationId: $id) { id } }`, { id: c.made.inviteAccount }),
    // A resend replaces the invitation with a new one; that one is revoked.
    revokeInvitation: () =>
      c.hub.raw(`mutation($id: ID!) { revokeInvitation(invitationId: $id) { id } }`, { id: c.made.resendInvitation }),
    assignRole: async () =>
      c.hub.raw(
        `mutation($a: ID!, $r: ID!) { assignRole(accountId: $a, role: { role: VIEWER, regionId: $r }) { id } }`,
        {
          a: c.made.account,
          r: c.g('Region', c.w.region.south),
        },
      ),
    resetPassword: () => c.hub.raw(`mutation($a: ID!) { resetPassword(accountId: $a) { id } }`, { a: c.made.account }),
    disableAccount: () =>
      c.hub.raw(`mutation($a: ID!) { disableAccount(accountId: $a) { id } }`, { a: c.made.account }),
    requestPasswordReset: () => c.server.raw(`mutation { requestPasswordReset(login: "known.station") }`),
    createOrganisation: () =>
      c.hub.raw(
        `mutation($r: ID!) { createOrganisation(input: { name: "审计助残协会", kind: NGO, regionId: $r }) { id } }`,
        {
          r: c.g('Region', c.w.region.north),
        },
      ),
    updateOrganisation: async () =>
      c.hub.raw(
        `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { name: "审计助残协会·改" }) { id } }`,
        { id: c.made.createOrganisation, v: await c.versionOf('organisation', c.rawId(c.made.createOrganisation)) },
      ),
    createVolunteerTeam: () =>
      c.hub.raw(
        `mutation($o: ID!, $r: ID!) { createVolunteerTeam(input: { name: "审计服务队", organisationId: $o, regionId: $r }) { id } }`,
        {
          o: c.made.createOrganisation,
          r: c.g('Region', c.w.region.north),
        },
      ),
    updateVolunteerTeam: async () =>
      c.hub.raw(
        `mutation($id: ID!, $v: Int!) { updateVolunteerTeam(id: $id, version: $v, input: { name: "审计服务队·改" }) { id } }`,
        { id: c.made.createVolunteerTeam, v: await c.versionOf('volunteer_team', c.rawId(c.made.createVolunteerTeam)) },
      ),
    setVolunteerTeamStatus: async () =>
      c.hub.raw(
        `mutation($id: ID!, $v: Int!) { setVolunteerTeamStatus(id: $id, version: $v, status: SUSPENDED, reason: "整顿") { id } }`,
        { id: c.made.createVolunteerTeam, v: await c.versionOf('volunteer_team', c.rawId(c.made.createVolunteerTeam)) },
      ),
    createServiceStation: () =>
      c.hub.raw(
        `mutation($o: ID!, $r: ID!) { createServiceStation(input: { name: "审计服务站", organisationId: $o, regionId: $r, address: "已知路 1 号", openingHours: "周一至周五 9:00-17:00", contactName: "李华", contactPhone: "0931-8765432" }) { id } }`,
        {
          o: c.made.createOrganisation,
          r: c.g('Region', c.w.region.northA),
        },
      ),
    updateServiceStation: async () =>
      c.hub.raw(
        `mutation($id: ID!, $v: Int!) { updateServiceStation(id: $id, version: $v, input: { openingHours: "周一至周六 9:00-17:00" }) { id } }`,
        {
          id: c.made.createServiceStation,
          v: await c.versionOf('service_station', c.rawId(c.made.createServiceStation)),
        },
      ),
    setServiceStationStatus: async () =>
      c.hub.raw(
        `mutation($id: ID!, $v: Int!) { setServiceStationStatus(id: $id, version: $v, status: SUSPENDED, reason: "装修") { id } }`,
        {
          id: c.made.createServiceStation,
          v: await c.versionOf('service_station', c.rawId(c.made.createServiceStation)),
        },
      ),
    setOrganisationStatus: async () =>
      c.hub.raw(
        `mutation($id: ID!, $v: Int!) { setOrganisationStatus(id: $id, version: $v, status: SUSPENDED, reason: "年检未通过") { id } }`,
        { id: c.made.createOrganisation, v: await c.versionOf('organisation', c.rawId(c.made.createOrganisation)) },
      ),
    createServiceType: () =>
      c.hub.raw(
        `mutation { createServiceType(input: { code: "AUDIT_ONCE", name: "审计服务", nameEn: "Audit service" }) { id } }`,
      ),
    updateServiceType: async () =>
      c.hub.raw(
        `mutation($id: ID!, $v: Int!) { updateServiceType(id: $id, version: $v, input: { nameEn: "Audited service" }) { id } }`,
        { id: c.made.createServiceType, v: await c.versionOf('service_type', c.rawId(c.made.createServiceType)) },
      ),
    setServiceTypeStatus: async () =>
      c.hub.raw(
        `mutation($id: ID!, $v: Int!) { setServiceTypeStatus(id: $id, version: $v, status: SUSPENDED, reason: "停用") { id } }`,
        { id: c.made.createServiceType, v: await c.versionOf('service_type', c.rawId(c.made.createServiceType)) },
      ),
    setStarThresholds: () =>
      c.hub.raw(`mutation($r: ID!) { setStarThresholds(regionId: $r, hours: [10, 20, 30, 40, 50]) { id } }`, {
        r: c.g('Region', c.w.region.north),
      }),
    revealPersonalData: () =>
      c.a1.raw(`mutation($id: ID!) { revealPersonalData(id: $id, reason: "arrange a visit") { fields } }`, {
        id: c.g('Beneficiary', c.w.beneficiary.x1),
      }),
    logPairingVisit: () =>
      c.a1.raw(
        `mutation($p: ID!) { logPairingVisit(input: { pairingId: $p, visitedOn: "2026-06-01", minutes: 60, mode: HOME }) { visit { id } } }`,
        {
          p: c.g('Pairing', c.w.pairing.p1),
        },
      ),
    declinePairingVisit: () =>
      c.alpha.raw(`mutation($id: ID!) { declinePairingVisit(id: $id, version: 1, reason: "未入户") { id } }`, {
        id: c.made.logPairingVisit,
      }),
    updateCampaign: async () =>
      c.alpha.raw(
        `mutation($id: ID!, $v: Int!) { updateCampaign(id: $id, version: $v, input: { name: "已知联合行动·改" }) { id } }`,
        {
          id: c.g('Campaign', c.w.campaign.k1),
          v: await c.versionOf('campaign', c.w.campaign.k1),
        },
      ),
    updateBeneficiary: async () =>
      c.north.raw(
        `mutation($id: ID!, $v: Int!) { updateBeneficiary(id: $id, version: $v, input: { address: "已知路 9 号" }) { id } }`,
        {
          id: c.g('Beneficiary', c.w.beneficiary.x3),
          v: await c.versionOf('beneficiary', c.w.beneficiary.x3),
        },
      ),
    setVolunteerStatus: async () =>
      c.alpha.raw(
        `mutation($id: ID!, $v: Int!) { setVolunteerStatus(id: $id, version: $v, status: SUSPENDED, reason: "暂停") { id } }`,
        {
          id: c.g('Volunteer', c.w.volunteer.a2),
          v: await c.versionOf('volunteer', c.w.volunteer.a2),
        },
      ),
    pausePairing: async () =>
      c.hub.raw(`mutation($id: ID!, $v: Int!) { pausePairing(id: $id, version: $v) { id } }`, {
        id: c.g('Pairing', c.w.pairing.p2),
        v: await c.versionOf('pairing', c.w.pairing.p2),
      }),
    resumePairing: async () =>
      c.hub.raw(`mutation($id: ID!, $v: Int!) { resumePairing(id: $id, version: $v) { id } }`, {
        id: c.g('Pairing', c.w.pairing.p2),
        v: await c.versionOf('pairing', c.w.pairing.p2),
      }),
    endPairing: async () =>
      c.hub.raw(`mutation($id: ID!, $v: Int!) { endPairing(id: $id, version: $v, reason: "双方协商终止") { id } }`, {
        id: c.g('Pairing', c.w.pairing.p2),
        v: await c.versionOf('pairing', c.w.pairing.p2),
      }),
    cancelServiceEvent: async () =>
      c.hub.raw(
        `mutation($id: ID!, $v: Int!) { cancelServiceEvent(id: $id, version: $v, reason: "天气原因") { id } }`,
        {
          id: c.g('ServiceEvent', c.w.event.e3),
          v: await c.versionOf('service_event', c.w.event.e3),
        },
      ),
    closeCampaign: async () =>
      c.hub.raw(`mutation($id: ID!, $v: Int!) { closeCampaign(id: $id, version: $v) { id } }`, {
        id: c.g('Campaign', c.w.campaign.k2),
        v: await c.versionOf('campaign', c.w.campaign.k2),
      }),
    recordDonation: () =>
      c.hub.raw(
        `mutation($b: ID!) { recordDonation(input: { kind: CASH, amountFen: 10000, donorName: "市民", beneficiaryId: $b }) { id } }`,
        {
          b: c.g('Beneficiary', c.w.beneficiary.x1),
        },
      ),
    voidDonation: async () =>
      c.hub.raw(`mutation($id: ID!, $v: Int!) { voidDonation(id: $id, version: $v, reason: "重复登记") { id } }`, {
        id: c.made.recordDonation,
        v: await c.versionOf('donation', c.rawId(c.made.recordDonation)),
      }),
    awardCommendation: () =>
      c.alpha.raw(
        `mutation($v: ID!) { awardCommendation(input: { volunteerId: $v, year: 2026, title: "优秀助残志愿者" }) { year } }`,
        {
          v: c.g('Volunteer', c.w.volunteer.a1),
        },
      ),
    revokeRole: async () => {
      const [ra] = await c.sql<{ id: string }>(
        `SELECT ra.id::text FROM role_assignment ra JOIN user_account u ON u.id = ra.account_id WHERE u.username = 'audit.once' ORDER BY ra.id DESC LIMIT 1`,
      );
      return c.hub.raw(`mutation($id: ID!) { revokeRole(assignmentId: $id) { id } }`, {
        id: c.g('RoleAssignment', ra.id),
      });
    },
    updateServiceEvent: async () =>
      c.alpha.raw(
        `mutation($id: ID!, $v: Int!) { updateServiceEvent(id: $id, version: $v, input: { title: "已知活动一·改" }) { id } }`,
        {
          id: c.g('ServiceEvent', c.w.event.e1),
          v: await c.versionOf('service_event', c.w.event.e1),
        },
      ),
    publishCampaign: async () => {
      const [draft] = await c.sql<{ id: string }>(
        `INSERT INTO campaign (name, starts_on, ends_on, status, lead_organisation_id, region_id)
       VALUES ('审计草稿', '2027-03-05', '2027-03-05', 'DRAFT', $1, $2) RETURNING id::text`,
        [c.w.org.alpha, c.w.region.north],
      );
      await c.sql(
        `INSERT INTO campaign_partner (campaign_id, organisation_id, role, status, responded_at) VALUES ($1, $2, 'LEAD', 'ACCEPTED', now())`,
        [draft.id, c.w.org.alpha],
      );
      c.made.draft = draft.id;
      return c.alpha.raw(`mutation($id: ID!) { publishCampaign(id: $id, version: 1) { id } }`, {
        id: c.g('Campaign', draft.id),
      });
    },
    inviteCampaignPartner: () =>
      c.alpha.raw(
        `mutation($c: ID!, $o: ID!) { inviteCampaignPartner(campaignId: $c, organisationId: $o, role: SUPPORTER) { id } }`,
        {
          c: c.g('Campaign', c.made.draft),
          o: c.g('Organisation', c.w.org.beta),
        },
      ),
    confirmPairingVisit: async () => {
      // A visit as its volunteer logged it (set up with SQL, so only the confirmation is counted).
      const [v] = await c.sql<{ id: string }>(
        `INSERT INTO pairing_visit (pairing_id, visited_on, minutes, mode) VALUES ($1, '2026-06-02', 45, 'PHONE') RETURNING id::text`,
        [c.w.pairing.p1],
      );
      const [type] = await c.sql<{ id: string }>(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`);
      return c.alpha.raw(
        `mutation($id: ID!, $s: ID!) { confirmPairingVisit(id: $id, version: 1, serviceTypeId: $s) { id } }`,
        {
          id: c.g('PairingVisit', v.id),
          s: c.g('ServiceType', type.id),
        },
      );
    },
    approveVolunteer: async () =>
      c.alpha.raw(`mutation($id: ID!) { approveVolunteer(id: $id, version: 1) { id } }`, {
        id: c.g('Volunteer', await pendingVolunteer(c, '待审一', 1)),
      }),
    rejectVolunteer: async () =>
      c.alpha.raw(`mutation($id: ID!) { rejectVolunteer(id: $id, version: 1, reason: "信息不全") { id } }`, {
        id: c.g('Volunteer', await pendingVolunteer(c, '待审二', 2)),
      }),
    login: () =>
      c.server.raw(
        `mutation { login(input: { username: "known.north", password: "${TEST_PASSWORD}" }) { accessToken } }`,
      ),
    logout: () => c.north.raw(`mutation { logout }`),
  }),
};
