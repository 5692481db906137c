// People, pairings, training, reported hours and campaigns: one valid invocation each, on the known
// world, with the clock in June 2026 (after the known events, before the sessions they schedule).
import { makeCertificateNumber, makeIdentityNumber } from '../../src/common/identity';
import type { AuditPart } from '../helpers/audit-once';

export const peopleAndPairings: AuditPart = {
  async prepare(c) {
    c.clock.now = new Date('2026-06-10T02:00:00Z');
    const [type] = await c.sql<{ id: string }>(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`);
    c.made.serviceType = c.g('ServiceType', type.id);
    // A campaign of alpha's to which beta is invited and has not answered.
    const [k] = await c.sql<{ id: string }>(
      `INSERT INTO campaign (name, starts_on, ends_on, status, lead_organisation_id, region_id)
       VALUES ('审计邀请行动', '2026-07-01', '2026-07-01', 'PUBLISHED', $1, $2) RETURNING id::text`,
      [c.w.org.alpha, c.w.region.north],
    );
    await c.sql(
      `INSERT INTO campaign_partner (campaign_id, organisation_id, role, status, responded_at)
       VALUES ($1, $2, 'LEAD', 'ACCEPTED', now()), ($1, $3, 'SUPPORTER', 'INVITED', NULL)`,
      [k.id, c.w.org.alpha, c.w.org.beta],
    );
    c.made.invitingCampaign = c.g('Campaign', k.id);
  },
  build: (c) => ({
    // A service-record certificate the volunteer asks for itself; its organisation's admin revokes it.
    issueServiceCertificate: () =>
      c.a1.raw(`mutation($v: ID!) { issueServiceCertificate(input: { volunteerId: $v }) { id } }`, {
        v: c.g('Volunteer', c.w.volunteer.a1),
      }),
    revokeServiceCertificate: () =>
      c.alpha.raw(`mutation($id: ID!) { revokeServiceCertificate(input: { id: $id, reason: "信息有误" }) { id } }`, {
        id: c.made.issueServiceCertificate,
      }),
    createBeneficiary: () => {
      const idNumber = makeIdentityNumber('659004', '1960-03-04', 950);
      return c.north.raw(`mutation($i: BeneficiaryInput!) { createBeneficiary(input: $i) { id } }`, {
        i: {
          realName: '审计丁',
          idNumber,
          certificateNumber: makeCertificateNumber(idNumber, 'PHYSICAL', 3),
          disabilityCategory: 'PHYSICAL',
          disabilityGrade: 3,
          regionId: c.g('Region', c.w.region.northA),
        },
      });
    },
    createHousehold: () =>
      c.north.raw(
        `mutation($r: ID!) { createHousehold(input: { headName: "审计户主", address: "已知路 5 号", regionId: $r, size: 2 }) { id } }`,
        { r: c.g('Region', c.w.region.northA) },
      ),
    registerVolunteer: () =>
      c.server.raw(`mutation($i: VolunteerRegistrationInput!) { registerVolunteer(input: $i) { __typename } }`, {
        i: {
          realName: '审计戊',
          idNumber: makeIdentityNumber('659004', '1999-05-06', 951),
          phone: '13800138099',
          category: 'STUDENT',
          organisationId: c.g('Organisation', c.w.org.alpha),
          consentAccepted: true,
          consentVersion: '2026-01',
        },
      }),
    updateMyVolunteerProfile: async () =>
      c.a1.raw(`mutation($v: Int!) { updateMyVolunteerProfile(version: $v, input: { phone: "13900002222" }) { id } }`, {
        v: await c.versionOf('volunteer', c.w.volunteer.a1),
      }),
    updateVolunteer: async () =>
      c.alpha.raw(
        `mutation($id: ID!, $v: Int!) { updateVolunteer(id: $id, version: $v, input: { insured: true }) { id } }`,
        {
          id: c.g('Volunteer', c.w.volunteer.a2),
          v: await c.versionOf('volunteer', c.w.volunteer.a2),
        },
      ),
    // alpha's a2 helps x3, whom nobody helps yet; the north district's federation branch accepts.
    proposePairing: () =>
      c.alpha.raw(`mutation($i: ProposePairingInput!) { proposePairing(input: $i) { id } }`, {
        i: {
          kind: 'VOLUNTEER_BENEFICIARY',
          volunteerId: c.g('Volunteer', c.w.volunteer.a2),
          beneficiaryId: c.g('Beneficiary', c.w.beneficiary.x3),
        },
      }),
    acceptPairing: () =>
      c.north.raw(`mutation($id: ID!) { acceptPairing(id: $id, version: 1) { id } }`, { id: c.made.proposePairing }),
    scheduleTrainingSession: () =>
      c.alpha.raw(
        `mutation { scheduleTrainingSession(input: { title: "审计培训", heldOn: "2026-06-20", minutes: 90 }) { id } }`,
      ),
    enrolInTraining: () =>
      c.alpha.raw(`mutation($s: ID!, $v: [ID!]!) { enrolInTraining(sessionId: $s, volunteerIds: $v) { enrolled } }`, {
        s: c.made.scheduleTrainingSession,
        v: [c.g('Volunteer', c.w.volunteer.a1)],
      }),
    recordTrainingAttendance: () => {
      c.clock.now = new Date('2026-06-21T02:00:00Z');
      return c.alpha.raw(
        `mutation($s: ID!, $v: [ID!]!) { recordTrainingAttendance(sessionId: $s, attendedVolunteerIds: $v) { id } }`,
        { s: c.made.scheduleTrainingSession, v: [c.g('Volunteer', c.w.volunteer.a1)] },
      );
    },
    reportHours: () =>
      c.a1.raw(`mutation($i: ReportHoursInput!) { reportHours(input: $i) { id } }`, {
        i: {
          organisationId: c.g('Organisation', c.w.org.alpha),
          regionId: c.g('Region', c.w.region.northA),
          servedOn: '2026-06-05',
          minutes: 90,
          serviceTypeId: c.made.serviceType,
          description: '陪同就医',
        },
      }),
    reviewHourReport: () =>
      c.alpha.raw(`mutation($id: ID!) { reviewHourReport(id: $id, version: 1, approve: true) { id } }`, {
        id: c.made.reportHours,
      }),
    createCampaign: () =>
      c.alpha.raw(
        `mutation { createCampaign(input: { name: "审计新行动", startsOn: "2026-08-01", endsOn: "2026-08-02" }) { id } }`,
      ),
    respondToCampaignInvitation: () =>
      c.beta.raw(`mutation($k: ID!) { respondToCampaignInvitation(campaignId: $k, accept: true) { id } }`, {
        k: c.made.invitingCampaign,
      }),
  }),
};
