/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n        query Volunteers {\n          volunteers(first: 5) {\n            totalCount\n            nodes {\n              idNumber\n              phone\n            }\n          }\n        }\n      ": typeof types.VolunteersDocument,
    "\n        query Volunteers2 {\n          volunteers(first: 1, filter: { categories: [STUDENT], statuses: [ACTIVE] }) {\n            totalCount\n          }\n        }\n      ": typeof types.Volunteers2Document,
    "\n        query Organisations {\n          organisations(first: 100, filter: { kinds: [NGO] }) {\n            totalCount\n            nodes {\n              kind\n            }\n          }\n        }\n      ": typeof types.OrganisationsDocument,
    "\n        query Volunteers3($q: String) {\n          volunteers(first: 100, filter: { search: $q }) {\n            nodes {\n              realName\n            }\n          }\n        }\n      ": typeof types.Volunteers3Document,
    "\n        query AnyNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            id\n          }\n        }\n      ": typeof types.AnyNodeDocument,
    "\n        query BeneficiaryAccessNeeds($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on Beneficiary {\n              accessNeeds\n            }\n          }\n        }\n      ": typeof types.BeneficiaryAccessNeedsDocument,
    "\n        query Pairings {\n          pairings(first: 1, filter: { overdue: true }) {\n            totalCount\n          }\n        }\n      ": typeof types.PairingsDocument,
    "\n        query MissingNode($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      ": typeof types.MissingNodeDocument,
    "\n        query Node5 {\n          node(id: \"not-an-id\") {\n            id\n          }\n        }\n      ": typeof types.Node5Document,
    "\n    query Campaigns($n: Int!, $m: Int!) {\n      campaigns(first: $n) {\n        nodes {\n          name\n          leadOrganisation {\n            name\n          }\n          partners(first: $m) {\n            role\n            organisation {\n              name\n            }\n            events(first: $m) {\n              title\n              serviceType {\n                name\n              }\n              participations(first: $m) {\n                minutes\n                volunteer {\n                  realName\n                  homeRegion {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.CampaignsDocument,
    "\n    query Volunteers4($n: Int!, $m: Int!) {\n      volunteers(first: $n) {\n        nodes {\n          starLevel\n          verifiedHours\n          trainingRecord(first: $m) {\n            attended\n            session {\n              title\n            }\n          }\n        }\n      }\n      serviceRequests(first: $n) {\n        nodes {\n          assignedVolunteer {\n            realName\n          }\n          participation {\n            minutes\n            waitlistPosition\n            attendanceMet\n            corrections {\n              requestedMinutes\n            }\n            event {\n              title\n            }\n          }\n        }\n      }\n      pairings(first: $n) {\n        nodes {\n          overdue\n          volunteer {\n            starLevel\n          }\n          visits(first: $m) {\n            minutes\n          }\n        }\n      }\n      campaigns(first: $n) {\n        nodes {\n          contributions {\n            organisation {\n              name\n            }\n            verifiedHours\n          }\n          donationTotals {\n            cashFen\n          }\n        }\n      }\n    }\n  ": typeof types.Volunteers4Document,
    "\n        query Volunteers5 {\n          volunteers(first: 101) {\n            totalCount\n          }\n        }\n      ": typeof types.Volunteers5Document,
    "\n        query Volunteers6 {\n          volunteers(first: 5, after: \"bm9wZQ\") {\n            totalCount\n          }\n        }\n      ": typeof types.Volunteers6Document,
    "\n        query Volunteers7($r: ID) {\n          volunteers(first: 5, filter: { regionId: $r }) {\n            totalCount\n          }\n        }\n      ": typeof types.Volunteers7Document,
    "\n        query Campaigns2 {\n          campaigns(first: 5, filter: { from: \"2026-02-30\" }) {\n            totalCount\n          }\n        }\n      ": typeof types.Campaigns2Document,
    "\n        query Volunteers8 {\n          volunteers(first: 3) {\n            nodes {\n              idNumber\n              phone\n              birthDate\n            }\n          }\n          beneficiaries(first: 3) {\n            nodes {\n              idNumber\n              certificateNumber\n            }\n          }\n        }\n      ": typeof types.Volunteers8Document,
    "\n        query Dashboard4 {\n          dashboard(filter: { from: \"2027-01-01T00:00:00Z\", to: \"2027-02-01T00:00:00Z\" }) {\n            hours {\n              verified\n            }\n          }\n        }\n      ": typeof types.Dashboard4Document,
    "\n          query VolunteerHoursNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on Volunteer {\n                verifiedHours\n              }\n            }\n          }\n        ": typeof types.VolunteerHoursNodeDocument,
    "\n            mutation IssueEventCode2($e: ID!) {\n              issueEventCode(eventId: $e) {\n                code\n                expiresAt\n                event {\n                  id\n                }\n              }\n            }\n          ": typeof types.IssueEventCode2Document,
    "\n          mutation CheckInWithCode($e: ID!, $c: String!) {\n            checkInWithCode(eventId: $e, code: $c) {\n              ...ParticipationFields\n            }\n          }\n        ": typeof types.CheckInWithCodeDocument,
    "\n          mutation CheckOutWithCode($e: ID!, $c: String!) {\n            checkOutWithCode(eventId: $e, code: $c) {\n              ...ParticipationFields\n            }\n          }\n        ": typeof types.CheckOutWithCodeDocument,
    "\n          mutation IssueEventCode3($e: ID!) {\n            issueEventCode(eventId: $e) {\n              code\n            }\n          }\n        ": typeof types.IssueEventCode3Document,
    "\n          mutation CheckInWithCode2($e: ID!, $c: String!) {\n            checkInWithCode(eventId: $e, code: $c) {\n              id\n            }\n          }\n        ": typeof types.CheckInWithCode2Document,
    "\n          mutation VerifyHours2($ids: [ID!]!) {\n            verifyHours(participationIds: $ids) {\n              ...ParticipationFields\n            }\n          }\n        ": typeof types.VerifyHours2Document,
    "\n        mutation RecordPersonTimesServed2($p: ID!, $v: Int!) {\n          recordPersonTimesServed(participationId: $p, version: $v, count: 4) {\n            ...ParticipationFields\n          }\n        }\n      ": typeof types.RecordPersonTimesServed2Document,
    "\n          mutation RequestHourCorrection2($i: HourCorrectionRequestInput!) {\n            requestHourCorrection(input: $i) {\n              id\n              status\n              version\n              previousMinutes\n              requestedMinutes\n            }\n          }\n        ": typeof types.RequestHourCorrection2Document,
    "\n          mutation ResolveHourCorrection2($id: ID!, $v: Int!, $a: Boolean!, $n: String) {\n            resolveHourCorrection(id: $id, version: $v, approve: $a, note: $n) {\n              id\n              status\n              resolutionNote\n            }\n          }\n        ": typeof types.ResolveHourCorrection2Document,
    "\n        query HourCorrections {\n          hourCorrections(first: 10) {\n            totalCount\n            nodes {\n              id\n              participation {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.HourCorrectionsDocument,
    "\n            mutation CancelServiceEvent2($id: ID!, $v: Int!) {\n              cancelServiceEvent(id: $id, version: $v, reason: \"下雨\") {\n                id\n              }\n            }\n          ": typeof types.CancelServiceEvent2Document,
    "\n        mutation CloseServiceEvent2($id: ID!, $v: Int!) {\n          closeServiceEvent(id: $id, version: $v) {\n            status\n          }\n        }\n      ": typeof types.CloseServiceEvent2Document,
    "\n  mutation Login2($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      accessToken\n      expiresAt\n      viewer {\n        username\n        permissions\n        roles {\n          role\n          region {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.Login2Document,
    "\n  mutation RefreshSession2 {\n    refreshSession {\n      accessToken\n    }\n  }\n": typeof types.RefreshSession2Document,
    "\n  query Viewer2 {\n    viewer {\n      username\n    }\n    volunteers(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.Viewer2Document,
    "\n        mutation Logout2 {\n          logout\n        }\n      ": typeof types.Logout2Document,
    "\n      mutation InviteAccount2($u: String!, $m: String!, $s: ID!) {\n        inviteAccount(\n          input: {\n            username: $u\n            mobile: $m\n            displayName: \"站点协调员\"\n            roles: [{ role: STATION_COORDINATOR, stationId: $s }]\n          }\n        ) {\n          status\n          account {\n            username\n            activated\n            roles {\n              role\n              station {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.InviteAccount2Document,
    "\n      mutation InviteAccount3($input: InviteAccountInput!) {\n        inviteAccount(input: $input) {\n          id\n        }\n      }\n    ": typeof types.InviteAccount3Document,
    "\n        mutation DisableAccount2($id: ID!) {\n          disableAccount(accountId: $id) {\n            status\n          }\n        }\n      ": typeof types.DisableAccount2Document,
    "\n        mutation DisableAccount3($id: ID!) {\n          disableAccount(accountId: $id) {\n            status\n          }\n        }\n      ": typeof types.DisableAccount3Document,
    "\n        query Campaigns3 {\n          campaigns(first: 100) {\n            nodes {\n              partners(first: 100) {\n                events(first: 100) {\n                  participations(first: 100) {\n                    volunteer {\n                      realName\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.Campaigns3Document,
    "\n        query Regions {\n          regions(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.RegionsDocument,
    "\n        query Regions2 {\n          regions(first: 1000) {\n            totalCount\n          }\n        }\n      ": typeof types.Regions2Document,
    "\n          query Regions3 {\n            regions(first: 1) {\n              totalCount\n            }\n          }\n        ": typeof types.Regions3Document,
    "\n    mutation CreateBeneficiary2($input: BeneficiaryInput!) {\n      createBeneficiary(input: $input) {\n        id\n        disabilityCategory\n        disabilityGrade\n        certificateNumber\n        station {\n          id\n        }\n      }\n    }\n  ": typeof types.CreateBeneficiary2Document,
    "\n      mutation UpdateBeneficiary2($id: ID!, $v: Int!, $input: BeneficiaryUpdateInput!) {\n        updateBeneficiary(id: $id, version: $v, input: $input) {\n          version\n          accessNeeds\n          disabilityGrade\n        }\n      }\n    ": typeof types.UpdateBeneficiary2Document,
    "\n      query Campaigns7 {\n        campaigns(first: 50) {\n          nodes {\n            id\n            ...CampaignFigures\n          }\n        }\n      }\n    ": typeof types.Campaigns7Document,
    "\n      query Campaigns8($n: Int!) {\n        campaigns(first: $n) {\n          nodes {\n            id\n            ...CampaignFigures\n            contributions {\n              organisation {\n                name\n                region {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.Campaigns8Document,
    "\n        query ThemeDayPresets2 {\n          themeDayPresets(year: 2026) {\n            themeDay\n            date\n            name\n            description\n          }\n        }\n      ": typeof types.ThemeDayPresets2Document,
    "\n        query ThemeDayPresets3 {\n          themeDayPresets(year: 2027) {\n            themeDay\n            date\n          }\n        }\n      ": typeof types.ThemeDayPresets3Document,
    "\n        query ThemeDayPresets4 {\n          themeDayPresets(year: 1999) {\n            date\n          }\n        }\n      ": typeof types.ThemeDayPresets4Document,
    "\n        query Campaigns6($o: ID) {\n          campaigns(first: 50, filter: { organisationId: $o }) {\n            nodes {\n              id\n              status\n            }\n          }\n        }\n      ": typeof types.Campaigns6Document,
    "\n  mutation IssueCertificate($input: IssueServiceCertificateInput!) {\n    issueServiceCertificate(input: $input) {\n      id\n      code\n      pdfUrl\n      verifyPath\n      revokedAt\n      issuer {\n        name\n      }\n      facts {\n        name\n        maskedIdNumber\n        totalHours\n        eventCount\n        starLevel\n        issuer\n        hoursByYear {\n          year\n          hours\n        }\n      }\n      viewerCan {\n        revoke\n      }\n    }\n  }\n": typeof types.IssueCertificateDocument,
    "\n  mutation RevokeCertificate($input: RevokeServiceCertificateInput!) {\n    revokeServiceCertificate(input: $input) {\n      id\n      revokedAt\n      revokeReason\n      viewerCan {\n        revoke\n      }\n    }\n  }\n": typeof types.RevokeCertificateDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyServiceCertificate(code: $code) {\n      code\n      issuedAt\n      revoked\n      revokedAt\n      facts {\n        name\n        maskedIdNumber\n        totalHours\n        eventCount\n        starLevel\n        issuer\n        periodFrom\n        periodTo\n        registeredWith\n        servedWith\n        hoursByYear {\n          year\n          hours\n        }\n        hoursByServiceType {\n          serviceType\n          hours\n        }\n        events {\n          title\n          date\n          hours\n        }\n      }\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n              query VolunteerStarNode($id: ID!) {\n                node(id: $id) {\n                  __typename\n                  ... on Volunteer {\n                    starLevel\n                    verifiedHours\n                  }\n                }\n              }\n            ": typeof types.VolunteerStarNodeDocument,
    "\n      mutation SetStarThresholds2($r: ID!, $h: [Int!]) {\n        setStarThresholds(regionId: $r, hours: $h) {\n          starThresholdsHours\n        }\n      }\n    ": typeof types.SetStarThresholds2Document,
    "\n        query CommendationCandidates2 {\n          commendationCandidates(year: 2026, first: 10) {\n            rank\n            verifiedHours\n            events\n            volunteer {\n              id\n            }\n          }\n        }\n      ": typeof types.CommendationCandidates2Document,
    "\n        query CommendationCandidates3 {\n          commendationCandidates(year: 2026, first: 1) {\n            volunteer {\n              id\n              organisation {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.CommendationCandidates3Document,
    "\n      mutation AwardCommendation2($input: AwardCommendationInput!) {\n        awardCommendation(input: $input) {\n          id\n          title\n          year\n          awardedBy {\n            id\n          }\n        }\n      }\n    ": typeof types.AwardCommendation2Document,
    "\n        query CommendationCandidates4 {\n          commendationCandidates(year: 2026, first: 1) {\n            commended\n          }\n        }\n      ": typeof types.CommendationCandidates4Document,
    "\n  query ContributionPage($id: ID!) {\n    node(id: $id) {\n      ... on Campaign {\n        contributions {\n          organisation {\n            id\n          }\n          volunteers\n          events\n          verifiedMinutes\n          verifiedHours\n          personTimesServed\n          donationCashFen\n          donationItems\n        }\n      }\n    }\n  }\n": typeof types.ContributionPageDocument,
    "\n  query ContributionDashboard($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      campaigns {\n        campaignId\n        partners {\n          organisationId\n          role\n          volunteers\n          events\n          verifiedHours\n          personTimes\n          donationsFen\n        }\n      }\n    }\n  }\n": typeof types.ContributionDashboardDocument,
    "\n  query DashboardCacheRead($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        volunteers\n      }\n      donations {\n        cashFen\n      }\n    }\n  }\n": typeof types.DashboardCacheReadDocument,
    "\n    query DashboardAfterWrite {\n      dashboard {\n        counts {\n          volunteers\n        }\n        donations {\n          cashFen\n        }\n        hours {\n          verified\n        }\n      }\n    }\n  ": typeof types.DashboardAfterWriteDocument,
    "\n  query DashboardRollups($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        events\n        activeVolunteers\n      }\n      hours {\n        verified\n        byMonth {\n          key\n          value\n        }\n      }\n      personTimes {\n        total\n        byRegion {\n          key\n          value\n        }\n      }\n    }\n  }\n": typeof types.DashboardRollupsDocument,
    "\n        mutation MoveEventForRollups($id: ID!, $v: Int!, $s: DateTimeISO!, $e: DateTimeISO!) {\n          updateServiceEvent(id: $id, version: $v, input: { startsAt: $s, endsAt: $e }) {\n            id\n          }\n        }\n      ": typeof types.MoveEventForRollupsDocument,
    "\n        mutation VerifyHoursForRollups($ids: [ID!]!) {\n          verifyHours(participationIds: $ids) {\n            id\n            version\n          }\n        }\n      ": typeof types.VerifyHoursForRollupsDocument,
    "\n        mutation PersonTimesForRollups($p: ID!, $v: Int!) {\n          recordPersonTimesServed(participationId: $p, version: $v, count: 6) {\n            id\n          }\n        }\n      ": typeof types.PersonTimesForRollupsDocument,
    "\n  query Dashboard2($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        stations\n        teams\n        volunteers\n        activeVolunteers\n        volunteersByStatus {\n          key\n          value\n        }\n      }\n      composition {\n        studentShare\n        insuredShare\n        byCategory {\n          key\n          value\n        }\n        byStarLevel {\n          key\n          value\n        }\n        byAgeBand {\n          key\n          value\n        }\n        byOrganisationKind {\n          key\n          value\n        }\n      }\n      hours {\n        verified\n        byMonth {\n          key\n          value\n        }\n        byServiceType {\n          key\n          value\n        }\n        byOrganisation {\n          key\n          value\n        }\n      }\n      personTimes {\n        total\n        byMonth {\n          key\n          value\n        }\n        byRegion {\n          key\n          label\n          value\n        }\n        byServiceType {\n          key\n          value\n        }\n      }\n      pairings {\n        overdue\n        coverage\n        byKind {\n          key\n          value\n        }\n        byStatus {\n          key\n          value\n        }\n        coverageByRegion {\n          key\n          value\n        }\n      }\n      campaigns {\n        campaignId\n        partners {\n          organisationId\n          events\n          volunteers\n          verifiedHours\n          personTimes\n          donationsFen\n        }\n      }\n      training {\n        active\n        trained\n        share\n      }\n      donations {\n        cashFen\n        inKindByItem {\n          key\n          value\n        }\n      }\n      disability {\n        beneficiaries\n        byCategory {\n          key\n          value\n        }\n        byGrade {\n          key\n          value\n        }\n      }\n    }\n  }\n": typeof types.Dashboard2Document,
    "\n          query Dashboard3 {\n            dashboard {\n              composition {\n                byStarLevel {\n                  key\n                  value\n                }\n              }\n            }\n          }\n        ": typeof types.Dashboard3Document,
    "\n  query DashboardLabels($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        volunteersByStatus {\n          key\n          label\n          value\n        }\n      }\n      composition {\n        byStarLevel {\n          key\n          label\n          value\n        }\n      }\n      disability {\n        byGrade {\n          key\n          label\n          value\n        }\n      }\n    }\n  }\n": typeof types.DashboardLabelsDocument,
    "\n        query CampaignFiguresNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on Campaign {\n              ...CampaignFigures\n            }\n          }\n        }\n      ": typeof types.CampaignFiguresNodeDocument,
    "\n        query Donations($c: ID) {\n          donations(first: 100, filter: { campaignId: $c }) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.DonationsDocument,
    "\n        query Node12($e: ID!) {\n          node(id: $e) {\n            ... on ServiceEvent {\n              capacity\n              placesTaken\n              waitlistLength\n            }\n          }\n        }\n      ": typeof types.Node12Document,
    "\n        query Node13($e: ID!) {\n          node(id: $e) {\n            ... on ServiceEvent {\n              placesTaken\n              waitlistLength\n            }\n          }\n        }\n      ": typeof types.Node13Document,
    "\n          mutation UpdateServiceEvent2($id: ID!, $v: Int!, $c: Int) {\n            updateServiceEvent(id: $id, version: $v, input: { capacity: $c }) {\n              ...EventFields\n            }\n          }\n        ": typeof types.UpdateServiceEvent2Document,
    "\n            mutation CloseServiceEvent3($id: ID!, $v: Int!) {\n              closeServiceEvent(id: $id, version: $v) {\n                id\n              }\n            }\n          ": typeof types.CloseServiceEvent3Document,
    "\n            mutation CancelServiceEvent3($id: ID!, $v: Int!) {\n              cancelServiceEvent(id: $id, version: $v, reason: \" \") {\n                id\n              }\n            }\n          ": typeof types.CancelServiceEvent3Document,
    "\n        mutation CancelServiceEvent4($id: ID!, $v: Int!) {\n          cancelServiceEvent(id: $id, version: $v, reason: \"场地临时不可用\") {\n            status\n          }\n        }\n      ": typeof types.CancelServiceEvent4Document,
    "\n    query ServiceEvents($n: Int!, $m: Int!) {\n      serviceEvents(first: $n) {\n        nodes {\n          title\n          verifiedMinutes\n          attendanceShare\n          participations(first: $m) {\n            status\n            waitlistPosition\n            attendanceMet\n            corrections {\n              requestedMinutes\n            }\n            volunteer {\n              realName\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.ServiceEventsDocument,
    "\n  mutation FirstAdminActivate($c: String!, $p: String!) {\n    activateAccount(code: $c, password: $p)\n  }\n": typeof types.FirstAdminActivateDocument,
    "\n  mutation FirstAdminLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      viewer {\n        username\n        roles {\n          role\n        }\n      }\n    }\n  }\n": typeof types.FirstAdminLoginDocument,
    "\n  mutation HelperInviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      id\n      status\n      account {\n        id\n        username\n      }\n    }\n  }\n": typeof types.HelperInviteAccountDocument,
    "\n  query HelperOutbox($recipient: String!) {\n    accountCodeOutbox(first: 100, recipient: $recipient) {\n      nodes {\n        kind\n        code\n        link\n      }\n    }\n  }\n": typeof types.HelperOutboxDocument,
    "\n  mutation HelperActivate($code: String!, $password: String!) {\n    activateAccount(code: $code, password: $password)\n  }\n": typeof types.HelperActivateDocument,
    "\n      mutation CreateServiceEvent2($i: CreateServiceEventInput!) {\n        createServiceEvent(input: $i) {\n          ...EventFields\n        }\n      }\n    ": typeof types.CreateServiceEvent2Document,
    "\n      mutation EnrolVolunteerInEvent2($e: ID!, $v: ID!) {\n        enrolVolunteerInEvent(eventId: $e, volunteerId: $v) {\n          ...ParticipationFields\n        }\n      }\n    ": typeof types.EnrolVolunteerInEvent2Document,
    "\n      mutation SignUpForEvent2($e: ID!) {\n        signUpForEvent(eventId: $e) {\n          ...ParticipationFields\n        }\n      }\n    ": typeof types.SignUpForEvent2Document,
    "\n      mutation CancelSignUp2($p: ID!, $v: Int!) {\n        cancelSignUp(participationId: $p, version: $v) {\n          ...ParticipationFields\n        }\n      }\n    ": typeof types.CancelSignUp2Document,
    "\n      mutation CheckIn2($p: ID!, $v: Int!, $at: DateTimeISO) {\n        checkIn(participationId: $p, version: $v, at: $at) {\n          ...ParticipationFields\n        }\n      }\n    ": typeof types.CheckIn2Document,
    "\n      mutation CheckOut2($p: ID!, $v: Int!, $at: DateTimeISO) {\n        checkOut(participationId: $p, version: $v, at: $at) {\n          ...ParticipationFields\n        }\n      }\n    ": typeof types.CheckOut2Document,
    "\n          query ParticipationNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on Participation {\n                ...ParticipationFields\n                corrections {\n                  id\n                  status\n                  previousMinutes\n                  requestedMinutes\n                }\n              }\n            }\n          }\n        ": typeof types.ParticipationNodeDocument,
    "\n          query EventNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on ServiceEvent {\n                ...EventFields\n              }\n            }\n          }\n        ": typeof types.EventNodeDocument,
    "\n  query ImportJobState($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      kind\n      status\n      done\n      total\n      result\n      errorMessage\n    }\n  }\n": typeof types.ImportJobStateDocument,
    "\n  mutation ConfirmImport($id: ID!) {\n    confirmSpreadsheetImport(id: $id) {\n      id\n      status\n      total\n    }\n  }\n": typeof types.ConfirmImportDocument,
    "\n  mutation NSetContact($input: NotificationContactInput!) {\n    setNotificationContact(input: $input) {\n      email\n      mobile\n      locale\n    }\n  }\n": typeof types.NSetContactDocument,
    "\n  mutation NSetPreference($kind: NotificationKind!, $email: Boolean!, $sms: Boolean!) {\n    setNotificationPreference(kind: $kind, email: $email, sms: $sms) {\n      kind\n      email\n      sms\n      mandatory\n    }\n  }\n": typeof types.NSetPreferenceDocument,
    "\n  query NPreferences {\n    notificationPreferences {\n      email\n      mobile\n      locale\n      kinds {\n        kind\n        email\n        sms\n        mandatory\n      }\n    }\n  }\n": typeof types.NPreferencesDocument,
    "\n  query NInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        read\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n": typeof types.NInboxDocument,
    "\n  mutation NMarkRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": typeof types.NMarkReadDocument,
    "\n  mutation NApproveVolunteer($id: ID!) {\n    approveVolunteer(id: $id, version: 1) {\n      status\n    }\n  }\n": typeof types.NApproveVolunteerDocument,
    "\n  mutation NRejectVolunteer($id: ID!, $reason: String!) {\n    rejectVolunteer(id: $id, version: 1, reason: $reason) {\n      status\n    }\n  }\n": typeof types.NRejectVolunteerDocument,
    "\n  mutation NInvite($campaignId: ID!, $organisationId: ID!) {\n    inviteCampaignPartner(campaignId: $campaignId, organisationId: $organisationId, role: SUPPORTER) {\n      status\n    }\n  }\n": typeof types.NInviteDocument,
    "\n  mutation NRespond($campaignId: ID!, $accept: Boolean!) {\n    respondToCampaignInvitation(campaignId: $campaignId, accept: $accept) {\n      status\n    }\n  }\n": typeof types.NRespondDocument,
    "\n  mutation NUpdateEvent($id: ID!, $version: Int!, $input: UpdateServiceEventInput!) {\n    updateServiceEvent(id: $id, version: $version, input: $input) {\n      version\n    }\n  }\n": typeof types.NUpdateEventDocument,
    "\n  mutation NCancelEvent($id: ID!, $version: Int!, $reason: String!) {\n    cancelServiceEvent(id: $id, version: $version, reason: $reason) {\n      status\n    }\n  }\n": typeof types.NCancelEventDocument,
    "\n  mutation NCancelSignUp($id: ID!, $version: Int!) {\n    cancelSignUp(participationId: $id, version: $version) {\n      status\n    }\n  }\n": typeof types.NCancelSignUpDocument,
    "\n  mutation NAssign($id: ID!, $volunteerId: ID!) {\n    assignServiceRequest(id: $id, version: 1, volunteerId: $volunteerId) {\n      status\n    }\n  }\n": typeof types.NAssignDocument,
    "\n  mutation NPropose($input: ProposePairingInput!) {\n    proposePairing(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.NProposeDocument,
    "\n  mutation NAccept($id: ID!, $version: Int!) {\n    acceptPairing(id: $id, version: $version) {\n      status\n    }\n  }\n": typeof types.NAcceptDocument,
    "\n  mutation NReview($id: ID!, $approve: Boolean!, $note: String) {\n    reviewHourReport(id: $id, version: 1, approve: $approve, note: $note) {\n      status\n    }\n  }\n": typeof types.NReviewDocument,
    "\n  mutation NResolve($id: ID!, $approve: Boolean!, $note: String) {\n    resolveHourCorrection(id: $id, version: 1, approve: $approve, note: $note) {\n      status\n    }\n  }\n": typeof types.NResolveDocument,
    "\n  mutation TestLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      accessToken\n    }\n  }\n": typeof types.TestLoginDocument,
    "\n        mutation ReportHours2($i: ReportHoursInput!) {\n          reportHours(input: $i) {\n            id\n            status\n            version\n            minutes\n          }\n        }\n      ": typeof types.ReportHours2Document,
    "\n        mutation ReviewHourReport2($id: ID!, $v: Int!, $a: Boolean!, $n: String) {\n          reviewHourReport(id: $id, version: $v, approve: $a, note: $n) {\n            id\n            status\n            resolutionNote\n            participation {\n              minutes\n              verifiedAt\n              status\n              event {\n                origin\n                status\n                capacity\n                startsAt\n                endsAt\n                personTimesServed\n              }\n            }\n          }\n        }\n      ": typeof types.ReviewHourReport2Document,
    "\n        query HourReports {\n          hourReports(first: 10) {\n            totalCount\n            nodes {\n              status\n            }\n          }\n        }\n      ": typeof types.HourReportsDocument,
    "\n        query HourReports2 {\n          hourReports(first: 10) {\n            totalCount\n          }\n        }\n      ": typeof types.HourReports2Document,
    "\n  mutation LifecycleSignUp($e: ID!) {\n    signUpForEvent(eventId: $e) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.LifecycleSignUpDocument,
    "\n    mutation LifecycleCreateEvent($input: CreateServiceEventInput!) {\n      createServiceEvent(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LifecycleCreateEventDocument,
    "\n      mutation LifecycleMoveEvent($id: ID!, $version: Int!, $input: UpdateServiceEventInput!) {\n        updateServiceEvent(id: $id, version: $version, input: $input) {\n          startsAt\n          version\n        }\n      }\n    ": typeof types.LifecycleMoveEventDocument,
    "\n    mutation LifecycleCheckIn($p: ID!, $v: Int!) {\n      checkIn(participationId: $p, version: $v) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.LifecycleCheckInDocument,
    "\n    mutation LifecycleUndoCheckIn($p: ID!, $v: Int!) {\n      undoCheckIn(participationId: $p, version: $v, reason: \"签错了人\") {\n        id\n        status\n        checkInAt\n        version\n      }\n    }\n  ": typeof types.LifecycleUndoCheckInDocument,
    "\n    mutation LifecycleCloseCampaign($id: ID!, $v: Int!, $events: CampaignEventsOnClose) {\n      closeCampaign(id: $id, version: $v, events: $events) {\n        status\n      }\n    }\n  ": typeof types.LifecycleCloseCampaignDocument,
    "\n  query ExportVolunteersCompare($first: Int!, $after: String, $filter: VolunteerFilter) {\n    volunteers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        realName\n        phone\n        status\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ExportVolunteersCompareDocument,
    "\n  query ExportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      kind\n      status\n      done\n      total\n      result\n      resultUrl\n    }\n  }\n": typeof types.ExportJobDocument,
    "\n  fragment CampaignFields on Campaign {\n    id\n    name\n    status\n    version\n    startsOn\n    endsOn\n    themeDay\n    leadOrganisation {\n      id\n    }\n    region {\n      id\n    }\n    partners {\n      organisation {\n        id\n      }\n      role\n      status\n      respondedAt\n    }\n  }\n": typeof types.CampaignFieldsFragmentDoc,
    "\n  mutation CreateCampaign2($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.CreateCampaign2Document,
    "\n  mutation UpdateCampaign2($id: ID!, $v: Int!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, version: $v, input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.UpdateCampaign2Document,
    "\n  mutation InviteCampaignPartner2($c: ID!, $o: ID!, $role: PartnerRole!, $v: Int) {\n    inviteCampaignPartner(campaignId: $c, organisationId: $o, role: $role, version: $v) {\n      id\n      role\n      status\n      respondedAt\n      version\n      campaign {\n        version\n      }\n    }\n  }\n": typeof types.InviteCampaignPartner2Document,
    "\n  mutation RespondToCampaignInvitation2($c: ID!, $accept: Boolean!, $v: Int) {\n    respondToCampaignInvitation(campaignId: $c, accept: $accept, version: $v) {\n      id\n      status\n      respondedAt\n      version\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.RespondToCampaignInvitation2Document,
    "\n  mutation PublishCampaign2($id: ID!, $v: Int!) {\n    publishCampaign(id: $id, version: $v) {\n      status\n      version\n    }\n  }\n": typeof types.PublishCampaign2Document,
    "\n  mutation CloseCampaign2($id: ID!, $v: Int!) {\n    closeCampaign(id: $id, version: $v) {\n      status\n      version\n    }\n  }\n": typeof types.CloseCampaign2Document,
    "\n  mutation RecordDonation2($input: RecordDonationInput!) {\n    recordDonation(input: $input) {\n      id\n      version\n      kind\n      amountFen\n      item\n      quantity\n      unit\n      donatedOn\n      donorName\n      donorOrganisation {\n        id\n      }\n      campaign {\n        id\n      }\n      voidedAt\n    }\n  }\n": typeof types.RecordDonation2Document,
    "\n  mutation VoidDonation2($id: ID!, $v: Int!, $reason: String!) {\n    voidDonation(id: $id, version: $v, reason: $reason) {\n      id\n      voidedAt\n    }\n  }\n": typeof types.VoidDonation2Document,
    "\n  fragment CampaignFigures on Campaign {\n    contributions {\n      organisation {\n        id\n      }\n      role\n      status\n      volunteers\n      events\n      verifiedMinutes\n      verifiedHours\n      personTimesServed\n      donationCashFen\n      donationItems\n    }\n    donationTotals {\n      cashFen\n      inKind {\n        item\n        unit\n        quantity\n      }\n    }\n  }\n": typeof types.CampaignFiguresFragmentDoc,
    "\n  fragment ParticipationFields on Participation {\n    id\n    status\n    version\n    minutes\n    presentMinutes\n    checkInAt\n    checkOutAt\n    verifiedAt\n    waitlistPosition\n    attendanceMet\n    personTimesServed\n  }\n": typeof types.ParticipationFieldsFragmentDoc,
    "\n  fragment EventFields on ServiceEvent {\n    id\n    status\n    version\n    capacity\n    verifiedMinutes\n    verifiedHours\n    personTimesServed\n    attendanceShare\n    organiser {\n      id\n    }\n    region {\n      id\n    }\n    station {\n      id\n    }\n  }\n": typeof types.EventFieldsFragmentDoc,
    "\n  query TestTodo($first: Int!, $after: String) {\n    todo {\n      totalCount\n      counts {\n        kind\n        count\n      }\n      items(first: $first, after: $after) {\n        nodes {\n          kind\n          id\n          at\n          label\n          targetType\n          targetId\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.TestTodoDocument,
    "\n  mutation TestLiveApprove($id: ID!, $version: Int!) {\n    approveVolunteer(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.TestLiveApproveDocument,
    "\n  mutation TestLiveCancelSignUp($id: ID!, $version: Int!) {\n    cancelSignUp(participationId: $id, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.TestLiveCancelSignUpDocument,
    "\n  fragment PairingFields on Pairing {\n    id\n    kind\n    status\n    version\n    startedOn\n    endedOn\n    endReason\n    lastVisitAt\n    overdue\n    ownerA {\n      id\n    }\n    ownerB {\n      id\n    }\n  }\n": typeof types.PairingFieldsFragmentDoc,
    "\n  mutation ProposePairing2($input: ProposePairingInput!) {\n    proposePairing(input: $input) {\n      ...PairingFields\n    }\n  }\n": typeof types.ProposePairing2Document,
    "\n  mutation AcceptPairing2($id: ID!, $v: Int!) {\n    acceptPairing(id: $id, version: $v) {\n      ...PairingFields\n    }\n  }\n": typeof types.AcceptPairing2Document,
    "\n  mutation PausePairing2($id: ID!, $v: Int!, $r: String) {\n    pausePairing(id: $id, version: $v, reason: $r) {\n      ...PairingFields\n    }\n  }\n": typeof types.PausePairing2Document,
    "\n  mutation ResumePairing2($id: ID!, $v: Int!) {\n    resumePairing(id: $id, version: $v) {\n      ...PairingFields\n    }\n  }\n": typeof types.ResumePairing2Document,
    "\n  mutation EndPairing2($id: ID!, $v: Int!, $r: String!) {\n    endPairing(id: $id, version: $v, reason: $r) {\n      ...PairingFields\n    }\n  }\n": typeof types.EndPairing2Document,
    "\n  mutation LogPairingVisit2($input: LogPairingVisitInput!) {\n    logPairingVisit(input: $input) {\n      visit {\n        id\n        visitedOn\n        minutes\n        mode\n        notes\n      }\n      pairing {\n        id\n        lastVisitAt\n        version\n      }\n      donation {\n        kind\n        item\n        quantity\n        unit\n        amountFen\n        donorName\n        donorOrganisation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LogPairingVisit2Document,
    "\n  query Pairings4($f: PairingFilter) {\n    pairings(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n        overdue\n      }\n    }\n  }\n": typeof types.Pairings4Document,
    "\n  mutation RegisterVolunteer2($input: VolunteerRegistrationInput!) {\n    registerVolunteer(input: $input) {\n      reference\n      station {\n        name\n        phone\n      }\n      status\n      registeredAt\n    }\n  }\n": typeof types.RegisterVolunteer2Document,
    "\n  mutation SubmitServiceRequest2($input: SubmitServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      reference\n      station {\n        name\n        phone\n      }\n      status\n      createdAt\n    }\n  }\n": typeof types.SubmitServiceRequest2Document,
    "\n  fragment RequestFields on ServiceRequest {\n    id\n    status\n    version\n    callbackRequested\n    closingNote\n    phone\n    assignedVolunteer {\n      id\n    }\n    participation {\n      id\n      minutes\n      status\n      verifiedAt\n    }\n  }\n": typeof types.RequestFieldsFragmentDoc,
    "\n  mutation CreateServiceRequest2($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      ...RequestFields\n      requesterName\n      beneficiary {\n        id\n      }\n    }\n  }\n": typeof types.CreateServiceRequest2Document,
    "\n  mutation AssignServiceRequest2($id: ID!, $v: Int!, $vol: ID!) {\n    assignServiceRequest(id: $id, version: $v, volunteerId: $vol) {\n      ...RequestFields\n    }\n  }\n": typeof types.AssignServiceRequest2Document,
    "\n  mutation CompleteServiceRequest2($id: ID!, $v: Int!, $m: Int!, $p: Int, $n: String) {\n    completeServiceRequest(id: $id, version: $v, minutes: $m, personTimesServed: $p, note: $n) {\n      ...RequestFields\n    }\n  }\n": typeof types.CompleteServiceRequest2Document,
    "\n  mutation CancelServiceRequest2($id: ID!, $v: Int!, $r: String!) {\n    cancelServiceRequest(id: $id, version: $v, reason: $r) {\n      ...RequestFields\n    }\n  }\n": typeof types.CancelServiceRequest2Document,
    "\n  query RequestNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ServiceRequest {\n        ...RequestFields\n      }\n    }\n  }\n": typeof types.RequestNodeDocument,
    "\n      query PairingParties($id: ID!) {\n        node(id: $id) {\n          ... on Pairing {\n            volunteer {\n              id\n            }\n            parties {\n              helper\n              helped\n            }\n          }\n        }\n      }\n    ": typeof types.PairingPartiesDocument,
    "\n          query PairingOverdueNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on Pairing {\n                overdue\n              }\n            }\n          }\n        ": typeof types.PairingOverdueNodeDocument,
    "\n              query Dashboard5($f: DashboardFilter) {\n                dashboard(filter: $f) {\n                  pairings {\n                    overdue\n                  }\n                }\n              }\n            ": typeof types.Dashboard5Document,
    "\n        query __schema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      ": typeof types.__SchemaDocument,
    "\n        query Regions4 {\n          regions(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.Regions4Document,
    "\n        query Volunteers9 {\n          volunteers(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.Volunteers9Document,
    "\n  mutation ReferencesCreateEvent($input: CreateServiceEventInput!) {\n    createServiceEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.ReferencesCreateEventDocument,
    "\n  query RegistryViewerCan($org: ID!, $station: ID!, $team: ID!, $type: ID!, $skill: ID!) {\n    org: node(id: $org) {\n      ... on Organisation {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    station: node(id: $station) {\n      ... on ServiceStation {\n        viewerCan {\n          edit\n          suspend\n          editBoard\n        }\n      }\n    }\n    team: node(id: $team) {\n      ... on VolunteerTeam {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    type: node(id: $type) {\n      ... on ServiceType {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    skill: node(id: $skill) {\n      ... on Skill {\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n": typeof types.RegistryViewerCanDocument,
    "\n  query RegistryPublicViewerCan {\n    organisations(first: 5) {\n      nodes {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    serviceStations(first: 5) {\n      nodes {\n        viewerCan {\n          edit\n          suspend\n          editBoard\n        }\n      }\n    }\n  }\n": typeof types.RegistryPublicViewerCanDocument,
    "\n  mutation ViewerCanRenameOrganisation($id: ID!, $version: Int!, $name: String!) {\n    updateOrganisation(id: $id, version: $version, input: { name: $name }) {\n      version\n    }\n  }\n": typeof types.ViewerCanRenameOrganisationDocument,
    "\n  mutation ViewerCanRenameServiceType($id: ID!, $version: Int!, $name: String!) {\n    updateServiceType(id: $id, version: $version, input: { name: $name }) {\n      version\n    }\n  }\n": typeof types.ViewerCanRenameServiceTypeDocument,
    "\n  mutation RegistryCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n      status\n      version\n      contactPhone\n      contactEmail\n    }\n  }\n": typeof types.RegistryCreateOrganisationDocument,
    "\n  mutation RegistryUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.RegistryUpdateOrganisationDocument,
    "\n  mutation RegistryOrganisationStatus($id: ID!, $version: Int!, $status: RegistryStatus!, $reason: String) {\n    setOrganisationStatus(id: $id, version: $version, status: $status, reason: $reason) {\n      status\n      version\n    }\n  }\n": typeof types.RegistryOrganisationStatusDocument,
    "\n  mutation RegistryInvite($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      id\n      status\n      destination\n      account {\n        id\n        activated\n      }\n    }\n  }\n": typeof types.RegistryInviteDocument,
    "\n  mutation RegistryCreateTeam($input: CreateVolunteerTeamInput!) {\n    createVolunteerTeam(input: $input) {\n      id\n      name\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.RegistryCreateTeamDocument,
    "\n  mutation RegistryCreateStation($input: CreateServiceStationInput!) {\n    createServiceStation(input: $input) {\n      id\n      name\n      contactPhone\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.RegistryCreateStationDocument,
    "\n  mutation RegistryCreateServiceType($input: CreateServiceTypeInput!) {\n    createServiceType(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.RegistryCreateServiceTypeDocument,
    "\n  query RegistryInvitations {\n    invitations(first: 100) {\n      nodes {\n        id\n        status\n        account {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RegistryInvitationsDocument,
    "\n  mutation RegistryRevoke($id: ID!) {\n    revokeInvitation(invitationId: $id) {\n      status\n    }\n  }\n": typeof types.RegistryRevokeDocument,
    "\n  mutation RegistryResend($id: ID!) {\n    resendInvitation(invitationId: $id) {\n      status\n    }\n  }\n": typeof types.RegistryResendDocument,
    "\n  query RegistryViewer {\n    viewer {\n      username\n      roles {\n        role\n      }\n    }\n  }\n": typeof types.RegistryViewerDocument,
    "\n  mutation RegistryApprove($id: ID!, $v: Int!) {\n    approveVolunteer(id: $id, version: $v) {\n      status\n    }\n  }\n": typeof types.RegistryApproveDocument,
    "\n  query RegistryMyParticipations {\n    participations(first: 10) {\n      nodes {\n        status\n        event {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RegistryMyParticipationsDocument,
    "\n  mutation RegistryReset($id: ID!) {\n    resetPassword(accountId: $id) {\n      id\n    }\n  }\n": typeof types.RegistryResetDocument,
    "\n  mutation RegistryForgot($login: String!) {\n    requestPasswordReset(login: $login)\n  }\n": typeof types.RegistryForgotDocument,
    "\n      query ServiceRequests($n: Int!) {\n        serviceRequests(first: $n) {\n          nodes {\n            status\n            assignedVolunteer {\n              id\n            }\n            participation {\n              minutes\n              volunteer {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ServiceRequestsDocument,
    "\n  query SpreadsheetImportCheck($id: ID!) {\n    spreadsheetImport(id: $id) {\n      id\n      rowCount\n      errorRowCount\n      problems {\n        row\n        column\n        header\n        key\n        message\n      }\n      job {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SpreadsheetImportCheckDocument,
    "\n  mutation ConfirmSpreadsheetImport($id: ID!) {\n    confirmSpreadsheetImport(id: $id) {\n      id\n      status\n      total\n    }\n  }\n": typeof types.ConfirmSpreadsheetImportDocument,
    "\n  query ImportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      kind\n      status\n      done\n      total\n      result\n      errorMessage\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n    mutation UpdateStationBoard2($id: ID!, $v: Int!, $input: StationBoardInput!) {\n      updateStationBoard(id: $id, version: $v, input: $input) {\n        version\n        openingHours\n        contactPhone\n        serviceTypes {\n          id\n        }\n      }\n    }\n  ": typeof types.UpdateStationBoard2Document,
    "\n        query StationBoardNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on ServiceStation {\n              openingHours\n              serviceTypes {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.StationBoardNodeDocument,
    "\n  query SuppressionDisability($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      disability {\n        beneficiaries\n        byCategory {\n          key\n          value\n        }\n        byGrade {\n          key\n          value\n        }\n      }\n    }\n  }\n": typeof types.SuppressionDisabilityDocument,
    "\n  mutation SignUpForEvent3($e: ID!) {\n    signUpForEvent(eventId: $e) {\n      id\n      status\n    }\n  }\n": typeof types.SignUpForEvent3Document,
    "\n  mutation CreateServiceEvent3($i: CreateServiceEventInput!) {\n    createServiceEvent(input: $i) {\n      id\n      adultsOnly\n      requiredSkills {\n        name\n      }\n    }\n  }\n": typeof types.CreateServiceEvent3Document,
    "\n  query SubmissionStatus($r: String!, $d: String!) {\n    submissionStatus(reference: $r, phoneLast4: $d) {\n      reference\n      kind\n      status\n      submittedAt\n      station {\n        name\n        phone\n      }\n    }\n  }\n": typeof types.SubmissionStatusDocument,
    "\n      mutation RevealCaller($id: ID!, $reason: String!) {\n        revealPersonalData(id: $id, reason: $reason) {\n          fields\n          phone\n          idNumber\n        }\n      }\n    ": typeof types.RevealCallerDocument,
    "\n    mutation CreateSkill($i: CreateSkillInput!) {\n      createSkill(input: $i) {\n        id\n        name\n      }\n    }\n  ": typeof types.CreateSkillDocument,
    "\n    query Suggest($e: ID!, $n: Int!) {\n      suggestVolunteersForEvent(eventId: $e, first: $n) {\n        volunteer {\n          id\n          realName\n        }\n        score\n        skillScore\n        availabilityScore\n        distanceScore\n        loadScore\n        recentHours\n      }\n    }\n  ": typeof types.SuggestDocument,
    "\n      mutation OwnAvailability($v: Int!, $i: VolunteerProfileInput!) {\n        updateMyVolunteerProfile(version: $v, input: $i) {\n          skills {\n            name\n          }\n          availability {\n            weekday\n            from\n            to\n          }\n          preferredDistricts {\n            name\n          }\n          version\n        }\n      }\n    ": typeof types.OwnAvailabilityDocument,
    "\n      mutation Invite($e: ID!, $v: ID!) {\n        inviteVolunteerToEvent(eventId: $e, volunteerId: $v) {\n          id\n          status\n          version\n        }\n      }\n    ": typeof types.InviteDocument,
    "\n      mutation Respond($i: ID!, $v: Int!, $a: Boolean!) {\n        respondToEventInvitation(invitationId: $i, version: $v, accept: $a) {\n          status\n          participation {\n            status\n          }\n          event {\n            title\n          }\n        }\n      }\n    ": typeof types.RespondDocument,
    "\n    query PublicEvents($first: Int!) {\n      serviceEvents(first: $first) {\n        totalCount\n        nodes {\n          id\n          title\n          place\n          status\n          startsAt\n          placesLeft\n          station {\n            name\n          }\n          campaign {\n            status\n          }\n          participations {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.PublicEventsDocument,
    "\n    mutation PublicCampaign($i: CreateCampaignInput!) {\n      createCampaign(input: $i) {\n        id\n        version\n      }\n    }\n  ": typeof types.PublicCampaignDocument,
    "\n    mutation PublishPublicCampaign($id: ID!, $v: Int!) {\n      publishCampaign(id: $id, version: $v) {\n        status\n      }\n    }\n  ": typeof types.PublishPublicCampaignDocument,
    "\n      query PublicEventNode($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    ": typeof types.PublicEventNodeDocument,
    "\n      query PublicPeople {\n        participations(first: 1) {\n          totalCount\n        }\n      }\n    ": typeof types.PublicPeopleDocument,
    "\n      query PublicCampaignEvents {\n        campaigns(first: 20) {\n          nodes {\n            status\n            events(first: 50) {\n              status\n            }\n          }\n        }\n      }\n    ": typeof types.PublicCampaignEventsDocument,
    "\n  query TenancyVolunteers($filter: VolunteerFilter) {\n    volunteers(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TenancyVolunteersDocument,
    "\n  query TenancyBeneficiaries {\n    beneficiaries(first: 100) {\n      totalCount\n      nodes {\n        id\n        idNumber\n        certificateNumber\n        phone\n      }\n    }\n  }\n": typeof types.TenancyBeneficiariesDocument,
    "\n  query TenancyNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.TenancyNodeDocument,
    "\n  mutation TenancyReveal($id: ID!, $reason: String!) {\n    revealPersonalData(id: $id, reason: $reason) {\n      fields\n      idNumber\n      certificateNumber\n      phone\n      address\n    }\n  }\n": typeof types.TenancyRevealDocument,
    "\n        query TenancyCampaigns {\n          campaigns(first: 20) {\n            nodes {\n              id\n              partners(first: 20) {\n                organisation {\n                  id\n                }\n                events(first: 10) {\n                  title\n                  participations(first: 30) {\n                    volunteer {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.TenancyCampaignsDocument,
    "\n        query TenancyPairings {\n          pairings(first: 100) {\n            totalCount\n            nodes {\n              id\n              beneficiary {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.TenancyPairingsDocument,
    "\n        query TenancyViewerVolunteers {\n          volunteers(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.TenancyViewerVolunteersDocument,
    "\n        query TenancyViewerCampaign($id: ID!) {\n          node(id: $id) {\n            ... on Campaign {\n              events(first: 10) {\n                title\n                participations(first: 10) {\n                  id\n                  volunteer {\n                    realName\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.TenancyViewerCampaignDocument,
    "\n        query TenancyMyPairings {\n          pairings(first: 10, filter: { statuses: [ACTIVE] }) {\n            nodes {\n              id\n              beneficiary {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.TenancyMyPairingsDocument,
    "\n    query TenancyAuditRecords($action: String) {\n      auditLogs(first: 5, filter: { action: $action }) {\n        nodes {\n          recordType\n          record {\n            name\n            pageType\n            pageId\n          }\n        }\n      }\n    }\n  ": typeof types.TenancyAuditRecordsDocument,
    "\n    mutation ScheduleTrainingSession2($input: ScheduleTrainingSessionInput!) {\n      scheduleTrainingSession(input: $input) {\n        id\n        title\n        heldOn\n        minutes\n        organisation {\n          id\n        }\n        region {\n          id\n        }\n      }\n    }\n  ": typeof types.ScheduleTrainingSession2Document,
    "\n    mutation EnrolInTraining2($s: ID!, $v: [ID!]!) {\n      enrolInTraining(sessionId: $s, volunteerIds: $v) {\n        enrolled\n        alreadyEnrolled\n        session {\n          id\n        }\n      }\n    }\n  ": typeof types.EnrolInTraining2Document,
    "\n    mutation RecordTrainingAttendance2($s: ID!, $v: [ID!]!) {\n      recordTrainingAttendance(sessionId: $s, attendedVolunteerIds: $v) {\n        id\n        attendances(first: 50) {\n          attended\n          volunteer {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.RecordTrainingAttendance2Document,
    "\n        query TrainingRecordNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on Volunteer {\n              trainingRecord {\n                attended\n                session {\n                  id\n                  title\n                  heldOn\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.TrainingRecordNodeDocument,
    "\n      query Volunteers14($n: Int!) {\n        volunteers(first: $n, orderBy: { field: REGISTERED_AT, direction: ASC }) {\n          nodes {\n            trainingRecord(first: 10) {\n              attended\n              session {\n                title\n                organisation {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.Volunteers14Document,
    "\n        query Volunteers15 {\n          volunteers(first: 1) {\n            nodes {\n              trainingRecord {\n                attended\n              }\n            }\n          }\n        }\n      ": typeof types.Volunteers15Document,
    "\n        query Volunteers16 {\n          volunteers(first: 1) {\n            nodes {\n              trainingRecord {\n                attended\n              }\n            }\n          }\n        }\n      ": typeof types.Volunteers16Document,
    "\n  mutation VisitReviewLog($input: LogPairingVisitInput!) {\n    logPairingVisit(input: $input) {\n      visit {\n        id\n        version\n        review\n      }\n    }\n  }\n": typeof types.VisitReviewLogDocument,
    "\n  mutation VisitReviewConfirm($id: ID!, $version: Int!, $serviceTypeId: ID) {\n    confirmPairingVisit(id: $id, version: $version, serviceTypeId: $serviceTypeId) {\n      id\n      review\n      version\n      reviewedAt\n    }\n  }\n": typeof types.VisitReviewConfirmDocument,
    "\n  mutation VisitReviewDecline($id: ID!, $version: Int!, $reason: String!) {\n    declinePairingVisit(id: $id, version: $version, reason: $reason) {\n      review\n      reviewNote\n      version\n    }\n  }\n": typeof types.VisitReviewDeclineDocument,
    "\n  query VisitReviewVolunteer($id: ID!, $region: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    node(id: $id) {\n      ... on Volunteer {\n        verifiedHours\n        starLevel\n      }\n    }\n    dashboard(filter: { regionId: $region, from: $from, to: $to }) {\n      hours {\n        verified\n      }\n    }\n  }\n": typeof types.VisitReviewVolunteerDocument,
    "\n      query VisitReviewCan($id: ID!) {\n        node(id: $id) {\n          ... on Pairing {\n            viewerCan {\n              manage\n              logVisit\n              accept\n              reviewVisits\n            }\n          }\n        }\n      }\n    ": typeof types.VisitReviewCanDocument,
    "\n  fragment VolunteerReachFields on Beneficiary {\n    id\n    realName\n    idNumber\n    certificateNumber\n    birthDate\n    disabilityGrade\n    phone\n    address\n    needs {\n      id\n    }\n  }\n": typeof types.VolunteerReachFieldsFragmentDoc,
    "\n  query VolunteerReachPerson($id: ID!) {\n    node(id: $id) {\n      ...VolunteerReachFields\n    }\n  }\n": typeof types.VolunteerReachPersonDocument,
    "\n  query VolunteerReachPaired {\n    pairings(first: 10, filter: { statuses: [ACTIVE] }) {\n      nodes {\n        beneficiary {\n          ...VolunteerReachFields\n        }\n      }\n    }\n  }\n": typeof types.VolunteerReachPairedDocument,
    "\n    mutation ApproveVolunteer2($id: ID!, $v: Int!) {\n      approveVolunteer(id: $id, version: $v) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.ApproveVolunteer2Document,
    "\n        mutation RejectVolunteer2($id: ID!) {\n          rejectVolunteer(id: $id, version: 1, reason: \"  \") {\n            status\n          }\n        }\n      ": typeof types.RejectVolunteer2Document,
    "\n        mutation SetVolunteerStatus2($id: ID!) {\n          setVolunteerStatus(id: $id, version: 2, status: SUSPENDED, reason: \"长期未参加活动\") {\n            status\n            statusReason\n            version\n          }\n        }\n      ": typeof types.SetVolunteerStatus2Document,
    "\n        mutation SetVolunteerStatus3($id: ID!) {\n          setVolunteerStatus(id: $id, version: 3, status: ACTIVE) {\n            status\n          }\n        }\n      ": typeof types.SetVolunteerStatus3Document,
    "\n        query Viewer3 {\n          viewer {\n            roles {\n              volunteer {\n                id\n                version\n              }\n            }\n          }\n        }\n      ": typeof types.Viewer3Document,
    "\n        mutation UpdateMyVolunteerProfile2($v: Int!, $skill: ID!) {\n          updateMyVolunteerProfile(\n            version: $v\n            input: { phone: \"13912345678\", skillIds: [$skill], otherSkill: \" 助餐 \" }\n          ) {\n            skills {\n              name\n            }\n            otherSkill\n            version\n          }\n        }\n      ": typeof types.UpdateMyVolunteerProfile2Document,
    "\n        mutation UpdateMyVolunteerProfile3($v: Int!) {\n          updateMyVolunteerProfile(version: $v, input: { phone: \"999\" }) {\n            version\n          }\n        }\n      ": typeof types.UpdateMyVolunteerProfile3Document,
    "\n  query WritePolicyNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.WritePolicyNodeDocument,
    "\n  mutation WritePolicyReveal($id: ID!, $reason: String!) {\n    revealPersonalData(id: $id, reason: $reason) {\n      fields\n      idNumber\n      phone\n    }\n  }\n": typeof types.WritePolicyRevealDocument,
    "\n        query WritePolicyPairingCount {\n          pairings(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.WritePolicyPairingCountDocument,
    "\n    mutation WritePolicyPropose($input: ProposePairingInput!) {\n      proposePairing(input: $input) {\n        id\n        ownerB {\n          id\n        }\n      }\n    }\n  ": typeof types.WritePolicyProposeDocument,
    "\n      mutation WritePolicyRecordDonation($input: RecordDonationInput!) {\n        recordDonation(input: $input) {\n          id\n        }\n      }\n    ": typeof types.WritePolicyRecordDonationDocument,
    "\n      mutation WritePolicyUpdateVolunteer($id: ID!, $v: Int!, $input: VolunteerAdminInput!) {\n        updateVolunteer(id: $id, version: $v, input: $input) {\n          id\n        }\n      }\n    ": typeof types.WritePolicyUpdateVolunteerDocument,
    "\n      mutation WritePolicyVerifyHours($ids: [ID!]!) {\n        verifyHours(participationIds: $ids) {\n          id\n          verifiedAt\n        }\n      }\n    ": typeof types.WritePolicyVerifyHoursDocument,
    "\n  mutation SavePlans($input: SaveYearEndReportPlansInput!) {\n    saveYearEndReportPlans(input: $input) {\n      year\n      plans\n      updatedAt\n    }\n  }\n": typeof types.SavePlansDocument,
    "\n  query Plans($year: Int!, $regionId: ID) {\n    yearEndReportPlans(year: $year, regionId: $regionId) {\n      year\n      plans\n      updatedAt\n    }\n  }\n": typeof types.PlansDocument,
    "\n  mutation GenerateWithStoredPlans($input: GenerateYearEndReportInput!) {\n    generateYearEndReport(input: $input) {\n      id\n    }\n  }\n": typeof types.GenerateWithStoredPlansDocument,
    "\n  query PlansReportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      status\n      resultUrl\n      errorMessage\n    }\n  }\n": typeof types.PlansReportJobDocument,
    "\n  mutation GenerateReport($input: GenerateYearEndReportInput!) {\n    generateYearEndReport(input: $input) {\n      id\n      kind\n      status\n    }\n  }\n": typeof types.GenerateReportDocument,
    "\n  query ReportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      status\n      resultUrl\n      errorMessage\n    }\n  }\n": typeof types.ReportJobDocument,
    "\n  query ReportDashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      counts {\n        teams\n        districtTeams\n        stations\n        volunteers\n        activeVolunteers\n        events\n        stationsWithoutEvents\n        commendations\n        partners\n      }\n      personTimes {\n        total\n      }\n      hours {\n        verified\n      }\n      pairings {\n        overdue\n        byKind {\n          label\n          value\n        }\n      }\n      training {\n        trained\n        active\n      }\n      campaigns {\n        name\n        partners {\n          organisationName\n          volunteers\n          events\n          personTimes\n        }\n      }\n    }\n  }\n": typeof types.ReportDashboardDocument,
    "\n  query ReportView($year: Int!, $regionId: ID) {\n    yearEndReport(year: $year, regionId: $regionId) {\n      year\n      scopeName\n      plans\n      current {\n        counts {\n          teams\n          districtTeams\n          stations\n          volunteers\n          events\n          stationsWithoutEvents\n          commendations\n          partners\n        }\n        personTimes {\n          total\n        }\n      }\n      previous {\n        counts {\n          volunteers\n          commendations\n        }\n      }\n    }\n  }\n": typeof types.ReportViewDocument,
};
const documents: Documents = {
    "\n        query Volunteers {\n          volunteers(first: 5) {\n            totalCount\n            nodes {\n              idNumber\n              phone\n            }\n          }\n        }\n      ": types.VolunteersDocument,
    "\n        query Volunteers2 {\n          volunteers(first: 1, filter: { categories: [STUDENT], statuses: [ACTIVE] }) {\n            totalCount\n          }\n        }\n      ": types.Volunteers2Document,
    "\n        query Organisations {\n          organisations(first: 100, filter: { kinds: [NGO] }) {\n            totalCount\n            nodes {\n              kind\n            }\n          }\n        }\n      ": types.OrganisationsDocument,
    "\n        query Volunteers3($q: String) {\n          volunteers(first: 100, filter: { search: $q }) {\n            nodes {\n              realName\n            }\n          }\n        }\n      ": types.Volunteers3Document,
    "\n        query AnyNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            id\n          }\n        }\n      ": types.AnyNodeDocument,
    "\n        query BeneficiaryAccessNeeds($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on Beneficiary {\n              accessNeeds\n            }\n          }\n        }\n      ": types.BeneficiaryAccessNeedsDocument,
    "\n        query Pairings {\n          pairings(first: 1, filter: { overdue: true }) {\n            totalCount\n          }\n        }\n      ": types.PairingsDocument,
    "\n        query MissingNode($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      ": types.MissingNodeDocument,
    "\n        query Node5 {\n          node(id: \"not-an-id\") {\n            id\n          }\n        }\n      ": types.Node5Document,
    "\n    query Campaigns($n: Int!, $m: Int!) {\n      campaigns(first: $n) {\n        nodes {\n          name\n          leadOrganisation {\n            name\n          }\n          partners(first: $m) {\n            role\n            organisation {\n              name\n            }\n            events(first: $m) {\n              title\n              serviceType {\n                name\n              }\n              participations(first: $m) {\n                minutes\n                volunteer {\n                  realName\n                  homeRegion {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.CampaignsDocument,
    "\n    query Volunteers4($n: Int!, $m: Int!) {\n      volunteers(first: $n) {\n        nodes {\n          starLevel\n          verifiedHours\n          trainingRecord(first: $m) {\n            attended\n            session {\n              title\n            }\n          }\n        }\n      }\n      serviceRequests(first: $n) {\n        nodes {\n          assignedVolunteer {\n            realName\n          }\n          participation {\n            minutes\n            waitlistPosition\n            attendanceMet\n            corrections {\n              requestedMinutes\n            }\n            event {\n              title\n            }\n          }\n        }\n      }\n      pairings(first: $n) {\n        nodes {\n          overdue\n          volunteer {\n            starLevel\n          }\n          visits(first: $m) {\n            minutes\n          }\n        }\n      }\n      campaigns(first: $n) {\n        nodes {\n          contributions {\n            organisation {\n              name\n            }\n            verifiedHours\n          }\n          donationTotals {\n            cashFen\n          }\n        }\n      }\n    }\n  ": types.Volunteers4Document,
    "\n        query Volunteers5 {\n          volunteers(first: 101) {\n            totalCount\n          }\n        }\n      ": types.Volunteers5Document,
    "\n        query Volunteers6 {\n          volunteers(first: 5, after: \"bm9wZQ\") {\n            totalCount\n          }\n        }\n      ": types.Volunteers6Document,
    "\n        query Volunteers7($r: ID) {\n          volunteers(first: 5, filter: { regionId: $r }) {\n            totalCount\n          }\n        }\n      ": types.Volunteers7Document,
    "\n        query Campaigns2 {\n          campaigns(first: 5, filter: { from: \"2026-02-30\" }) {\n            totalCount\n          }\n        }\n      ": types.Campaigns2Document,
    "\n        query Volunteers8 {\n          volunteers(first: 3) {\n            nodes {\n              idNumber\n              phone\n              birthDate\n            }\n          }\n          beneficiaries(first: 3) {\n            nodes {\n              idNumber\n              certificateNumber\n            }\n          }\n        }\n      ": types.Volunteers8Document,
    "\n        query Dashboard4 {\n          dashboard(filter: { from: \"2027-01-01T00:00:00Z\", to: \"2027-02-01T00:00:00Z\" }) {\n            hours {\n              verified\n            }\n          }\n        }\n      ": types.Dashboard4Document,
    "\n          query VolunteerHoursNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on Volunteer {\n                verifiedHours\n              }\n            }\n          }\n        ": types.VolunteerHoursNodeDocument,
    "\n            mutation IssueEventCode2($e: ID!) {\n              issueEventCode(eventId: $e) {\n                code\n                expiresAt\n                event {\n                  id\n                }\n              }\n            }\n          ": types.IssueEventCode2Document,
    "\n          mutation CheckInWithCode($e: ID!, $c: String!) {\n            checkInWithCode(eventId: $e, code: $c) {\n              ...ParticipationFields\n            }\n          }\n        ": types.CheckInWithCodeDocument,
    "\n          mutation CheckOutWithCode($e: ID!, $c: String!) {\n            checkOutWithCode(eventId: $e, code: $c) {\n              ...ParticipationFields\n            }\n          }\n        ": types.CheckOutWithCodeDocument,
    "\n          mutation IssueEventCode3($e: ID!) {\n            issueEventCode(eventId: $e) {\n              code\n            }\n          }\n        ": types.IssueEventCode3Document,
    "\n          mutation CheckInWithCode2($e: ID!, $c: String!) {\n            checkInWithCode(eventId: $e, code: $c) {\n              id\n            }\n          }\n        ": types.CheckInWithCode2Document,
    "\n          mutation VerifyHours2($ids: [ID!]!) {\n            verifyHours(participationIds: $ids) {\n              ...ParticipationFields\n            }\n          }\n        ": types.VerifyHours2Document,
    "\n        mutation RecordPersonTimesServed2($p: ID!, $v: Int!) {\n          recordPersonTimesServed(participationId: $p, version: $v, count: 4) {\n            ...ParticipationFields\n          }\n        }\n      ": types.RecordPersonTimesServed2Document,
    "\n          mutation RequestHourCorrection2($i: HourCorrectionRequestInput!) {\n            requestHourCorrection(input: $i) {\n              id\n              status\n              version\n              previousMinutes\n              requestedMinutes\n            }\n          }\n        ": types.RequestHourCorrection2Document,
    "\n          mutation ResolveHourCorrection2($id: ID!, $v: Int!, $a: Boolean!, $n: String) {\n            resolveHourCorrection(id: $id, version: $v, approve: $a, note: $n) {\n              id\n              status\n              resolutionNote\n            }\n          }\n        ": types.ResolveHourCorrection2Document,
    "\n        query HourCorrections {\n          hourCorrections(first: 10) {\n            totalCount\n            nodes {\n              id\n              participation {\n                id\n              }\n            }\n          }\n        }\n      ": types.HourCorrectionsDocument,
    "\n            mutation CancelServiceEvent2($id: ID!, $v: Int!) {\n              cancelServiceEvent(id: $id, version: $v, reason: \"下雨\") {\n                id\n              }\n            }\n          ": types.CancelServiceEvent2Document,
    "\n        mutation CloseServiceEvent2($id: ID!, $v: Int!) {\n          closeServiceEvent(id: $id, version: $v) {\n            status\n          }\n        }\n      ": types.CloseServiceEvent2Document,
    "\n  mutation Login2($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      accessToken\n      expiresAt\n      viewer {\n        username\n        permissions\n        roles {\n          role\n          region {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.Login2Document,
    "\n  mutation RefreshSession2 {\n    refreshSession {\n      accessToken\n    }\n  }\n": types.RefreshSession2Document,
    "\n  query Viewer2 {\n    viewer {\n      username\n    }\n    volunteers(first: 1) {\n      totalCount\n    }\n  }\n": types.Viewer2Document,
    "\n        mutation Logout2 {\n          logout\n        }\n      ": types.Logout2Document,
    "\n      mutation InviteAccount2($u: String!, $m: String!, $s: ID!) {\n        inviteAccount(\n          input: {\n            username: $u\n            mobile: $m\n            displayName: \"站点协调员\"\n            roles: [{ role: STATION_COORDINATOR, stationId: $s }]\n          }\n        ) {\n          status\n          account {\n            username\n            activated\n            roles {\n              role\n              station {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.InviteAccount2Document,
    "\n      mutation InviteAccount3($input: InviteAccountInput!) {\n        inviteAccount(input: $input) {\n          id\n        }\n      }\n    ": types.InviteAccount3Document,
    "\n        mutation DisableAccount2($id: ID!) {\n          disableAccount(accountId: $id) {\n            status\n          }\n        }\n      ": types.DisableAccount2Document,
    "\n        mutation DisableAccount3($id: ID!) {\n          disableAccount(accountId: $id) {\n            status\n          }\n        }\n      ": types.DisableAccount3Document,
    "\n        query Campaigns3 {\n          campaigns(first: 100) {\n            nodes {\n              partners(first: 100) {\n                events(first: 100) {\n                  participations(first: 100) {\n                    volunteer {\n                      realName\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.Campaigns3Document,
    "\n        query Regions {\n          regions(first: 1) {\n            totalCount\n          }\n        }\n      ": types.RegionsDocument,
    "\n        query Regions2 {\n          regions(first: 1000) {\n            totalCount\n          }\n        }\n      ": types.Regions2Document,
    "\n          query Regions3 {\n            regions(first: 1) {\n              totalCount\n            }\n          }\n        ": types.Regions3Document,
    "\n    mutation CreateBeneficiary2($input: BeneficiaryInput!) {\n      createBeneficiary(input: $input) {\n        id\n        disabilityCategory\n        disabilityGrade\n        certificateNumber\n        station {\n          id\n        }\n      }\n    }\n  ": types.CreateBeneficiary2Document,
    "\n      mutation UpdateBeneficiary2($id: ID!, $v: Int!, $input: BeneficiaryUpdateInput!) {\n        updateBeneficiary(id: $id, version: $v, input: $input) {\n          version\n          accessNeeds\n          disabilityGrade\n        }\n      }\n    ": types.UpdateBeneficiary2Document,
    "\n      query Campaigns7 {\n        campaigns(first: 50) {\n          nodes {\n            id\n            ...CampaignFigures\n          }\n        }\n      }\n    ": types.Campaigns7Document,
    "\n      query Campaigns8($n: Int!) {\n        campaigns(first: $n) {\n          nodes {\n            id\n            ...CampaignFigures\n            contributions {\n              organisation {\n                name\n                region {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.Campaigns8Document,
    "\n        query ThemeDayPresets2 {\n          themeDayPresets(year: 2026) {\n            themeDay\n            date\n            name\n            description\n          }\n        }\n      ": types.ThemeDayPresets2Document,
    "\n        query ThemeDayPresets3 {\n          themeDayPresets(year: 2027) {\n            themeDay\n            date\n          }\n        }\n      ": types.ThemeDayPresets3Document,
    "\n        query ThemeDayPresets4 {\n          themeDayPresets(year: 1999) {\n            date\n          }\n        }\n      ": types.ThemeDayPresets4Document,
    "\n        query Campaigns6($o: ID) {\n          campaigns(first: 50, filter: { organisationId: $o }) {\n            nodes {\n              id\n              status\n            }\n          }\n        }\n      ": types.Campaigns6Document,
    "\n  mutation IssueCertificate($input: IssueServiceCertificateInput!) {\n    issueServiceCertificate(input: $input) {\n      id\n      code\n      pdfUrl\n      verifyPath\n      revokedAt\n      issuer {\n        name\n      }\n      facts {\n        name\n        maskedIdNumber\n        totalHours\n        eventCount\n        starLevel\n        issuer\n        hoursByYear {\n          year\n          hours\n        }\n      }\n      viewerCan {\n        revoke\n      }\n    }\n  }\n": types.IssueCertificateDocument,
    "\n  mutation RevokeCertificate($input: RevokeServiceCertificateInput!) {\n    revokeServiceCertificate(input: $input) {\n      id\n      revokedAt\n      revokeReason\n      viewerCan {\n        revoke\n      }\n    }\n  }\n": types.RevokeCertificateDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyServiceCertificate(code: $code) {\n      code\n      issuedAt\n      revoked\n      revokedAt\n      facts {\n        name\n        maskedIdNumber\n        totalHours\n        eventCount\n        starLevel\n        issuer\n        periodFrom\n        periodTo\n        registeredWith\n        servedWith\n        hoursByYear {\n          year\n          hours\n        }\n        hoursByServiceType {\n          serviceType\n          hours\n        }\n        events {\n          title\n          date\n          hours\n        }\n      }\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n              query VolunteerStarNode($id: ID!) {\n                node(id: $id) {\n                  __typename\n                  ... on Volunteer {\n                    starLevel\n                    verifiedHours\n                  }\n                }\n              }\n            ": types.VolunteerStarNodeDocument,
    "\n      mutation SetStarThresholds2($r: ID!, $h: [Int!]) {\n        setStarThresholds(regionId: $r, hours: $h) {\n          starThresholdsHours\n        }\n      }\n    ": types.SetStarThresholds2Document,
    "\n        query CommendationCandidates2 {\n          commendationCandidates(year: 2026, first: 10) {\n            rank\n            verifiedHours\n            events\n            volunteer {\n              id\n            }\n          }\n        }\n      ": types.CommendationCandidates2Document,
    "\n        query CommendationCandidates3 {\n          commendationCandidates(year: 2026, first: 1) {\n            volunteer {\n              id\n              organisation {\n                id\n              }\n            }\n          }\n        }\n      ": types.CommendationCandidates3Document,
    "\n      mutation AwardCommendation2($input: AwardCommendationInput!) {\n        awardCommendation(input: $input) {\n          id\n          title\n          year\n          awardedBy {\n            id\n          }\n        }\n      }\n    ": types.AwardCommendation2Document,
    "\n        query CommendationCandidates4 {\n          commendationCandidates(year: 2026, first: 1) {\n            commended\n          }\n        }\n      ": types.CommendationCandidates4Document,
    "\n  query ContributionPage($id: ID!) {\n    node(id: $id) {\n      ... on Campaign {\n        contributions {\n          organisation {\n            id\n          }\n          volunteers\n          events\n          verifiedMinutes\n          verifiedHours\n          personTimesServed\n          donationCashFen\n          donationItems\n        }\n      }\n    }\n  }\n": types.ContributionPageDocument,
    "\n  query ContributionDashboard($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      campaigns {\n        campaignId\n        partners {\n          organisationId\n          role\n          volunteers\n          events\n          verifiedHours\n          personTimes\n          donationsFen\n        }\n      }\n    }\n  }\n": types.ContributionDashboardDocument,
    "\n  query DashboardCacheRead($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        volunteers\n      }\n      donations {\n        cashFen\n      }\n    }\n  }\n": types.DashboardCacheReadDocument,
    "\n    query DashboardAfterWrite {\n      dashboard {\n        counts {\n          volunteers\n        }\n        donations {\n          cashFen\n        }\n        hours {\n          verified\n        }\n      }\n    }\n  ": types.DashboardAfterWriteDocument,
    "\n  query DashboardRollups($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        events\n        activeVolunteers\n      }\n      hours {\n        verified\n        byMonth {\n          key\n          value\n        }\n      }\n      personTimes {\n        total\n        byRegion {\n          key\n          value\n        }\n      }\n    }\n  }\n": types.DashboardRollupsDocument,
    "\n        mutation MoveEventForRollups($id: ID!, $v: Int!, $s: DateTimeISO!, $e: DateTimeISO!) {\n          updateServiceEvent(id: $id, version: $v, input: { startsAt: $s, endsAt: $e }) {\n            id\n          }\n        }\n      ": types.MoveEventForRollupsDocument,
    "\n        mutation VerifyHoursForRollups($ids: [ID!]!) {\n          verifyHours(participationIds: $ids) {\n            id\n            version\n          }\n        }\n      ": types.VerifyHoursForRollupsDocument,
    "\n        mutation PersonTimesForRollups($p: ID!, $v: Int!) {\n          recordPersonTimesServed(participationId: $p, version: $v, count: 6) {\n            id\n          }\n        }\n      ": types.PersonTimesForRollupsDocument,
    "\n  query Dashboard2($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        stations\n        teams\n        volunteers\n        activeVolunteers\n        volunteersByStatus {\n          key\n          value\n        }\n      }\n      composition {\n        studentShare\n        insuredShare\n        byCategory {\n          key\n          value\n        }\n        byStarLevel {\n          key\n          value\n        }\n        byAgeBand {\n          key\n          value\n        }\n        byOrganisationKind {\n          key\n          value\n        }\n      }\n      hours {\n        verified\n        byMonth {\n          key\n          value\n        }\n        byServiceType {\n          key\n          value\n        }\n        byOrganisation {\n          key\n          value\n        }\n      }\n      personTimes {\n        total\n        byMonth {\n          key\n          value\n        }\n        byRegion {\n          key\n          label\n          value\n        }\n        byServiceType {\n          key\n          value\n        }\n      }\n      pairings {\n        overdue\n        coverage\n        byKind {\n          key\n          value\n        }\n        byStatus {\n          key\n          value\n        }\n        coverageByRegion {\n          key\n          value\n        }\n      }\n      campaigns {\n        campaignId\n        partners {\n          organisationId\n          events\n          volunteers\n          verifiedHours\n          personTimes\n          donationsFen\n        }\n      }\n      training {\n        active\n        trained\n        share\n      }\n      donations {\n        cashFen\n        inKindByItem {\n          key\n          value\n        }\n      }\n      disability {\n        beneficiaries\n        byCategory {\n          key\n          value\n        }\n        byGrade {\n          key\n          value\n        }\n      }\n    }\n  }\n": types.Dashboard2Document,
    "\n          query Dashboard3 {\n            dashboard {\n              composition {\n                byStarLevel {\n                  key\n                  value\n                }\n              }\n            }\n          }\n        ": types.Dashboard3Document,
    "\n  query DashboardLabels($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        volunteersByStatus {\n          key\n          label\n          value\n        }\n      }\n      composition {\n        byStarLevel {\n          key\n          label\n          value\n        }\n      }\n      disability {\n        byGrade {\n          key\n          label\n          value\n        }\n      }\n    }\n  }\n": types.DashboardLabelsDocument,
    "\n        query CampaignFiguresNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on Campaign {\n              ...CampaignFigures\n            }\n          }\n        }\n      ": types.CampaignFiguresNodeDocument,
    "\n        query Donations($c: ID) {\n          donations(first: 100, filter: { campaignId: $c }) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.DonationsDocument,
    "\n        query Node12($e: ID!) {\n          node(id: $e) {\n            ... on ServiceEvent {\n              capacity\n              placesTaken\n              waitlistLength\n            }\n          }\n        }\n      ": types.Node12Document,
    "\n        query Node13($e: ID!) {\n          node(id: $e) {\n            ... on ServiceEvent {\n              placesTaken\n              waitlistLength\n            }\n          }\n        }\n      ": types.Node13Document,
    "\n          mutation UpdateServiceEvent2($id: ID!, $v: Int!, $c: Int) {\n            updateServiceEvent(id: $id, version: $v, input: { capacity: $c }) {\n              ...EventFields\n            }\n          }\n        ": types.UpdateServiceEvent2Document,
    "\n            mutation CloseServiceEvent3($id: ID!, $v: Int!) {\n              closeServiceEvent(id: $id, version: $v) {\n                id\n              }\n            }\n          ": types.CloseServiceEvent3Document,
    "\n            mutation CancelServiceEvent3($id: ID!, $v: Int!) {\n              cancelServiceEvent(id: $id, version: $v, reason: \" \") {\n                id\n              }\n            }\n          ": types.CancelServiceEvent3Document,
    "\n        mutation CancelServiceEvent4($id: ID!, $v: Int!) {\n          cancelServiceEvent(id: $id, version: $v, reason: \"场地临时不可用\") {\n            status\n          }\n        }\n      ": types.CancelServiceEvent4Document,
    "\n    query ServiceEvents($n: Int!, $m: Int!) {\n      serviceEvents(first: $n) {\n        nodes {\n          title\n          verifiedMinutes\n          attendanceShare\n          participations(first: $m) {\n            status\n            waitlistPosition\n            attendanceMet\n            corrections {\n              requestedMinutes\n            }\n            volunteer {\n              realName\n            }\n          }\n        }\n      }\n    }\n  ": types.ServiceEventsDocument,
    "\n  mutation FirstAdminActivate($c: String!, $p: String!) {\n    activateAccount(code: $c, password: $p)\n  }\n": types.FirstAdminActivateDocument,
    "\n  mutation FirstAdminLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      viewer {\n        username\n        roles {\n          role\n        }\n      }\n    }\n  }\n": types.FirstAdminLoginDocument,
    "\n  mutation HelperInviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      id\n      status\n      account {\n        id\n        username\n      }\n    }\n  }\n": types.HelperInviteAccountDocument,
    "\n  query HelperOutbox($recipient: String!) {\n    accountCodeOutbox(first: 100, recipient: $recipient) {\n      nodes {\n        kind\n        code\n        link\n      }\n    }\n  }\n": types.HelperOutboxDocument,
    "\n  mutation HelperActivate($code: String!, $password: String!) {\n    activateAccount(code: $code, password: $password)\n  }\n": types.HelperActivateDocument,
    "\n      mutation CreateServiceEvent2($i: CreateServiceEventInput!) {\n        createServiceEvent(input: $i) {\n          ...EventFields\n        }\n      }\n    ": types.CreateServiceEvent2Document,
    "\n      mutation EnrolVolunteerInEvent2($e: ID!, $v: ID!) {\n        enrolVolunteerInEvent(eventId: $e, volunteerId: $v) {\n          ...ParticipationFields\n        }\n      }\n    ": types.EnrolVolunteerInEvent2Document,
    "\n      mutation SignUpForEvent2($e: ID!) {\n        signUpForEvent(eventId: $e) {\n          ...ParticipationFields\n        }\n      }\n    ": types.SignUpForEvent2Document,
    "\n      mutation CancelSignUp2($p: ID!, $v: Int!) {\n        cancelSignUp(participationId: $p, version: $v) {\n          ...ParticipationFields\n        }\n      }\n    ": types.CancelSignUp2Document,
    "\n      mutation CheckIn2($p: ID!, $v: Int!, $at: DateTimeISO) {\n        checkIn(participationId: $p, version: $v, at: $at) {\n          ...ParticipationFields\n        }\n      }\n    ": types.CheckIn2Document,
    "\n      mutation CheckOut2($p: ID!, $v: Int!, $at: DateTimeISO) {\n        checkOut(participationId: $p, version: $v, at: $at) {\n          ...ParticipationFields\n        }\n      }\n    ": types.CheckOut2Document,
    "\n          query ParticipationNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on Participation {\n                ...ParticipationFields\n                corrections {\n                  id\n                  status\n                  previousMinutes\n                  requestedMinutes\n                }\n              }\n            }\n          }\n        ": types.ParticipationNodeDocument,
    "\n          query EventNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on ServiceEvent {\n                ...EventFields\n              }\n            }\n          }\n        ": types.EventNodeDocument,
    "\n  query ImportJobState($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      kind\n      status\n      done\n      total\n      result\n      errorMessage\n    }\n  }\n": types.ImportJobStateDocument,
    "\n  mutation ConfirmImport($id: ID!) {\n    confirmSpreadsheetImport(id: $id) {\n      id\n      status\n      total\n    }\n  }\n": types.ConfirmImportDocument,
    "\n  mutation NSetContact($input: NotificationContactInput!) {\n    setNotificationContact(input: $input) {\n      email\n      mobile\n      locale\n    }\n  }\n": types.NSetContactDocument,
    "\n  mutation NSetPreference($kind: NotificationKind!, $email: Boolean!, $sms: Boolean!) {\n    setNotificationPreference(kind: $kind, email: $email, sms: $sms) {\n      kind\n      email\n      sms\n      mandatory\n    }\n  }\n": types.NSetPreferenceDocument,
    "\n  query NPreferences {\n    notificationPreferences {\n      email\n      mobile\n      locale\n      kinds {\n        kind\n        email\n        sms\n        mandatory\n      }\n    }\n  }\n": types.NPreferencesDocument,
    "\n  query NInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        read\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n": types.NInboxDocument,
    "\n  mutation NMarkRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": types.NMarkReadDocument,
    "\n  mutation NApproveVolunteer($id: ID!) {\n    approveVolunteer(id: $id, version: 1) {\n      status\n    }\n  }\n": types.NApproveVolunteerDocument,
    "\n  mutation NRejectVolunteer($id: ID!, $reason: String!) {\n    rejectVolunteer(id: $id, version: 1, reason: $reason) {\n      status\n    }\n  }\n": types.NRejectVolunteerDocument,
    "\n  mutation NInvite($campaignId: ID!, $organisationId: ID!) {\n    inviteCampaignPartner(campaignId: $campaignId, organisationId: $organisationId, role: SUPPORTER) {\n      status\n    }\n  }\n": types.NInviteDocument,
    "\n  mutation NRespond($campaignId: ID!, $accept: Boolean!) {\n    respondToCampaignInvitation(campaignId: $campaignId, accept: $accept) {\n      status\n    }\n  }\n": types.NRespondDocument,
    "\n  mutation NUpdateEvent($id: ID!, $version: Int!, $input: UpdateServiceEventInput!) {\n    updateServiceEvent(id: $id, version: $version, input: $input) {\n      version\n    }\n  }\n": types.NUpdateEventDocument,
    "\n  mutation NCancelEvent($id: ID!, $version: Int!, $reason: String!) {\n    cancelServiceEvent(id: $id, version: $version, reason: $reason) {\n      status\n    }\n  }\n": types.NCancelEventDocument,
    "\n  mutation NCancelSignUp($id: ID!, $version: Int!) {\n    cancelSignUp(participationId: $id, version: $version) {\n      status\n    }\n  }\n": types.NCancelSignUpDocument,
    "\n  mutation NAssign($id: ID!, $volunteerId: ID!) {\n    assignServiceRequest(id: $id, version: 1, volunteerId: $volunteerId) {\n      status\n    }\n  }\n": types.NAssignDocument,
    "\n  mutation NPropose($input: ProposePairingInput!) {\n    proposePairing(input: $input) {\n      id\n      version\n    }\n  }\n": types.NProposeDocument,
    "\n  mutation NAccept($id: ID!, $version: Int!) {\n    acceptPairing(id: $id, version: $version) {\n      status\n    }\n  }\n": types.NAcceptDocument,
    "\n  mutation NReview($id: ID!, $approve: Boolean!, $note: String) {\n    reviewHourReport(id: $id, version: 1, approve: $approve, note: $note) {\n      status\n    }\n  }\n": types.NReviewDocument,
    "\n  mutation NResolve($id: ID!, $approve: Boolean!, $note: String) {\n    resolveHourCorrection(id: $id, version: 1, approve: $approve, note: $note) {\n      status\n    }\n  }\n": types.NResolveDocument,
    "\n  mutation TestLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      accessToken\n    }\n  }\n": types.TestLoginDocument,
    "\n        mutation ReportHours2($i: ReportHoursInput!) {\n          reportHours(input: $i) {\n            id\n            status\n            version\n            minutes\n          }\n        }\n      ": types.ReportHours2Document,
    "\n        mutation ReviewHourReport2($id: ID!, $v: Int!, $a: Boolean!, $n: String) {\n          reviewHourReport(id: $id, version: $v, approve: $a, note: $n) {\n            id\n            status\n            resolutionNote\n            participation {\n              minutes\n              verifiedAt\n              status\n              event {\n                origin\n                status\n                capacity\n                startsAt\n                endsAt\n                personTimesServed\n              }\n            }\n          }\n        }\n      ": types.ReviewHourReport2Document,
    "\n        query HourReports {\n          hourReports(first: 10) {\n            totalCount\n            nodes {\n              status\n            }\n          }\n        }\n      ": types.HourReportsDocument,
    "\n        query HourReports2 {\n          hourReports(first: 10) {\n            totalCount\n          }\n        }\n      ": types.HourReports2Document,
    "\n  mutation LifecycleSignUp($e: ID!) {\n    signUpForEvent(eventId: $e) {\n      id\n      status\n      version\n    }\n  }\n": types.LifecycleSignUpDocument,
    "\n    mutation LifecycleCreateEvent($input: CreateServiceEventInput!) {\n      createServiceEvent(input: $input) {\n        id\n      }\n    }\n  ": types.LifecycleCreateEventDocument,
    "\n      mutation LifecycleMoveEvent($id: ID!, $version: Int!, $input: UpdateServiceEventInput!) {\n        updateServiceEvent(id: $id, version: $version, input: $input) {\n          startsAt\n          version\n        }\n      }\n    ": types.LifecycleMoveEventDocument,
    "\n    mutation LifecycleCheckIn($p: ID!, $v: Int!) {\n      checkIn(participationId: $p, version: $v) {\n        id\n        status\n        version\n      }\n    }\n  ": types.LifecycleCheckInDocument,
    "\n    mutation LifecycleUndoCheckIn($p: ID!, $v: Int!) {\n      undoCheckIn(participationId: $p, version: $v, reason: \"签错了人\") {\n        id\n        status\n        checkInAt\n        version\n      }\n    }\n  ": types.LifecycleUndoCheckInDocument,
    "\n    mutation LifecycleCloseCampaign($id: ID!, $v: Int!, $events: CampaignEventsOnClose) {\n      closeCampaign(id: $id, version: $v, events: $events) {\n        status\n      }\n    }\n  ": types.LifecycleCloseCampaignDocument,
    "\n  query ExportVolunteersCompare($first: Int!, $after: String, $filter: VolunteerFilter) {\n    volunteers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        realName\n        phone\n        status\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ExportVolunteersCompareDocument,
    "\n  query ExportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      kind\n      status\n      done\n      total\n      result\n      resultUrl\n    }\n  }\n": types.ExportJobDocument,
    "\n  fragment CampaignFields on Campaign {\n    id\n    name\n    status\n    version\n    startsOn\n    endsOn\n    themeDay\n    leadOrganisation {\n      id\n    }\n    region {\n      id\n    }\n    partners {\n      organisation {\n        id\n      }\n      role\n      status\n      respondedAt\n    }\n  }\n": types.CampaignFieldsFragmentDoc,
    "\n  mutation CreateCampaign2($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.CreateCampaign2Document,
    "\n  mutation UpdateCampaign2($id: ID!, $v: Int!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, version: $v, input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.UpdateCampaign2Document,
    "\n  mutation InviteCampaignPartner2($c: ID!, $o: ID!, $role: PartnerRole!, $v: Int) {\n    inviteCampaignPartner(campaignId: $c, organisationId: $o, role: $role, version: $v) {\n      id\n      role\n      status\n      respondedAt\n      version\n      campaign {\n        version\n      }\n    }\n  }\n": types.InviteCampaignPartner2Document,
    "\n  mutation RespondToCampaignInvitation2($c: ID!, $accept: Boolean!, $v: Int) {\n    respondToCampaignInvitation(campaignId: $c, accept: $accept, version: $v) {\n      id\n      status\n      respondedAt\n      version\n      organisation {\n        id\n      }\n    }\n  }\n": types.RespondToCampaignInvitation2Document,
    "\n  mutation PublishCampaign2($id: ID!, $v: Int!) {\n    publishCampaign(id: $id, version: $v) {\n      status\n      version\n    }\n  }\n": types.PublishCampaign2Document,
    "\n  mutation CloseCampaign2($id: ID!, $v: Int!) {\n    closeCampaign(id: $id, version: $v) {\n      status\n      version\n    }\n  }\n": types.CloseCampaign2Document,
    "\n  mutation RecordDonation2($input: RecordDonationInput!) {\n    recordDonation(input: $input) {\n      id\n      version\n      kind\n      amountFen\n      item\n      quantity\n      unit\n      donatedOn\n      donorName\n      donorOrganisation {\n        id\n      }\n      campaign {\n        id\n      }\n      voidedAt\n    }\n  }\n": types.RecordDonation2Document,
    "\n  mutation VoidDonation2($id: ID!, $v: Int!, $reason: String!) {\n    voidDonation(id: $id, version: $v, reason: $reason) {\n      id\n      voidedAt\n    }\n  }\n": types.VoidDonation2Document,
    "\n  fragment CampaignFigures on Campaign {\n    contributions {\n      organisation {\n        id\n      }\n      role\n      status\n      volunteers\n      events\n      verifiedMinutes\n      verifiedHours\n      personTimesServed\n      donationCashFen\n      donationItems\n    }\n    donationTotals {\n      cashFen\n      inKind {\n        item\n        unit\n        quantity\n      }\n    }\n  }\n": types.CampaignFiguresFragmentDoc,
    "\n  fragment ParticipationFields on Participation {\n    id\n    status\n    version\n    minutes\n    presentMinutes\n    checkInAt\n    checkOutAt\n    verifiedAt\n    waitlistPosition\n    attendanceMet\n    personTimesServed\n  }\n": types.ParticipationFieldsFragmentDoc,
    "\n  fragment EventFields on ServiceEvent {\n    id\n    status\n    version\n    capacity\n    verifiedMinutes\n    verifiedHours\n    personTimesServed\n    attendanceShare\n    organiser {\n      id\n    }\n    region {\n      id\n    }\n    station {\n      id\n    }\n  }\n": types.EventFieldsFragmentDoc,
    "\n  query TestTodo($first: Int!, $after: String) {\n    todo {\n      totalCount\n      counts {\n        kind\n        count\n      }\n      items(first: $first, after: $after) {\n        nodes {\n          kind\n          id\n          at\n          label\n          targetType\n          targetId\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.TestTodoDocument,
    "\n  mutation TestLiveApprove($id: ID!, $version: Int!) {\n    approveVolunteer(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n": types.TestLiveApproveDocument,
    "\n  mutation TestLiveCancelSignUp($id: ID!, $version: Int!) {\n    cancelSignUp(participationId: $id, version: $version) {\n      id\n      status\n    }\n  }\n": types.TestLiveCancelSignUpDocument,
    "\n  fragment PairingFields on Pairing {\n    id\n    kind\n    status\n    version\n    startedOn\n    endedOn\n    endReason\n    lastVisitAt\n    overdue\n    ownerA {\n      id\n    }\n    ownerB {\n      id\n    }\n  }\n": types.PairingFieldsFragmentDoc,
    "\n  mutation ProposePairing2($input: ProposePairingInput!) {\n    proposePairing(input: $input) {\n      ...PairingFields\n    }\n  }\n": types.ProposePairing2Document,
    "\n  mutation AcceptPairing2($id: ID!, $v: Int!) {\n    acceptPairing(id: $id, version: $v) {\n      ...PairingFields\n    }\n  }\n": types.AcceptPairing2Document,
    "\n  mutation PausePairing2($id: ID!, $v: Int!, $r: String) {\n    pausePairing(id: $id, version: $v, reason: $r) {\n      ...PairingFields\n    }\n  }\n": types.PausePairing2Document,
    "\n  mutation ResumePairing2($id: ID!, $v: Int!) {\n    resumePairing(id: $id, version: $v) {\n      ...PairingFields\n    }\n  }\n": types.ResumePairing2Document,
    "\n  mutation EndPairing2($id: ID!, $v: Int!, $r: String!) {\n    endPairing(id: $id, version: $v, reason: $r) {\n      ...PairingFields\n    }\n  }\n": types.EndPairing2Document,
    "\n  mutation LogPairingVisit2($input: LogPairingVisitInput!) {\n    logPairingVisit(input: $input) {\n      visit {\n        id\n        visitedOn\n        minutes\n        mode\n        notes\n      }\n      pairing {\n        id\n        lastVisitAt\n        version\n      }\n      donation {\n        kind\n        item\n        quantity\n        unit\n        amountFen\n        donorName\n        donorOrganisation {\n          id\n        }\n      }\n    }\n  }\n": types.LogPairingVisit2Document,
    "\n  query Pairings4($f: PairingFilter) {\n    pairings(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n        overdue\n      }\n    }\n  }\n": types.Pairings4Document,
    "\n  mutation RegisterVolunteer2($input: VolunteerRegistrationInput!) {\n    registerVolunteer(input: $input) {\n      reference\n      station {\n        name\n        phone\n      }\n      status\n      registeredAt\n    }\n  }\n": types.RegisterVolunteer2Document,
    "\n  mutation SubmitServiceRequest2($input: SubmitServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      reference\n      station {\n        name\n        phone\n      }\n      status\n      createdAt\n    }\n  }\n": types.SubmitServiceRequest2Document,
    "\n  fragment RequestFields on ServiceRequest {\n    id\n    status\n    version\n    callbackRequested\n    closingNote\n    phone\n    assignedVolunteer {\n      id\n    }\n    participation {\n      id\n      minutes\n      status\n      verifiedAt\n    }\n  }\n": types.RequestFieldsFragmentDoc,
    "\n  mutation CreateServiceRequest2($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      ...RequestFields\n      requesterName\n      beneficiary {\n        id\n      }\n    }\n  }\n": types.CreateServiceRequest2Document,
    "\n  mutation AssignServiceRequest2($id: ID!, $v: Int!, $vol: ID!) {\n    assignServiceRequest(id: $id, version: $v, volunteerId: $vol) {\n      ...RequestFields\n    }\n  }\n": types.AssignServiceRequest2Document,
    "\n  mutation CompleteServiceRequest2($id: ID!, $v: Int!, $m: Int!, $p: Int, $n: String) {\n    completeServiceRequest(id: $id, version: $v, minutes: $m, personTimesServed: $p, note: $n) {\n      ...RequestFields\n    }\n  }\n": types.CompleteServiceRequest2Document,
    "\n  mutation CancelServiceRequest2($id: ID!, $v: Int!, $r: String!) {\n    cancelServiceRequest(id: $id, version: $v, reason: $r) {\n      ...RequestFields\n    }\n  }\n": types.CancelServiceRequest2Document,
    "\n  query RequestNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ServiceRequest {\n        ...RequestFields\n      }\n    }\n  }\n": types.RequestNodeDocument,
    "\n      query PairingParties($id: ID!) {\n        node(id: $id) {\n          ... on Pairing {\n            volunteer {\n              id\n            }\n            parties {\n              helper\n              helped\n            }\n          }\n        }\n      }\n    ": types.PairingPartiesDocument,
    "\n          query PairingOverdueNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on Pairing {\n                overdue\n              }\n            }\n          }\n        ": types.PairingOverdueNodeDocument,
    "\n              query Dashboard5($f: DashboardFilter) {\n                dashboard(filter: $f) {\n                  pairings {\n                    overdue\n                  }\n                }\n              }\n            ": types.Dashboard5Document,
    "\n        query __schema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      ": types.__SchemaDocument,
    "\n        query Regions4 {\n          regions(first: 1) {\n            totalCount\n          }\n        }\n      ": types.Regions4Document,
    "\n        query Volunteers9 {\n          volunteers(first: 1) {\n            totalCount\n          }\n        }\n      ": types.Volunteers9Document,
    "\n  mutation ReferencesCreateEvent($input: CreateServiceEventInput!) {\n    createServiceEvent(input: $input) {\n      id\n    }\n  }\n": types.ReferencesCreateEventDocument,
    "\n  query RegistryViewerCan($org: ID!, $station: ID!, $team: ID!, $type: ID!, $skill: ID!) {\n    org: node(id: $org) {\n      ... on Organisation {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    station: node(id: $station) {\n      ... on ServiceStation {\n        viewerCan {\n          edit\n          suspend\n          editBoard\n        }\n      }\n    }\n    team: node(id: $team) {\n      ... on VolunteerTeam {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    type: node(id: $type) {\n      ... on ServiceType {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    skill: node(id: $skill) {\n      ... on Skill {\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n": types.RegistryViewerCanDocument,
    "\n  query RegistryPublicViewerCan {\n    organisations(first: 5) {\n      nodes {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    serviceStations(first: 5) {\n      nodes {\n        viewerCan {\n          edit\n          suspend\n          editBoard\n        }\n      }\n    }\n  }\n": types.RegistryPublicViewerCanDocument,
    "\n  mutation ViewerCanRenameOrganisation($id: ID!, $version: Int!, $name: String!) {\n    updateOrganisation(id: $id, version: $version, input: { name: $name }) {\n      version\n    }\n  }\n": types.ViewerCanRenameOrganisationDocument,
    "\n  mutation ViewerCanRenameServiceType($id: ID!, $version: Int!, $name: String!) {\n    updateServiceType(id: $id, version: $version, input: { name: $name }) {\n      version\n    }\n  }\n": types.ViewerCanRenameServiceTypeDocument,
    "\n  mutation RegistryCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n      status\n      version\n      contactPhone\n      contactEmail\n    }\n  }\n": types.RegistryCreateOrganisationDocument,
    "\n  mutation RegistryUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.RegistryUpdateOrganisationDocument,
    "\n  mutation RegistryOrganisationStatus($id: ID!, $version: Int!, $status: RegistryStatus!, $reason: String) {\n    setOrganisationStatus(id: $id, version: $version, status: $status, reason: $reason) {\n      status\n      version\n    }\n  }\n": types.RegistryOrganisationStatusDocument,
    "\n  mutation RegistryInvite($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      id\n      status\n      destination\n      account {\n        id\n        activated\n      }\n    }\n  }\n": types.RegistryInviteDocument,
    "\n  mutation RegistryCreateTeam($input: CreateVolunteerTeamInput!) {\n    createVolunteerTeam(input: $input) {\n      id\n      name\n      organisation {\n        id\n      }\n    }\n  }\n": types.RegistryCreateTeamDocument,
    "\n  mutation RegistryCreateStation($input: CreateServiceStationInput!) {\n    createServiceStation(input: $input) {\n      id\n      name\n      contactPhone\n      organisation {\n        id\n      }\n    }\n  }\n": types.RegistryCreateStationDocument,
    "\n  mutation RegistryCreateServiceType($input: CreateServiceTypeInput!) {\n    createServiceType(input: $input) {\n      id\n      code\n    }\n  }\n": types.RegistryCreateServiceTypeDocument,
    "\n  query RegistryInvitations {\n    invitations(first: 100) {\n      nodes {\n        id\n        status\n        account {\n          id\n        }\n      }\n    }\n  }\n": types.RegistryInvitationsDocument,
    "\n  mutation RegistryRevoke($id: ID!) {\n    revokeInvitation(invitationId: $id) {\n      status\n    }\n  }\n": types.RegistryRevokeDocument,
    "\n  mutation RegistryResend($id: ID!) {\n    resendInvitation(invitationId: $id) {\n      status\n    }\n  }\n": types.RegistryResendDocument,
    "\n  query RegistryViewer {\n    viewer {\n      username\n      roles {\n        role\n      }\n    }\n  }\n": types.RegistryViewerDocument,
    "\n  mutation RegistryApprove($id: ID!, $v: Int!) {\n    approveVolunteer(id: $id, version: $v) {\n      status\n    }\n  }\n": types.RegistryApproveDocument,
    "\n  query RegistryMyParticipations {\n    participations(first: 10) {\n      nodes {\n        status\n        event {\n          id\n        }\n      }\n    }\n  }\n": types.RegistryMyParticipationsDocument,
    "\n  mutation RegistryReset($id: ID!) {\n    resetPassword(accountId: $id) {\n      id\n    }\n  }\n": types.RegistryResetDocument,
    "\n  mutation RegistryForgot($login: String!) {\n    requestPasswordReset(login: $login)\n  }\n": types.RegistryForgotDocument,
    "\n      query ServiceRequests($n: Int!) {\n        serviceRequests(first: $n) {\n          nodes {\n            status\n            assignedVolunteer {\n              id\n            }\n            participation {\n              minutes\n              volunteer {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.ServiceRequestsDocument,
    "\n  query SpreadsheetImportCheck($id: ID!) {\n    spreadsheetImport(id: $id) {\n      id\n      rowCount\n      errorRowCount\n      problems {\n        row\n        column\n        header\n        key\n        message\n      }\n      job {\n        id\n        status\n      }\n    }\n  }\n": types.SpreadsheetImportCheckDocument,
    "\n  mutation ConfirmSpreadsheetImport($id: ID!) {\n    confirmSpreadsheetImport(id: $id) {\n      id\n      status\n      total\n    }\n  }\n": types.ConfirmSpreadsheetImportDocument,
    "\n  query ImportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      kind\n      status\n      done\n      total\n      result\n      errorMessage\n    }\n  }\n": types.ImportJobDocument,
    "\n    mutation UpdateStationBoard2($id: ID!, $v: Int!, $input: StationBoardInput!) {\n      updateStationBoard(id: $id, version: $v, input: $input) {\n        version\n        openingHours\n        contactPhone\n        serviceTypes {\n          id\n        }\n      }\n    }\n  ": types.UpdateStationBoard2Document,
    "\n        query StationBoardNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on ServiceStation {\n              openingHours\n              serviceTypes {\n                id\n              }\n            }\n          }\n        }\n      ": types.StationBoardNodeDocument,
    "\n  query SuppressionDisability($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      disability {\n        beneficiaries\n        byCategory {\n          key\n          value\n        }\n        byGrade {\n          key\n          value\n        }\n      }\n    }\n  }\n": types.SuppressionDisabilityDocument,
    "\n  mutation SignUpForEvent3($e: ID!) {\n    signUpForEvent(eventId: $e) {\n      id\n      status\n    }\n  }\n": types.SignUpForEvent3Document,
    "\n  mutation CreateServiceEvent3($i: CreateServiceEventInput!) {\n    createServiceEvent(input: $i) {\n      id\n      adultsOnly\n      requiredSkills {\n        name\n      }\n    }\n  }\n": types.CreateServiceEvent3Document,
    "\n  query SubmissionStatus($r: String!, $d: String!) {\n    submissionStatus(reference: $r, phoneLast4: $d) {\n      reference\n      kind\n      status\n      submittedAt\n      station {\n        name\n        phone\n      }\n    }\n  }\n": types.SubmissionStatusDocument,
    "\n      mutation RevealCaller($id: ID!, $reason: String!) {\n        revealPersonalData(id: $id, reason: $reason) {\n          fields\n          phone\n          idNumber\n        }\n      }\n    ": types.RevealCallerDocument,
    "\n    mutation CreateSkill($i: CreateSkillInput!) {\n      createSkill(input: $i) {\n        id\n        name\n      }\n    }\n  ": types.CreateSkillDocument,
    "\n    query Suggest($e: ID!, $n: Int!) {\n      suggestVolunteersForEvent(eventId: $e, first: $n) {\n        volunteer {\n          id\n          realName\n        }\n        score\n        skillScore\n        availabilityScore\n        distanceScore\n        loadScore\n        recentHours\n      }\n    }\n  ": types.SuggestDocument,
    "\n      mutation OwnAvailability($v: Int!, $i: VolunteerProfileInput!) {\n        updateMyVolunteerProfile(version: $v, input: $i) {\n          skills {\n            name\n          }\n          availability {\n            weekday\n            from\n            to\n          }\n          preferredDistricts {\n            name\n          }\n          version\n        }\n      }\n    ": types.OwnAvailabilityDocument,
    "\n      mutation Invite($e: ID!, $v: ID!) {\n        inviteVolunteerToEvent(eventId: $e, volunteerId: $v) {\n          id\n          status\n          version\n        }\n      }\n    ": types.InviteDocument,
    "\n      mutation Respond($i: ID!, $v: Int!, $a: Boolean!) {\n        respondToEventInvitation(invitationId: $i, version: $v, accept: $a) {\n          status\n          participation {\n            status\n          }\n          event {\n            title\n          }\n        }\n      }\n    ": types.RespondDocument,
    "\n    query PublicEvents($first: Int!) {\n      serviceEvents(first: $first) {\n        totalCount\n        nodes {\n          id\n          title\n          place\n          status\n          startsAt\n          placesLeft\n          station {\n            name\n          }\n          campaign {\n            status\n          }\n          participations {\n            id\n          }\n        }\n      }\n    }\n  ": types.PublicEventsDocument,
    "\n    mutation PublicCampaign($i: CreateCampaignInput!) {\n      createCampaign(input: $i) {\n        id\n        version\n      }\n    }\n  ": types.PublicCampaignDocument,
    "\n    mutation PublishPublicCampaign($id: ID!, $v: Int!) {\n      publishCampaign(id: $id, version: $v) {\n        status\n      }\n    }\n  ": types.PublishPublicCampaignDocument,
    "\n      query PublicEventNode($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    ": types.PublicEventNodeDocument,
    "\n      query PublicPeople {\n        participations(first: 1) {\n          totalCount\n        }\n      }\n    ": types.PublicPeopleDocument,
    "\n      query PublicCampaignEvents {\n        campaigns(first: 20) {\n          nodes {\n            status\n            events(first: 50) {\n              status\n            }\n          }\n        }\n      }\n    ": types.PublicCampaignEventsDocument,
    "\n  query TenancyVolunteers($filter: VolunteerFilter) {\n    volunteers(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": types.TenancyVolunteersDocument,
    "\n  query TenancyBeneficiaries {\n    beneficiaries(first: 100) {\n      totalCount\n      nodes {\n        id\n        idNumber\n        certificateNumber\n        phone\n      }\n    }\n  }\n": types.TenancyBeneficiariesDocument,
    "\n  query TenancyNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.TenancyNodeDocument,
    "\n  mutation TenancyReveal($id: ID!, $reason: String!) {\n    revealPersonalData(id: $id, reason: $reason) {\n      fields\n      idNumber\n      certificateNumber\n      phone\n      address\n    }\n  }\n": types.TenancyRevealDocument,
    "\n        query TenancyCampaigns {\n          campaigns(first: 20) {\n            nodes {\n              id\n              partners(first: 20) {\n                organisation {\n                  id\n                }\n                events(first: 10) {\n                  title\n                  participations(first: 30) {\n                    volunteer {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.TenancyCampaignsDocument,
    "\n        query TenancyPairings {\n          pairings(first: 100) {\n            totalCount\n            nodes {\n              id\n              beneficiary {\n                id\n              }\n            }\n          }\n        }\n      ": types.TenancyPairingsDocument,
    "\n        query TenancyViewerVolunteers {\n          volunteers(first: 1) {\n            totalCount\n          }\n        }\n      ": types.TenancyViewerVolunteersDocument,
    "\n        query TenancyViewerCampaign($id: ID!) {\n          node(id: $id) {\n            ... on Campaign {\n              events(first: 10) {\n                title\n                participations(first: 10) {\n                  id\n                  volunteer {\n                    realName\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.TenancyViewerCampaignDocument,
    "\n        query TenancyMyPairings {\n          pairings(first: 10, filter: { statuses: [ACTIVE] }) {\n            nodes {\n              id\n              beneficiary {\n                id\n              }\n            }\n          }\n        }\n      ": types.TenancyMyPairingsDocument,
    "\n    query TenancyAuditRecords($action: String) {\n      auditLogs(first: 5, filter: { action: $action }) {\n        nodes {\n          recordType\n          record {\n            name\n            pageType\n            pageId\n          }\n        }\n      }\n    }\n  ": types.TenancyAuditRecordsDocument,
    "\n    mutation ScheduleTrainingSession2($input: ScheduleTrainingSessionInput!) {\n      scheduleTrainingSession(input: $input) {\n        id\n        title\n        heldOn\n        minutes\n        organisation {\n          id\n        }\n        region {\n          id\n        }\n      }\n    }\n  ": types.ScheduleTrainingSession2Document,
    "\n    mutation EnrolInTraining2($s: ID!, $v: [ID!]!) {\n      enrolInTraining(sessionId: $s, volunteerIds: $v) {\n        enrolled\n        alreadyEnrolled\n        session {\n          id\n        }\n      }\n    }\n  ": types.EnrolInTraining2Document,
    "\n    mutation RecordTrainingAttendance2($s: ID!, $v: [ID!]!) {\n      recordTrainingAttendance(sessionId: $s, attendedVolunteerIds: $v) {\n        id\n        attendances(first: 50) {\n          attended\n          volunteer {\n            id\n          }\n        }\n      }\n    }\n  ": types.RecordTrainingAttendance2Document,
    "\n        query TrainingRecordNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on Volunteer {\n              trainingRecord {\n                attended\n                session {\n                  id\n                  title\n                  heldOn\n                }\n              }\n            }\n          }\n        }\n      ": types.TrainingRecordNodeDocument,
    "\n      query Volunteers14($n: Int!) {\n        volunteers(first: $n, orderBy: { field: REGISTERED_AT, direction: ASC }) {\n          nodes {\n            trainingRecord(first: 10) {\n              attended\n              session {\n                title\n                organisation {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.Volunteers14Document,
    "\n        query Volunteers15 {\n          volunteers(first: 1) {\n            nodes {\n              trainingRecord {\n                attended\n              }\n            }\n          }\n        }\n      ": types.Volunteers15Document,
    "\n        query Volunteers16 {\n          volunteers(first: 1) {\n            nodes {\n              trainingRecord {\n                attended\n              }\n            }\n          }\n        }\n      ": types.Volunteers16Document,
    "\n  mutation VisitReviewLog($input: LogPairingVisitInput!) {\n    logPairingVisit(input: $input) {\n      visit {\n        id\n        version\n        review\n      }\n    }\n  }\n": types.VisitReviewLogDocument,
    "\n  mutation VisitReviewConfirm($id: ID!, $version: Int!, $serviceTypeId: ID) {\n    confirmPairingVisit(id: $id, version: $version, serviceTypeId: $serviceTypeId) {\n      id\n      review\n      version\n      reviewedAt\n    }\n  }\n": types.VisitReviewConfirmDocument,
    "\n  mutation VisitReviewDecline($id: ID!, $version: Int!, $reason: String!) {\n    declinePairingVisit(id: $id, version: $version, reason: $reason) {\n      review\n      reviewNote\n      version\n    }\n  }\n": types.VisitReviewDeclineDocument,
    "\n  query VisitReviewVolunteer($id: ID!, $region: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    node(id: $id) {\n      ... on Volunteer {\n        verifiedHours\n        starLevel\n      }\n    }\n    dashboard(filter: { regionId: $region, from: $from, to: $to }) {\n      hours {\n        verified\n      }\n    }\n  }\n": types.VisitReviewVolunteerDocument,
    "\n      query VisitReviewCan($id: ID!) {\n        node(id: $id) {\n          ... on Pairing {\n            viewerCan {\n              manage\n              logVisit\n              accept\n              reviewVisits\n            }\n          }\n        }\n      }\n    ": types.VisitReviewCanDocument,
    "\n  fragment VolunteerReachFields on Beneficiary {\n    id\n    realName\n    idNumber\n    certificateNumber\n    birthDate\n    disabilityGrade\n    phone\n    address\n    needs {\n      id\n    }\n  }\n": types.VolunteerReachFieldsFragmentDoc,
    "\n  query VolunteerReachPerson($id: ID!) {\n    node(id: $id) {\n      ...VolunteerReachFields\n    }\n  }\n": types.VolunteerReachPersonDocument,
    "\n  query VolunteerReachPaired {\n    pairings(first: 10, filter: { statuses: [ACTIVE] }) {\n      nodes {\n        beneficiary {\n          ...VolunteerReachFields\n        }\n      }\n    }\n  }\n": types.VolunteerReachPairedDocument,
    "\n    mutation ApproveVolunteer2($id: ID!, $v: Int!) {\n      approveVolunteer(id: $id, version: $v) {\n        id\n        status\n        version\n      }\n    }\n  ": types.ApproveVolunteer2Document,
    "\n        mutation RejectVolunteer2($id: ID!) {\n          rejectVolunteer(id: $id, version: 1, reason: \"  \") {\n            status\n          }\n        }\n      ": types.RejectVolunteer2Document,
    "\n        mutation SetVolunteerStatus2($id: ID!) {\n          setVolunteerStatus(id: $id, version: 2, status: SUSPENDED, reason: \"长期未参加活动\") {\n            status\n            statusReason\n            version\n          }\n        }\n      ": types.SetVolunteerStatus2Document,
    "\n        mutation SetVolunteerStatus3($id: ID!) {\n          setVolunteerStatus(id: $id, version: 3, status: ACTIVE) {\n            status\n          }\n        }\n      ": types.SetVolunteerStatus3Document,
    "\n        query Viewer3 {\n          viewer {\n            roles {\n              volunteer {\n                id\n                version\n              }\n            }\n          }\n        }\n      ": types.Viewer3Document,
    "\n        mutation UpdateMyVolunteerProfile2($v: Int!, $skill: ID!) {\n          updateMyVolunteerProfile(\n            version: $v\n            input: { phone: \"13912345678\", skillIds: [$skill], otherSkill: \" 助餐 \" }\n          ) {\n            skills {\n              name\n            }\n            otherSkill\n            version\n          }\n        }\n      ": types.UpdateMyVolunteerProfile2Document,
    "\n        mutation UpdateMyVolunteerProfile3($v: Int!) {\n          updateMyVolunteerProfile(version: $v, input: { phone: \"999\" }) {\n            version\n          }\n        }\n      ": types.UpdateMyVolunteerProfile3Document,
    "\n  query WritePolicyNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.WritePolicyNodeDocument,
    "\n  mutation WritePolicyReveal($id: ID!, $reason: String!) {\n    revealPersonalData(id: $id, reason: $reason) {\n      fields\n      idNumber\n      phone\n    }\n  }\n": types.WritePolicyRevealDocument,
    "\n        query WritePolicyPairingCount {\n          pairings(first: 1) {\n            totalCount\n          }\n        }\n      ": types.WritePolicyPairingCountDocument,
    "\n    mutation WritePolicyPropose($input: ProposePairingInput!) {\n      proposePairing(input: $input) {\n        id\n        ownerB {\n          id\n        }\n      }\n    }\n  ": types.WritePolicyProposeDocument,
    "\n      mutation WritePolicyRecordDonation($input: RecordDonationInput!) {\n        recordDonation(input: $input) {\n          id\n        }\n      }\n    ": types.WritePolicyRecordDonationDocument,
    "\n      mutation WritePolicyUpdateVolunteer($id: ID!, $v: Int!, $input: VolunteerAdminInput!) {\n        updateVolunteer(id: $id, version: $v, input: $input) {\n          id\n        }\n      }\n    ": types.WritePolicyUpdateVolunteerDocument,
    "\n      mutation WritePolicyVerifyHours($ids: [ID!]!) {\n        verifyHours(participationIds: $ids) {\n          id\n          verifiedAt\n        }\n      }\n    ": types.WritePolicyVerifyHoursDocument,
    "\n  mutation SavePlans($input: SaveYearEndReportPlansInput!) {\n    saveYearEndReportPlans(input: $input) {\n      year\n      plans\n      updatedAt\n    }\n  }\n": types.SavePlansDocument,
    "\n  query Plans($year: Int!, $regionId: ID) {\n    yearEndReportPlans(year: $year, regionId: $regionId) {\n      year\n      plans\n      updatedAt\n    }\n  }\n": types.PlansDocument,
    "\n  mutation GenerateWithStoredPlans($input: GenerateYearEndReportInput!) {\n    generateYearEndReport(input: $input) {\n      id\n    }\n  }\n": types.GenerateWithStoredPlansDocument,
    "\n  query PlansReportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      status\n      resultUrl\n      errorMessage\n    }\n  }\n": types.PlansReportJobDocument,
    "\n  mutation GenerateReport($input: GenerateYearEndReportInput!) {\n    generateYearEndReport(input: $input) {\n      id\n      kind\n      status\n    }\n  }\n": types.GenerateReportDocument,
    "\n  query ReportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      status\n      resultUrl\n      errorMessage\n    }\n  }\n": types.ReportJobDocument,
    "\n  query ReportDashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      counts {\n        teams\n        districtTeams\n        stations\n        volunteers\n        activeVolunteers\n        events\n        stationsWithoutEvents\n        commendations\n        partners\n      }\n      personTimes {\n        total\n      }\n      hours {\n        verified\n      }\n      pairings {\n        overdue\n        byKind {\n          label\n          value\n        }\n      }\n      training {\n        trained\n        active\n      }\n      campaigns {\n        name\n        partners {\n          organisationName\n          volunteers\n          events\n          personTimes\n        }\n      }\n    }\n  }\n": types.ReportDashboardDocument,
    "\n  query ReportView($year: Int!, $regionId: ID) {\n    yearEndReport(year: $year, regionId: $regionId) {\n      year\n      scopeName\n      plans\n      current {\n        counts {\n          teams\n          districtTeams\n          stations\n          volunteers\n          events\n          stationsWithoutEvents\n          commendations\n          partners\n        }\n        personTimes {\n          total\n        }\n      }\n      previous {\n        counts {\n          volunteers\n          commendations\n        }\n      }\n    }\n  }\n": types.ReportViewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Volunteers {\n          volunteers(first: 5) {\n            totalCount\n            nodes {\n              idNumber\n              phone\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Volunteers {\n          volunteers(first: 5) {\n            totalCount\n            nodes {\n              idNumber\n              phone\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Volunteers2 {\n          volunteers(first: 1, filter: { categories: [STUDENT], statuses: [ACTIVE] }) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query Volunteers2 {\n          volunteers(first: 1, filter: { categories: [STUDENT], statuses: [ACTIVE] }) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Organisations {\n          organisations(first: 100, filter: { kinds: [NGO] }) {\n            totalCount\n            nodes {\n              kind\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Organisations {\n          organisations(first: 100, filter: { kinds: [NGO] }) {\n            totalCount\n            nodes {\n              kind\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Volunteers3($q: String) {\n          volunteers(first: 100, filter: { search: $q }) {\n            nodes {\n              realName\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Volunteers3($q: String) {\n          volunteers(first: 100, filter: { search: $q }) {\n            nodes {\n              realName\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AnyNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            id\n          }\n        }\n      "): (typeof documents)["\n        query AnyNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BeneficiaryAccessNeeds($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on Beneficiary {\n              accessNeeds\n            }\n          }\n        }\n      "): (typeof documents)["\n        query BeneficiaryAccessNeeds($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on Beneficiary {\n              accessNeeds\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Pairings {\n          pairings(first: 1, filter: { overdue: true }) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query Pairings {\n          pairings(first: 1, filter: { overdue: true }) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MissingNode($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query MissingNode($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Node5 {\n          node(id: \"not-an-id\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query Node5 {\n          node(id: \"not-an-id\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Campaigns($n: Int!, $m: Int!) {\n      campaigns(first: $n) {\n        nodes {\n          name\n          leadOrganisation {\n            name\n          }\n          partners(first: $m) {\n            role\n            organisation {\n              name\n            }\n            events(first: $m) {\n              title\n              serviceType {\n                name\n              }\n              participations(first: $m) {\n                minutes\n                volunteer {\n                  realName\n                  homeRegion {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query Campaigns($n: Int!, $m: Int!) {\n      campaigns(first: $n) {\n        nodes {\n          name\n          leadOrganisation {\n            name\n          }\n          partners(first: $m) {\n            role\n            organisation {\n              name\n            }\n            events(first: $m) {\n              title\n              serviceType {\n                name\n              }\n              participations(first: $m) {\n                minutes\n                volunteer {\n                  realName\n                  homeRegion {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Volunteers4($n: Int!, $m: Int!) {\n      volunteers(first: $n) {\n        nodes {\n          starLevel\n          verifiedHours\n          trainingRecord(first: $m) {\n            attended\n            session {\n              title\n            }\n          }\n        }\n      }\n      serviceRequests(first: $n) {\n        nodes {\n          assignedVolunteer {\n            realName\n          }\n          participation {\n            minutes\n            waitlistPosition\n            attendanceMet\n            corrections {\n              requestedMinutes\n            }\n            event {\n              title\n            }\n          }\n        }\n      }\n      pairings(first: $n) {\n        nodes {\n          overdue\n          volunteer {\n            starLevel\n          }\n          visits(first: $m) {\n            minutes\n          }\n        }\n      }\n      campaigns(first: $n) {\n        nodes {\n          contributions {\n            organisation {\n              name\n            }\n            verifiedHours\n          }\n          donationTotals {\n            cashFen\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query Volunteers4($n: Int!, $m: Int!) {\n      volunteers(first: $n) {\n        nodes {\n          starLevel\n          verifiedHours\n          trainingRecord(first: $m) {\n            attended\n            session {\n              title\n            }\n          }\n        }\n      }\n      serviceRequests(first: $n) {\n        nodes {\n          assignedVolunteer {\n            realName\n          }\n          participation {\n            minutes\n            waitlistPosition\n            attendanceMet\n            corrections {\n              requestedMinutes\n            }\n            event {\n              title\n            }\n          }\n        }\n      }\n      pairings(first: $n) {\n        nodes {\n          overdue\n          volunteer {\n            starLevel\n          }\n          visits(first: $m) {\n            minutes\n          }\n        }\n      }\n      campaigns(first: $n) {\n        nodes {\n          contributions {\n            organisation {\n              name\n            }\n            verifiedHours\n          }\n          donationTotals {\n            cashFen\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Volunteers5 {\n          volunteers(first: 101) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query Volunteers5 {\n          volunteers(first: 101) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Volunteers6 {\n          volunteers(first: 5, after: \"bm9wZQ\") {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query Volunteers6 {\n          volunteers(first: 5, after: \"bm9wZQ\") {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Volunteers7($r: ID) {\n          volunteers(first: 5, filter: { regionId: $r }) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query Volunteers7($r: ID) {\n          volunteers(first: 5, filter: { regionId: $r }) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Campaigns2 {\n          campaigns(first: 5, filter: { from: \"2026-02-30\" }) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query Campaigns2 {\n          campaigns(first: 5, filter: { from: \"2026-02-30\" }) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Volunteers8 {\n          volunteers(first: 3) {\n            nodes {\n              idNumber\n              phone\n              birthDate\n            }\n          }\n          beneficiaries(first: 3) {\n            nodes {\n              idNumber\n              certificateNumber\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Volunteers8 {\n          volunteers(first: 3) {\n            nodes {\n              idNumber\n              phone\n              birthDate\n            }\n          }\n          beneficiaries(first: 3) {\n            nodes {\n              idNumber\n              certificateNumber\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Dashboard4 {\n          dashboard(filter: { from: \"2027-01-01T00:00:00Z\", to: \"2027-02-01T00:00:00Z\" }) {\n            hours {\n              verified\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Dashboard4 {\n          dashboard(filter: { from: \"2027-01-01T00:00:00Z\", to: \"2027-02-01T00:00:00Z\" }) {\n            hours {\n              verified\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query VolunteerHoursNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on Volunteer {\n                verifiedHours\n              }\n            }\n          }\n        "): (typeof documents)["\n          query VolunteerHoursNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on Volunteer {\n                verifiedHours\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation IssueEventCode2($e: ID!) {\n              issueEventCode(eventId: $e) {\n                code\n                expiresAt\n                event {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            mutation IssueEventCode2($e: ID!) {\n              issueEventCode(eventId: $e) {\n                code\n                expiresAt\n                event {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CheckInWithCode($e: ID!, $c: String!) {\n            checkInWithCode(eventId: $e, code: $c) {\n              ...ParticipationFields\n            }\n          }\n        "): (typeof documents)["\n          mutation CheckInWithCode($e: ID!, $c: String!) {\n            checkInWithCode(eventId: $e, code: $c) {\n              ...ParticipationFields\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CheckOutWithCode($e: ID!, $c: String!) {\n            checkOutWithCode(eventId: $e, code: $c) {\n              ...ParticipationFields\n            }\n          }\n        "): (typeof documents)["\n          mutation CheckOutWithCode($e: ID!, $c: String!) {\n            checkOutWithCode(eventId: $e, code: $c) {\n              ...ParticipationFields\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation IssueEventCode3($e: ID!) {\n            issueEventCode(eventId: $e) {\n              code\n            }\n          }\n        "): (typeof documents)["\n          mutation IssueEventCode3($e: ID!) {\n            issueEventCode(eventId: $e) {\n              code\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CheckInWithCode2($e: ID!, $c: String!) {\n            checkInWithCode(eventId: $e, code: $c) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CheckInWithCode2($e: ID!, $c: String!) {\n            checkInWithCode(eventId: $e, code: $c) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation VerifyHours2($ids: [ID!]!) {\n            verifyHours(participationIds: $ids) {\n              ...ParticipationFields\n            }\n          }\n        "): (typeof documents)["\n          mutation VerifyHours2($ids: [ID!]!) {\n            verifyHours(participationIds: $ids) {\n              ...ParticipationFields\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RecordPersonTimesServed2($p: ID!, $v: Int!) {\n          recordPersonTimesServed(participationId: $p, version: $v, count: 4) {\n            ...ParticipationFields\n          }\n        }\n      "): (typeof documents)["\n        mutation RecordPersonTimesServed2($p: ID!, $v: Int!) {\n          recordPersonTimesServed(participationId: $p, version: $v, count: 4) {\n            ...ParticipationFields\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RequestHourCorrection2($i: HourCorrectionRequestInput!) {\n            requestHourCorrection(input: $i) {\n              id\n              status\n              version\n              previousMinutes\n              requestedMinutes\n            }\n          }\n        "): (typeof documents)["\n          mutation RequestHourCorrection2($i: HourCorrectionRequestInput!) {\n            requestHourCorrection(input: $i) {\n              id\n              status\n              version\n              previousMinutes\n              requestedMinutes\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ResolveHourCorrection2($id: ID!, $v: Int!, $a: Boolean!, $n: String) {\n            resolveHourCorrection(id: $id, version: $v, approve: $a, note: $n) {\n              id\n              status\n              resolutionNote\n            }\n          }\n        "): (typeof documents)["\n          mutation ResolveHourCorrection2($id: ID!, $v: Int!, $a: Boolean!, $n: String) {\n            resolveHourCorrection(id: $id, version: $v, approve: $a, note: $n) {\n              id\n              status\n              resolutionNote\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HourCorrections {\n          hourCorrections(first: 10) {\n            totalCount\n            nodes {\n              id\n              participation {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HourCorrections {\n          hourCorrections(first: 10) {\n            totalCount\n            nodes {\n              id\n              participation {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CancelServiceEvent2($id: ID!, $v: Int!) {\n              cancelServiceEvent(id: $id, version: $v, reason: \"下雨\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation CancelServiceEvent2($id: ID!, $v: Int!) {\n              cancelServiceEvent(id: $id, version: $v, reason: \"下雨\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CloseServiceEvent2($id: ID!, $v: Int!) {\n          closeServiceEvent(id: $id, version: $v) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation CloseServiceEvent2($id: ID!, $v: Int!) {\n          closeServiceEvent(id: $id, version: $v) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login2($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      accessToken\n      expiresAt\n      viewer {\n        username\n        permissions\n        roles {\n          role\n          region {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login2($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      accessToken\n      expiresAt\n      viewer {\n        username\n        permissions\n        roles {\n          role\n          region {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession2 {\n    refreshSession {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession2 {\n    refreshSession {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer2 {\n    viewer {\n      username\n    }\n    volunteers(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Viewer2 {\n    viewer {\n      username\n    }\n    volunteers(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation Logout2 {\n          logout\n        }\n      "): (typeof documents)["\n        mutation Logout2 {\n          logout\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation InviteAccount2($u: String!, $m: String!, $s: ID!) {\n        inviteAccount(\n          input: {\n            username: $u\n            mobile: $m\n            displayName: \"站点协调员\"\n            roles: [{ role: STATION_COORDINATOR, stationId: $s }]\n          }\n        ) {\n          status\n          account {\n            username\n            activated\n            roles {\n              role\n              station {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation InviteAccount2($u: String!, $m: String!, $s: ID!) {\n        inviteAccount(\n          input: {\n            username: $u\n            mobile: $m\n            displayName: \"站点协调员\"\n            roles: [{ role: STATION_COORDINATOR, stationId: $s }]\n          }\n        ) {\n          status\n          account {\n            username\n            activated\n            roles {\n              role\n              station {\n                id\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation InviteAccount3($input: InviteAccountInput!) {\n        inviteAccount(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation InviteAccount3($input: InviteAccountInput!) {\n        inviteAccount(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DisableAccount2($id: ID!) {\n          disableAccount(accountId: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation DisableAccount2($id: ID!) {\n          disableAccount(accountId: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DisableAccount3($id: ID!) {\n          disableAccount(accountId: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation DisableAccount3($id: ID!) {\n          disableAccount(accountId: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Campaigns3 {\n          campaigns(first: 100) {\n            nodes {\n              partners(first: 100) {\n                events(first: 100) {\n                  participations(first: 100) {\n                    volunteer {\n                      realName\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Campaigns3 {\n          campaigns(first: 100) {\n            nodes {\n              partners(first: 100) {\n                events(first: 100) {\n                  participations(first: 100) {\n                    volunteer {\n                      realName\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Regions {\n          regions(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query Regions {\n          regions(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Regions2 {\n          regions(first: 1000) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query Regions2 {\n          regions(first: 1000) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Regions3 {\n            regions(first: 1) {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query Regions3 {\n            regions(first: 1) {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateBeneficiary2($input: BeneficiaryInput!) {\n      createBeneficiary(input: $input) {\n        id\n        disabilityCategory\n        disabilityGrade\n        certificateNumber\n        station {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateBeneficiary2($input: BeneficiaryInput!) {\n      createBeneficiary(input: $input) {\n        id\n        disabilityCategory\n        disabilityGrade\n        certificateNumber\n        station {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateBeneficiary2($id: ID!, $v: Int!, $input: BeneficiaryUpdateInput!) {\n        updateBeneficiary(id: $id, version: $v, input: $input) {\n          version\n          accessNeeds\n          disabilityGrade\n        }\n      }\n    "): (typeof documents)["\n      mutation UpdateBeneficiary2($id: ID!, $v: Int!, $input: BeneficiaryUpdateInput!) {\n        updateBeneficiary(id: $id, version: $v, input: $input) {\n          version\n          accessNeeds\n          disabilityGrade\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Campaigns7 {\n        campaigns(first: 50) {\n          nodes {\n            id\n            ...CampaignFigures\n          }\n        }\n      }\n    "): (typeof documents)["\n      query Campaigns7 {\n        campaigns(first: 50) {\n          nodes {\n            id\n            ...CampaignFigures\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Campaigns8($n: Int!) {\n        campaigns(first: $n) {\n          nodes {\n            id\n            ...CampaignFigures\n            contributions {\n              organisation {\n                name\n                region {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query Campaigns8($n: Int!) {\n        campaigns(first: $n) {\n          nodes {\n            id\n            ...CampaignFigures\n            contributions {\n              organisation {\n                name\n                region {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ThemeDayPresets2 {\n          themeDayPresets(year: 2026) {\n            themeDay\n            date\n            name\n            description\n          }\n        }\n      "): (typeof documents)["\n        query ThemeDayPresets2 {\n          themeDayPresets(year: 2026) {\n            themeDay\n            date\n            name\n            description\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ThemeDayPresets3 {\n          themeDayPresets(year: 2027) {\n            themeDay\n            date\n          }\n        }\n      "): (typeof documents)["\n        query ThemeDayPresets3 {\n          themeDayPresets(year: 2027) {\n            themeDay\n            date\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ThemeDayPresets4 {\n          themeDayPresets(year: 1999) {\n            date\n          }\n        }\n      "): (typeof documents)["\n        query ThemeDayPresets4 {\n          themeDayPresets(year: 1999) {\n            date\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Campaigns6($o: ID) {\n          campaigns(first: 50, filter: { organisationId: $o }) {\n            nodes {\n              id\n              status\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Campaigns6($o: ID) {\n          campaigns(first: 50, filter: { organisationId: $o }) {\n            nodes {\n              id\n              status\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCertificate($input: IssueServiceCertificateInput!) {\n    issueServiceCertificate(input: $input) {\n      id\n      code\n      pdfUrl\n      verifyPath\n      revokedAt\n      issuer {\n        name\n      }\n      facts {\n        name\n        maskedIdNumber\n        totalHours\n        eventCount\n        starLevel\n        issuer\n        hoursByYear {\n          year\n          hours\n        }\n      }\n      viewerCan {\n        revoke\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCertificate($input: IssueServiceCertificateInput!) {\n    issueServiceCertificate(input: $input) {\n      id\n      code\n      pdfUrl\n      verifyPath\n      revokedAt\n      issuer {\n        name\n      }\n      facts {\n        name\n        maskedIdNumber\n        totalHours\n        eventCount\n        starLevel\n        issuer\n        hoursByYear {\n          year\n          hours\n        }\n      }\n      viewerCan {\n        revoke\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertificate($input: RevokeServiceCertificateInput!) {\n    revokeServiceCertificate(input: $input) {\n      id\n      revokedAt\n      revokeReason\n      viewerCan {\n        revoke\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCertificate($input: RevokeServiceCertificateInput!) {\n    revokeServiceCertificate(input: $input) {\n      id\n      revokedAt\n      revokeReason\n      viewerCan {\n        revoke\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($code: String!) {\n    verifyServiceCertificate(code: $code) {\n      code\n      issuedAt\n      revoked\n      revokedAt\n      facts {\n        name\n        maskedIdNumber\n        totalHours\n        eventCount\n        starLevel\n        issuer\n        periodFrom\n        periodTo\n        registeredWith\n        servedWith\n        hoursByYear {\n          year\n          hours\n        }\n        hoursByServiceType {\n          serviceType\n          hours\n        }\n        events {\n          title\n          date\n          hours\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyCertificate($code: String!) {\n    verifyServiceCertificate(code: $code) {\n      code\n      issuedAt\n      revoked\n      revokedAt\n      facts {\n        name\n        maskedIdNumber\n        totalHours\n        eventCount\n        starLevel\n        issuer\n        periodFrom\n        periodTo\n        registeredWith\n        servedWith\n        hoursByYear {\n          year\n          hours\n        }\n        hoursByServiceType {\n          serviceType\n          hours\n        }\n        events {\n          title\n          date\n          hours\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query VolunteerStarNode($id: ID!) {\n                node(id: $id) {\n                  __typename\n                  ... on Volunteer {\n                    starLevel\n                    verifiedHours\n                  }\n                }\n              }\n            "): (typeof documents)["\n              query VolunteerStarNode($id: ID!) {\n                node(id: $id) {\n                  __typename\n                  ... on Volunteer {\n                    starLevel\n                    verifiedHours\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SetStarThresholds2($r: ID!, $h: [Int!]) {\n        setStarThresholds(regionId: $r, hours: $h) {\n          starThresholdsHours\n        }\n      }\n    "): (typeof documents)["\n      mutation SetStarThresholds2($r: ID!, $h: [Int!]) {\n        setStarThresholds(regionId: $r, hours: $h) {\n          starThresholdsHours\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CommendationCandidates2 {\n          commendationCandidates(year: 2026, first: 10) {\n            rank\n            verifiedHours\n            events\n            volunteer {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CommendationCandidates2 {\n          commendationCandidates(year: 2026, first: 10) {\n            rank\n            verifiedHours\n            events\n            volunteer {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CommendationCandidates3 {\n          commendationCandidates(year: 2026, first: 1) {\n            volunteer {\n              id\n              organisation {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CommendationCandidates3 {\n          commendationCandidates(year: 2026, first: 1) {\n            volunteer {\n              id\n              organisation {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AwardCommendation2($input: AwardCommendationInput!) {\n        awardCommendation(input: $input) {\n          id\n          title\n          year\n          awardedBy {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation AwardCommendation2($input: AwardCommendationInput!) {\n        awardCommendation(input: $input) {\n          id\n          title\n          year\n          awardedBy {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CommendationCandidates4 {\n          commendationCandidates(year: 2026, first: 1) {\n            commended\n          }\n        }\n      "): (typeof documents)["\n        query CommendationCandidates4 {\n          commendationCandidates(year: 2026, first: 1) {\n            commended\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionPage($id: ID!) {\n    node(id: $id) {\n      ... on Campaign {\n        contributions {\n          organisation {\n            id\n          }\n          volunteers\n          events\n          verifiedMinutes\n          verifiedHours\n          personTimesServed\n          donationCashFen\n          donationItems\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContributionPage($id: ID!) {\n    node(id: $id) {\n      ... on Campaign {\n        contributions {\n          organisation {\n            id\n          }\n          volunteers\n          events\n          verifiedMinutes\n          verifiedHours\n          personTimesServed\n          donationCashFen\n          donationItems\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionDashboard($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      campaigns {\n        campaignId\n        partners {\n          organisationId\n          role\n          volunteers\n          events\n          verifiedHours\n          personTimes\n          donationsFen\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContributionDashboard($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      campaigns {\n        campaignId\n        partners {\n          organisationId\n          role\n          volunteers\n          events\n          verifiedHours\n          personTimes\n          donationsFen\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCacheRead($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        volunteers\n      }\n      donations {\n        cashFen\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCacheRead($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        volunteers\n      }\n      donations {\n        cashFen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DashboardAfterWrite {\n      dashboard {\n        counts {\n          volunteers\n        }\n        donations {\n          cashFen\n        }\n        hours {\n          verified\n        }\n      }\n    }\n  "): (typeof documents)["\n    query DashboardAfterWrite {\n      dashboard {\n        counts {\n          volunteers\n        }\n        donations {\n          cashFen\n        }\n        hours {\n          verified\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRollups($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        events\n        activeVolunteers\n      }\n      hours {\n        verified\n        byMonth {\n          key\n          value\n        }\n      }\n      personTimes {\n        total\n        byRegion {\n          key\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardRollups($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        events\n        activeVolunteers\n      }\n      hours {\n        verified\n        byMonth {\n          key\n          value\n        }\n      }\n      personTimes {\n        total\n        byRegion {\n          key\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MoveEventForRollups($id: ID!, $v: Int!, $s: DateTimeISO!, $e: DateTimeISO!) {\n          updateServiceEvent(id: $id, version: $v, input: { startsAt: $s, endsAt: $e }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation MoveEventForRollups($id: ID!, $v: Int!, $s: DateTimeISO!, $e: DateTimeISO!) {\n          updateServiceEvent(id: $id, version: $v, input: { startsAt: $s, endsAt: $e }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VerifyHoursForRollups($ids: [ID!]!) {\n          verifyHours(participationIds: $ids) {\n            id\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation VerifyHoursForRollups($ids: [ID!]!) {\n          verifyHours(participationIds: $ids) {\n            id\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PersonTimesForRollups($p: ID!, $v: Int!) {\n          recordPersonTimesServed(participationId: $p, version: $v, count: 6) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PersonTimesForRollups($p: ID!, $v: Int!) {\n          recordPersonTimesServed(participationId: $p, version: $v, count: 6) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard2($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        stations\n        teams\n        volunteers\n        activeVolunteers\n        volunteersByStatus {\n          key\n          value\n        }\n      }\n      composition {\n        studentShare\n        insuredShare\n        byCategory {\n          key\n          value\n        }\n        byStarLevel {\n          key\n          value\n        }\n        byAgeBand {\n          key\n          value\n        }\n        byOrganisationKind {\n          key\n          value\n        }\n      }\n      hours {\n        verified\n        byMonth {\n          key\n          value\n        }\n        byServiceType {\n          key\n          value\n        }\n        byOrganisation {\n          key\n          value\n        }\n      }\n      personTimes {\n        total\n        byMonth {\n          key\n          value\n        }\n        byRegion {\n          key\n          label\n          value\n        }\n        byServiceType {\n          key\n          value\n        }\n      }\n      pairings {\n        overdue\n        coverage\n        byKind {\n          key\n          value\n        }\n        byStatus {\n          key\n          value\n        }\n        coverageByRegion {\n          key\n          value\n        }\n      }\n      campaigns {\n        campaignId\n        partners {\n          organisationId\n          events\n          volunteers\n          verifiedHours\n          personTimes\n          donationsFen\n        }\n      }\n      training {\n        active\n        trained\n        share\n      }\n      donations {\n        cashFen\n        inKindByItem {\n          key\n          value\n        }\n      }\n      disability {\n        beneficiaries\n        byCategory {\n          key\n          value\n        }\n        byGrade {\n          key\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard2($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        stations\n        teams\n        volunteers\n        activeVolunteers\n        volunteersByStatus {\n          key\n          value\n        }\n      }\n      composition {\n        studentShare\n        insuredShare\n        byCategory {\n          key\n          value\n        }\n        byStarLevel {\n          key\n          value\n        }\n        byAgeBand {\n          key\n          value\n        }\n        byOrganisationKind {\n          key\n          value\n        }\n      }\n      hours {\n        verified\n        byMonth {\n          key\n          value\n        }\n        byServiceType {\n          key\n          value\n        }\n        byOrganisation {\n          key\n          value\n        }\n      }\n      personTimes {\n        total\n        byMonth {\n          key\n          value\n        }\n        byRegion {\n          key\n          label\n          value\n        }\n        byServiceType {\n          key\n          value\n        }\n      }\n      pairings {\n        overdue\n        coverage\n        byKind {\n          key\n          value\n        }\n        byStatus {\n          key\n          value\n        }\n        coverageByRegion {\n          key\n          value\n        }\n      }\n      campaigns {\n        campaignId\n        partners {\n          organisationId\n          events\n          volunteers\n          verifiedHours\n          personTimes\n          donationsFen\n        }\n      }\n      training {\n        active\n        trained\n        share\n      }\n      donations {\n        cashFen\n        inKindByItem {\n          key\n          value\n        }\n      }\n      disability {\n        beneficiaries\n        byCategory {\n          key\n          value\n        }\n        byGrade {\n          key\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Dashboard3 {\n            dashboard {\n              composition {\n                byStarLevel {\n                  key\n                  value\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query Dashboard3 {\n            dashboard {\n              composition {\n                byStarLevel {\n                  key\n                  value\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardLabels($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        volunteersByStatus {\n          key\n          label\n          value\n        }\n      }\n      composition {\n        byStarLevel {\n          key\n          label\n          value\n        }\n      }\n      disability {\n        byGrade {\n          key\n          label\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardLabels($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      counts {\n        volunteersByStatus {\n          key\n          label\n          value\n        }\n      }\n      composition {\n        byStarLevel {\n          key\n          label\n          value\n        }\n      }\n      disability {\n        byGrade {\n          key\n          label\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CampaignFiguresNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on Campaign {\n              ...CampaignFigures\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CampaignFiguresNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on Campaign {\n              ...CampaignFigures\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Donations($c: ID) {\n          donations(first: 100, filter: { campaignId: $c }) {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Donations($c: ID) {\n          donations(first: 100, filter: { campaignId: $c }) {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Node12($e: ID!) {\n          node(id: $e) {\n            ... on ServiceEvent {\n              capacity\n              placesTaken\n              waitlistLength\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Node12($e: ID!) {\n          node(id: $e) {\n            ... on ServiceEvent {\n              capacity\n              placesTaken\n              waitlistLength\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Node13($e: ID!) {\n          node(id: $e) {\n            ... on ServiceEvent {\n              placesTaken\n              waitlistLength\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Node13($e: ID!) {\n          node(id: $e) {\n            ... on ServiceEvent {\n              placesTaken\n              waitlistLength\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdateServiceEvent2($id: ID!, $v: Int!, $c: Int) {\n            updateServiceEvent(id: $id, version: $v, input: { capacity: $c }) {\n              ...EventFields\n            }\n          }\n        "): (typeof documents)["\n          mutation UpdateServiceEvent2($id: ID!, $v: Int!, $c: Int) {\n            updateServiceEvent(id: $id, version: $v, input: { capacity: $c }) {\n              ...EventFields\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CloseServiceEvent3($id: ID!, $v: Int!) {\n              closeServiceEvent(id: $id, version: $v) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation CloseServiceEvent3($id: ID!, $v: Int!) {\n              closeServiceEvent(id: $id, version: $v) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CancelServiceEvent3($id: ID!, $v: Int!) {\n              cancelServiceEvent(id: $id, version: $v, reason: \" \") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation CancelServiceEvent3($id: ID!, $v: Int!) {\n              cancelServiceEvent(id: $id, version: $v, reason: \" \") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CancelServiceEvent4($id: ID!, $v: Int!) {\n          cancelServiceEvent(id: $id, version: $v, reason: \"场地临时不可用\") {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation CancelServiceEvent4($id: ID!, $v: Int!) {\n          cancelServiceEvent(id: $id, version: $v, reason: \"场地临时不可用\") {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ServiceEvents($n: Int!, $m: Int!) {\n      serviceEvents(first: $n) {\n        nodes {\n          title\n          verifiedMinutes\n          attendanceShare\n          participations(first: $m) {\n            status\n            waitlistPosition\n            attendanceMet\n            corrections {\n              requestedMinutes\n            }\n            volunteer {\n              realName\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ServiceEvents($n: Int!, $m: Int!) {\n      serviceEvents(first: $n) {\n        nodes {\n          title\n          verifiedMinutes\n          attendanceShare\n          participations(first: $m) {\n            status\n            waitlistPosition\n            attendanceMet\n            corrections {\n              requestedMinutes\n            }\n            volunteer {\n              realName\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FirstAdminActivate($c: String!, $p: String!) {\n    activateAccount(code: $c, password: $p)\n  }\n"): (typeof documents)["\n  mutation FirstAdminActivate($c: String!, $p: String!) {\n    activateAccount(code: $c, password: $p)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FirstAdminLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      viewer {\n        username\n        roles {\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FirstAdminLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      viewer {\n        username\n        roles {\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperInviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      id\n      status\n      account {\n        id\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HelperInviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      id\n      status\n      account {\n        id\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperOutbox($recipient: String!) {\n    accountCodeOutbox(first: 100, recipient: $recipient) {\n      nodes {\n        kind\n        code\n        link\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelperOutbox($recipient: String!) {\n    accountCodeOutbox(first: 100, recipient: $recipient) {\n      nodes {\n        kind\n        code\n        link\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperActivate($code: String!, $password: String!) {\n    activateAccount(code: $code, password: $password)\n  }\n"): (typeof documents)["\n  mutation HelperActivate($code: String!, $password: String!) {\n    activateAccount(code: $code, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CreateServiceEvent2($i: CreateServiceEventInput!) {\n        createServiceEvent(input: $i) {\n          ...EventFields\n        }\n      }\n    "): (typeof documents)["\n      mutation CreateServiceEvent2($i: CreateServiceEventInput!) {\n        createServiceEvent(input: $i) {\n          ...EventFields\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EnrolVolunteerInEvent2($e: ID!, $v: ID!) {\n        enrolVolunteerInEvent(eventId: $e, volunteerId: $v) {\n          ...ParticipationFields\n        }\n      }\n    "): (typeof documents)["\n      mutation EnrolVolunteerInEvent2($e: ID!, $v: ID!) {\n        enrolVolunteerInEvent(eventId: $e, volunteerId: $v) {\n          ...ParticipationFields\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SignUpForEvent2($e: ID!) {\n        signUpForEvent(eventId: $e) {\n          ...ParticipationFields\n        }\n      }\n    "): (typeof documents)["\n      mutation SignUpForEvent2($e: ID!) {\n        signUpForEvent(eventId: $e) {\n          ...ParticipationFields\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CancelSignUp2($p: ID!, $v: Int!) {\n        cancelSignUp(participationId: $p, version: $v) {\n          ...ParticipationFields\n        }\n      }\n    "): (typeof documents)["\n      mutation CancelSignUp2($p: ID!, $v: Int!) {\n        cancelSignUp(participationId: $p, version: $v) {\n          ...ParticipationFields\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CheckIn2($p: ID!, $v: Int!, $at: DateTimeISO) {\n        checkIn(participationId: $p, version: $v, at: $at) {\n          ...ParticipationFields\n        }\n      }\n    "): (typeof documents)["\n      mutation CheckIn2($p: ID!, $v: Int!, $at: DateTimeISO) {\n        checkIn(participationId: $p, version: $v, at: $at) {\n          ...ParticipationFields\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CheckOut2($p: ID!, $v: Int!, $at: DateTimeISO) {\n        checkOut(participationId: $p, version: $v, at: $at) {\n          ...ParticipationFields\n        }\n      }\n    "): (typeof documents)["\n      mutation CheckOut2($p: ID!, $v: Int!, $at: DateTimeISO) {\n        checkOut(participationId: $p, version: $v, at: $at) {\n          ...ParticipationFields\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ParticipationNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on Participation {\n                ...ParticipationFields\n                corrections {\n                  id\n                  status\n                  previousMinutes\n                  requestedMinutes\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ParticipationNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on Participation {\n                ...ParticipationFields\n                corrections {\n                  id\n                  status\n                  previousMinutes\n                  requestedMinutes\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query EventNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on ServiceEvent {\n                ...EventFields\n              }\n            }\n          }\n        "): (typeof documents)["\n          query EventNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on ServiceEvent {\n                ...EventFields\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJobState($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      kind\n      status\n      done\n      total\n      result\n      errorMessage\n    }\n  }\n"): (typeof documents)["\n  query ImportJobState($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      kind\n      status\n      done\n      total\n      result\n      errorMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmImport($id: ID!) {\n    confirmSpreadsheetImport(id: $id) {\n      id\n      status\n      total\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmImport($id: ID!) {\n    confirmSpreadsheetImport(id: $id) {\n      id\n      status\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NSetContact($input: NotificationContactInput!) {\n    setNotificationContact(input: $input) {\n      email\n      mobile\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation NSetContact($input: NotificationContactInput!) {\n    setNotificationContact(input: $input) {\n      email\n      mobile\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NSetPreference($kind: NotificationKind!, $email: Boolean!, $sms: Boolean!) {\n    setNotificationPreference(kind: $kind, email: $email, sms: $sms) {\n      kind\n      email\n      sms\n      mandatory\n    }\n  }\n"): (typeof documents)["\n  mutation NSetPreference($kind: NotificationKind!, $email: Boolean!, $sms: Boolean!) {\n    setNotificationPreference(kind: $kind, email: $email, sms: $sms) {\n      kind\n      email\n      sms\n      mandatory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPreferences {\n    notificationPreferences {\n      email\n      mobile\n      locale\n      kinds {\n        kind\n        email\n        sms\n        mandatory\n      }\n    }\n  }\n"): (typeof documents)["\n  query NPreferences {\n    notificationPreferences {\n      email\n      mobile\n      locale\n      kinds {\n        kind\n        email\n        sms\n        mandatory\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        read\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        read\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NMarkRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"): (typeof documents)["\n  mutation NMarkRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NApproveVolunteer($id: ID!) {\n    approveVolunteer(id: $id, version: 1) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NApproveVolunteer($id: ID!) {\n    approveVolunteer(id: $id, version: 1) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NRejectVolunteer($id: ID!, $reason: String!) {\n    rejectVolunteer(id: $id, version: 1, reason: $reason) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NRejectVolunteer($id: ID!, $reason: String!) {\n    rejectVolunteer(id: $id, version: 1, reason: $reason) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NInvite($campaignId: ID!, $organisationId: ID!) {\n    inviteCampaignPartner(campaignId: $campaignId, organisationId: $organisationId, role: SUPPORTER) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NInvite($campaignId: ID!, $organisationId: ID!) {\n    inviteCampaignPartner(campaignId: $campaignId, organisationId: $organisationId, role: SUPPORTER) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NRespond($campaignId: ID!, $accept: Boolean!) {\n    respondToCampaignInvitation(campaignId: $campaignId, accept: $accept) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NRespond($campaignId: ID!, $accept: Boolean!) {\n    respondToCampaignInvitation(campaignId: $campaignId, accept: $accept) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NUpdateEvent($id: ID!, $version: Int!, $input: UpdateServiceEventInput!) {\n    updateServiceEvent(id: $id, version: $version, input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation NUpdateEvent($id: ID!, $version: Int!, $input: UpdateServiceEventInput!) {\n    updateServiceEvent(id: $id, version: $version, input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NCancelEvent($id: ID!, $version: Int!, $reason: String!) {\n    cancelServiceEvent(id: $id, version: $version, reason: $reason) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NCancelEvent($id: ID!, $version: Int!, $reason: String!) {\n    cancelServiceEvent(id: $id, version: $version, reason: $reason) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NCancelSignUp($id: ID!, $version: Int!) {\n    cancelSignUp(participationId: $id, version: $version) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NCancelSignUp($id: ID!, $version: Int!) {\n    cancelSignUp(participationId: $id, version: $version) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NAssign($id: ID!, $volunteerId: ID!) {\n    assignServiceRequest(id: $id, version: 1, volunteerId: $volunteerId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NAssign($id: ID!, $volunteerId: ID!) {\n    assignServiceRequest(id: $id, version: 1, volunteerId: $volunteerId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NPropose($input: ProposePairingInput!) {\n    proposePairing(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation NPropose($input: ProposePairingInput!) {\n    proposePairing(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NAccept($id: ID!, $version: Int!) {\n    acceptPairing(id: $id, version: $version) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NAccept($id: ID!, $version: Int!) {\n    acceptPairing(id: $id, version: $version) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NReview($id: ID!, $approve: Boolean!, $note: String) {\n    reviewHourReport(id: $id, version: 1, approve: $approve, note: $note) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NReview($id: ID!, $approve: Boolean!, $note: String) {\n    reviewHourReport(id: $id, version: 1, approve: $approve, note: $note) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NResolve($id: ID!, $approve: Boolean!, $note: String) {\n    resolveHourCorrection(id: $id, version: 1, approve: $approve, note: $note) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NResolve($id: ID!, $approve: Boolean!, $note: String) {\n    resolveHourCorrection(id: $id, version: 1, approve: $approve, note: $note) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation TestLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReportHours2($i: ReportHoursInput!) {\n          reportHours(input: $i) {\n            id\n            status\n            version\n            minutes\n          }\n        }\n      "): (typeof documents)["\n        mutation ReportHours2($i: ReportHoursInput!) {\n          reportHours(input: $i) {\n            id\n            status\n            version\n            minutes\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReviewHourReport2($id: ID!, $v: Int!, $a: Boolean!, $n: String) {\n          reviewHourReport(id: $id, version: $v, approve: $a, note: $n) {\n            id\n            status\n            resolutionNote\n            participation {\n              minutes\n              verifiedAt\n              status\n              event {\n                origin\n                status\n                capacity\n                startsAt\n                endsAt\n                personTimesServed\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ReviewHourReport2($id: ID!, $v: Int!, $a: Boolean!, $n: String) {\n          reviewHourReport(id: $id, version: $v, approve: $a, note: $n) {\n            id\n            status\n            resolutionNote\n            participation {\n              minutes\n              verifiedAt\n              status\n              event {\n                origin\n                status\n                capacity\n                startsAt\n                endsAt\n                personTimesServed\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HourReports {\n          hourReports(first: 10) {\n            totalCount\n            nodes {\n              status\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HourReports {\n          hourReports(first: 10) {\n            totalCount\n            nodes {\n              status\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HourReports2 {\n          hourReports(first: 10) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query HourReports2 {\n          hourReports(first: 10) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleSignUp($e: ID!) {\n    signUpForEvent(eventId: $e) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleSignUp($e: ID!) {\n    signUpForEvent(eventId: $e) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LifecycleCreateEvent($input: CreateServiceEventInput!) {\n      createServiceEvent(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LifecycleCreateEvent($input: CreateServiceEventInput!) {\n      createServiceEvent(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LifecycleMoveEvent($id: ID!, $version: Int!, $input: UpdateServiceEventInput!) {\n        updateServiceEvent(id: $id, version: $version, input: $input) {\n          startsAt\n          version\n        }\n      }\n    "): (typeof documents)["\n      mutation LifecycleMoveEvent($id: ID!, $version: Int!, $input: UpdateServiceEventInput!) {\n        updateServiceEvent(id: $id, version: $version, input: $input) {\n          startsAt\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LifecycleCheckIn($p: ID!, $v: Int!) {\n      checkIn(participationId: $p, version: $v) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation LifecycleCheckIn($p: ID!, $v: Int!) {\n      checkIn(participationId: $p, version: $v) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LifecycleUndoCheckIn($p: ID!, $v: Int!) {\n      undoCheckIn(participationId: $p, version: $v, reason: \"签错了人\") {\n        id\n        status\n        checkInAt\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation LifecycleUndoCheckIn($p: ID!, $v: Int!) {\n      undoCheckIn(participationId: $p, version: $v, reason: \"签错了人\") {\n        id\n        status\n        checkInAt\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LifecycleCloseCampaign($id: ID!, $v: Int!, $events: CampaignEventsOnClose) {\n      closeCampaign(id: $id, version: $v, events: $events) {\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation LifecycleCloseCampaign($id: ID!, $v: Int!, $events: CampaignEventsOnClose) {\n      closeCampaign(id: $id, version: $v, events: $events) {\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportVolunteersCompare($first: Int!, $after: String, $filter: VolunteerFilter) {\n    volunteers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        realName\n        phone\n        status\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportVolunteersCompare($first: Int!, $after: String, $filter: VolunteerFilter) {\n    volunteers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        realName\n        phone\n        status\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      kind\n      status\n      done\n      total\n      result\n      resultUrl\n    }\n  }\n"): (typeof documents)["\n  query ExportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      kind\n      status\n      done\n      total\n      result\n      resultUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFields on Campaign {\n    id\n    name\n    status\n    version\n    startsOn\n    endsOn\n    themeDay\n    leadOrganisation {\n      id\n    }\n    region {\n      id\n    }\n    partners {\n      organisation {\n        id\n      }\n      role\n      status\n      respondedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignFields on Campaign {\n    id\n    name\n    status\n    version\n    startsOn\n    endsOn\n    themeDay\n    leadOrganisation {\n      id\n    }\n    region {\n      id\n    }\n    partners {\n      organisation {\n        id\n      }\n      role\n      status\n      respondedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign2($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign2($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign2($id: ID!, $v: Int!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, version: $v, input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign2($id: ID!, $v: Int!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, version: $v, input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCampaignPartner2($c: ID!, $o: ID!, $role: PartnerRole!, $v: Int) {\n    inviteCampaignPartner(campaignId: $c, organisationId: $o, role: $role, version: $v) {\n      id\n      role\n      status\n      respondedAt\n      version\n      campaign {\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCampaignPartner2($c: ID!, $o: ID!, $role: PartnerRole!, $v: Int) {\n    inviteCampaignPartner(campaignId: $c, organisationId: $o, role: $role, version: $v) {\n      id\n      role\n      status\n      respondedAt\n      version\n      campaign {\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToCampaignInvitation2($c: ID!, $accept: Boolean!, $v: Int) {\n    respondToCampaignInvitation(campaignId: $c, accept: $accept, version: $v) {\n      id\n      status\n      respondedAt\n      version\n      organisation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToCampaignInvitation2($c: ID!, $accept: Boolean!, $v: Int) {\n    respondToCampaignInvitation(campaignId: $c, accept: $accept, version: $v) {\n      id\n      status\n      respondedAt\n      version\n      organisation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCampaign2($id: ID!, $v: Int!) {\n    publishCampaign(id: $id, version: $v) {\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCampaign2($id: ID!, $v: Int!) {\n    publishCampaign(id: $id, version: $v) {\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCampaign2($id: ID!, $v: Int!) {\n    closeCampaign(id: $id, version: $v) {\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCampaign2($id: ID!, $v: Int!) {\n    closeCampaign(id: $id, version: $v) {\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDonation2($input: RecordDonationInput!) {\n    recordDonation(input: $input) {\n      id\n      version\n      kind\n      amountFen\n      item\n      quantity\n      unit\n      donatedOn\n      donorName\n      donorOrganisation {\n        id\n      }\n      campaign {\n        id\n      }\n      voidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDonation2($input: RecordDonationInput!) {\n    recordDonation(input: $input) {\n      id\n      version\n      kind\n      amountFen\n      item\n      quantity\n      unit\n      donatedOn\n      donorName\n      donorOrganisation {\n        id\n      }\n      campaign {\n        id\n      }\n      voidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidDonation2($id: ID!, $v: Int!, $reason: String!) {\n    voidDonation(id: $id, version: $v, reason: $reason) {\n      id\n      voidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation VoidDonation2($id: ID!, $v: Int!, $reason: String!) {\n    voidDonation(id: $id, version: $v, reason: $reason) {\n      id\n      voidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFigures on Campaign {\n    contributions {\n      organisation {\n        id\n      }\n      role\n      status\n      volunteers\n      events\n      verifiedMinutes\n      verifiedHours\n      personTimesServed\n      donationCashFen\n      donationItems\n    }\n    donationTotals {\n      cashFen\n      inKind {\n        item\n        unit\n        quantity\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignFigures on Campaign {\n    contributions {\n      organisation {\n        id\n      }\n      role\n      status\n      volunteers\n      events\n      verifiedMinutes\n      verifiedHours\n      personTimesServed\n      donationCashFen\n      donationItems\n    }\n    donationTotals {\n      cashFen\n      inKind {\n        item\n        unit\n        quantity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationFields on Participation {\n    id\n    status\n    version\n    minutes\n    presentMinutes\n    checkInAt\n    checkOutAt\n    verifiedAt\n    waitlistPosition\n    attendanceMet\n    personTimesServed\n  }\n"): (typeof documents)["\n  fragment ParticipationFields on Participation {\n    id\n    status\n    version\n    minutes\n    presentMinutes\n    checkInAt\n    checkOutAt\n    verifiedAt\n    waitlistPosition\n    attendanceMet\n    personTimesServed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventFields on ServiceEvent {\n    id\n    status\n    version\n    capacity\n    verifiedMinutes\n    verifiedHours\n    personTimesServed\n    attendanceShare\n    organiser {\n      id\n    }\n    region {\n      id\n    }\n    station {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment EventFields on ServiceEvent {\n    id\n    status\n    version\n    capacity\n    verifiedMinutes\n    verifiedHours\n    personTimesServed\n    attendanceShare\n    organiser {\n      id\n    }\n    region {\n      id\n    }\n    station {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestTodo($first: Int!, $after: String) {\n    todo {\n      totalCount\n      counts {\n        kind\n        count\n      }\n      items(first: $first, after: $after) {\n        nodes {\n          kind\n          id\n          at\n          label\n          targetType\n          targetId\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestTodo($first: Int!, $after: String) {\n    todo {\n      totalCount\n      counts {\n        kind\n        count\n      }\n      items(first: $first, after: $after) {\n        nodes {\n          kind\n          id\n          at\n          label\n          targetType\n          targetId\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLiveApprove($id: ID!, $version: Int!) {\n    approveVolunteer(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TestLiveApprove($id: ID!, $version: Int!) {\n    approveVolunteer(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLiveCancelSignUp($id: ID!, $version: Int!) {\n    cancelSignUp(participationId: $id, version: $version) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TestLiveCancelSignUp($id: ID!, $version: Int!) {\n    cancelSignUp(participationId: $id, version: $version) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairingFields on Pairing {\n    id\n    kind\n    status\n    version\n    startedOn\n    endedOn\n    endReason\n    lastVisitAt\n    overdue\n    ownerA {\n      id\n    }\n    ownerB {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PairingFields on Pairing {\n    id\n    kind\n    status\n    version\n    startedOn\n    endedOn\n    endReason\n    lastVisitAt\n    overdue\n    ownerA {\n      id\n    }\n    ownerB {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePairing2($input: ProposePairingInput!) {\n    proposePairing(input: $input) {\n      ...PairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePairing2($input: ProposePairingInput!) {\n    proposePairing(input: $input) {\n      ...PairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPairing2($id: ID!, $v: Int!) {\n    acceptPairing(id: $id, version: $v) {\n      ...PairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptPairing2($id: ID!, $v: Int!) {\n    acceptPairing(id: $id, version: $v) {\n      ...PairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PausePairing2($id: ID!, $v: Int!, $r: String) {\n    pausePairing(id: $id, version: $v, reason: $r) {\n      ...PairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation PausePairing2($id: ID!, $v: Int!, $r: String) {\n    pausePairing(id: $id, version: $v, reason: $r) {\n      ...PairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumePairing2($id: ID!, $v: Int!) {\n    resumePairing(id: $id, version: $v) {\n      ...PairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumePairing2($id: ID!, $v: Int!) {\n    resumePairing(id: $id, version: $v) {\n      ...PairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPairing2($id: ID!, $v: Int!, $r: String!) {\n    endPairing(id: $id, version: $v, reason: $r) {\n      ...PairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndPairing2($id: ID!, $v: Int!, $r: String!) {\n    endPairing(id: $id, version: $v, reason: $r) {\n      ...PairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogPairingVisit2($input: LogPairingVisitInput!) {\n    logPairingVisit(input: $input) {\n      visit {\n        id\n        visitedOn\n        minutes\n        mode\n        notes\n      }\n      pairing {\n        id\n        lastVisitAt\n        version\n      }\n      donation {\n        kind\n        item\n        quantity\n        unit\n        amountFen\n        donorName\n        donorOrganisation {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogPairingVisit2($input: LogPairingVisitInput!) {\n    logPairingVisit(input: $input) {\n      visit {\n        id\n        visitedOn\n        minutes\n        mode\n        notes\n      }\n      pairing {\n        id\n        lastVisitAt\n        version\n      }\n      donation {\n        kind\n        item\n        quantity\n        unit\n        amountFen\n        donorName\n        donorOrganisation {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pairings4($f: PairingFilter) {\n    pairings(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n        overdue\n      }\n    }\n  }\n"): (typeof documents)["\n  query Pairings4($f: PairingFilter) {\n    pairings(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n        overdue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterVolunteer2($input: VolunteerRegistrationInput!) {\n    registerVolunteer(input: $input) {\n      reference\n      station {\n        name\n        phone\n      }\n      status\n      registeredAt\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterVolunteer2($input: VolunteerRegistrationInput!) {\n    registerVolunteer(input: $input) {\n      reference\n      station {\n        name\n        phone\n      }\n      status\n      registeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitServiceRequest2($input: SubmitServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      reference\n      station {\n        name\n        phone\n      }\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitServiceRequest2($input: SubmitServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      reference\n      station {\n        name\n        phone\n      }\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestFields on ServiceRequest {\n    id\n    status\n    version\n    callbackRequested\n    closingNote\n    phone\n    assignedVolunteer {\n      id\n    }\n    participation {\n      id\n      minutes\n      status\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  fragment RequestFields on ServiceRequest {\n    id\n    status\n    version\n    callbackRequested\n    closingNote\n    phone\n    assignedVolunteer {\n      id\n    }\n    participation {\n      id\n      minutes\n      status\n      verifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceRequest2($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      ...RequestFields\n      requesterName\n      beneficiary {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceRequest2($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      ...RequestFields\n      requesterName\n      beneficiary {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignServiceRequest2($id: ID!, $v: Int!, $vol: ID!) {\n    assignServiceRequest(id: $id, version: $v, volunteerId: $vol) {\n      ...RequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignServiceRequest2($id: ID!, $v: Int!, $vol: ID!) {\n    assignServiceRequest(id: $id, version: $v, volunteerId: $vol) {\n      ...RequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteServiceRequest2($id: ID!, $v: Int!, $m: Int!, $p: Int, $n: String) {\n    completeServiceRequest(id: $id, version: $v, minutes: $m, personTimesServed: $p, note: $n) {\n      ...RequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteServiceRequest2($id: ID!, $v: Int!, $m: Int!, $p: Int, $n: String) {\n    completeServiceRequest(id: $id, version: $v, minutes: $m, personTimesServed: $p, note: $n) {\n      ...RequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelServiceRequest2($id: ID!, $v: Int!, $r: String!) {\n    cancelServiceRequest(id: $id, version: $v, reason: $r) {\n      ...RequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelServiceRequest2($id: ID!, $v: Int!, $r: String!) {\n    cancelServiceRequest(id: $id, version: $v, reason: $r) {\n      ...RequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ServiceRequest {\n        ...RequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ServiceRequest {\n        ...RequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PairingParties($id: ID!) {\n        node(id: $id) {\n          ... on Pairing {\n            volunteer {\n              id\n            }\n            parties {\n              helper\n              helped\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PairingParties($id: ID!) {\n        node(id: $id) {\n          ... on Pairing {\n            volunteer {\n              id\n            }\n            parties {\n              helper\n              helped\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PairingOverdueNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on Pairing {\n                overdue\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PairingOverdueNode($id: ID!) {\n            node(id: $id) {\n              __typename\n              ... on Pairing {\n                overdue\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query Dashboard5($f: DashboardFilter) {\n                dashboard(filter: $f) {\n                  pairings {\n                    overdue\n                  }\n                }\n              }\n            "): (typeof documents)["\n              query Dashboard5($f: DashboardFilter) {\n                dashboard(filter: $f) {\n                  pairings {\n                    overdue\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query __schema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query __schema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Regions4 {\n          regions(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query Regions4 {\n          regions(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Volunteers9 {\n          volunteers(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query Volunteers9 {\n          volunteers(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferencesCreateEvent($input: CreateServiceEventInput!) {\n    createServiceEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReferencesCreateEvent($input: CreateServiceEventInput!) {\n    createServiceEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryViewerCan($org: ID!, $station: ID!, $team: ID!, $type: ID!, $skill: ID!) {\n    org: node(id: $org) {\n      ... on Organisation {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    station: node(id: $station) {\n      ... on ServiceStation {\n        viewerCan {\n          edit\n          suspend\n          editBoard\n        }\n      }\n    }\n    team: node(id: $team) {\n      ... on VolunteerTeam {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    type: node(id: $type) {\n      ... on ServiceType {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    skill: node(id: $skill) {\n      ... on Skill {\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryViewerCan($org: ID!, $station: ID!, $team: ID!, $type: ID!, $skill: ID!) {\n    org: node(id: $org) {\n      ... on Organisation {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    station: node(id: $station) {\n      ... on ServiceStation {\n        viewerCan {\n          edit\n          suspend\n          editBoard\n        }\n      }\n    }\n    team: node(id: $team) {\n      ... on VolunteerTeam {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    type: node(id: $type) {\n      ... on ServiceType {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    skill: node(id: $skill) {\n      ... on Skill {\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryPublicViewerCan {\n    organisations(first: 5) {\n      nodes {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    serviceStations(first: 5) {\n      nodes {\n        viewerCan {\n          edit\n          suspend\n          editBoard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryPublicViewerCan {\n    organisations(first: 5) {\n      nodes {\n        viewerCan {\n          edit\n          suspend\n        }\n      }\n    }\n    serviceStations(first: 5) {\n      nodes {\n        viewerCan {\n          edit\n          suspend\n          editBoard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerCanRenameOrganisation($id: ID!, $version: Int!, $name: String!) {\n    updateOrganisation(id: $id, version: $version, input: { name: $name }) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerCanRenameOrganisation($id: ID!, $version: Int!, $name: String!) {\n    updateOrganisation(id: $id, version: $version, input: { name: $name }) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerCanRenameServiceType($id: ID!, $version: Int!, $name: String!) {\n    updateServiceType(id: $id, version: $version, input: { name: $name }) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerCanRenameServiceType($id: ID!, $version: Int!, $name: String!) {\n    updateServiceType(id: $id, version: $version, input: { name: $name }) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n      status\n      version\n      contactPhone\n      contactEmail\n    }\n  }\n"): (typeof documents)["\n  mutation RegistryCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n      status\n      version\n      contactPhone\n      contactEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RegistryUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryOrganisationStatus($id: ID!, $version: Int!, $status: RegistryStatus!, $reason: String) {\n    setOrganisationStatus(id: $id, version: $version, status: $status, reason: $reason) {\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RegistryOrganisationStatus($id: ID!, $version: Int!, $status: RegistryStatus!, $reason: String) {\n    setOrganisationStatus(id: $id, version: $version, status: $status, reason: $reason) {\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryInvite($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      id\n      status\n      destination\n      account {\n        id\n        activated\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegistryInvite($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      id\n      status\n      destination\n      account {\n        id\n        activated\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryCreateTeam($input: CreateVolunteerTeamInput!) {\n    createVolunteerTeam(input: $input) {\n      id\n      name\n      organisation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegistryCreateTeam($input: CreateVolunteerTeamInput!) {\n    createVolunteerTeam(input: $input) {\n      id\n      name\n      organisation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryCreateStation($input: CreateServiceStationInput!) {\n    createServiceStation(input: $input) {\n      id\n      name\n      contactPhone\n      organisation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegistryCreateStation($input: CreateServiceStationInput!) {\n    createServiceStation(input: $input) {\n      id\n      name\n      contactPhone\n      organisation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryCreateServiceType($input: CreateServiceTypeInput!) {\n    createServiceType(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation RegistryCreateServiceType($input: CreateServiceTypeInput!) {\n    createServiceType(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryInvitations {\n    invitations(first: 100) {\n      nodes {\n        id\n        status\n        account {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryInvitations {\n    invitations(first: 100) {\n      nodes {\n        id\n        status\n        account {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryRevoke($id: ID!) {\n    revokeInvitation(invitationId: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RegistryRevoke($id: ID!) {\n    revokeInvitation(invitationId: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryResend($id: ID!) {\n    resendInvitation(invitationId: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RegistryResend($id: ID!) {\n    resendInvitation(invitationId: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryViewer {\n    viewer {\n      username\n      roles {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryViewer {\n    viewer {\n      username\n      roles {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryApprove($id: ID!, $v: Int!) {\n    approveVolunteer(id: $id, version: $v) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RegistryApprove($id: ID!, $v: Int!) {\n    approveVolunteer(id: $id, version: $v) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryMyParticipations {\n    participations(first: 10) {\n      nodes {\n        status\n        event {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryMyParticipations {\n    participations(first: 10) {\n      nodes {\n        status\n        event {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryReset($id: ID!) {\n    resetPassword(accountId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegistryReset($id: ID!) {\n    resetPassword(accountId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryForgot($login: String!) {\n    requestPasswordReset(login: $login)\n  }\n"): (typeof documents)["\n  mutation RegistryForgot($login: String!) {\n    requestPasswordReset(login: $login)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ServiceRequests($n: Int!) {\n        serviceRequests(first: $n) {\n          nodes {\n            status\n            assignedVolunteer {\n              id\n            }\n            participation {\n              minutes\n              volunteer {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ServiceRequests($n: Int!) {\n        serviceRequests(first: $n) {\n          nodes {\n            status\n            assignedVolunteer {\n              id\n            }\n            participation {\n              minutes\n              volunteer {\n                id\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpreadsheetImportCheck($id: ID!) {\n    spreadsheetImport(id: $id) {\n      id\n      rowCount\n      errorRowCount\n      problems {\n        row\n        column\n        header\n        key\n        message\n      }\n      job {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpreadsheetImportCheck($id: ID!) {\n    spreadsheetImport(id: $id) {\n      id\n      rowCount\n      errorRowCount\n      problems {\n        row\n        column\n        header\n        key\n        message\n      }\n      job {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSpreadsheetImport($id: ID!) {\n    confirmSpreadsheetImport(id: $id) {\n      id\n      status\n      total\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSpreadsheetImport($id: ID!) {\n    confirmSpreadsheetImport(id: $id) {\n      id\n      status\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      kind\n      status\n      done\n      total\n      result\n      errorMessage\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      kind\n      status\n      done\n      total\n      result\n      errorMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateStationBoard2($id: ID!, $v: Int!, $input: StationBoardInput!) {\n      updateStationBoard(id: $id, version: $v, input: $input) {\n        version\n        openingHours\n        contactPhone\n        serviceTypes {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateStationBoard2($id: ID!, $v: Int!, $input: StationBoardInput!) {\n      updateStationBoard(id: $id, version: $v, input: $input) {\n        version\n        openingHours\n        contactPhone\n        serviceTypes {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query StationBoardNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on ServiceStation {\n              openingHours\n              serviceTypes {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query StationBoardNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on ServiceStation {\n              openingHours\n              serviceTypes {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuppressionDisability($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      disability {\n        beneficiaries\n        byCategory {\n          key\n          value\n        }\n        byGrade {\n          key\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuppressionDisability($f: DashboardFilter) {\n    dashboard(filter: $f) {\n      disability {\n        beneficiaries\n        byCategory {\n          key\n          value\n        }\n        byGrade {\n          key\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpForEvent3($e: ID!) {\n    signUpForEvent(eventId: $e) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpForEvent3($e: ID!) {\n    signUpForEvent(eventId: $e) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceEvent3($i: CreateServiceEventInput!) {\n    createServiceEvent(input: $i) {\n      id\n      adultsOnly\n      requiredSkills {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceEvent3($i: CreateServiceEventInput!) {\n    createServiceEvent(input: $i) {\n      id\n      adultsOnly\n      requiredSkills {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionStatus($r: String!, $d: String!) {\n    submissionStatus(reference: $r, phoneLast4: $d) {\n      reference\n      kind\n      status\n      submittedAt\n      station {\n        name\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubmissionStatus($r: String!, $d: String!) {\n    submissionStatus(reference: $r, phoneLast4: $d) {\n      reference\n      kind\n      status\n      submittedAt\n      station {\n        name\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RevealCaller($id: ID!, $reason: String!) {\n        revealPersonalData(id: $id, reason: $reason) {\n          fields\n          phone\n          idNumber\n        }\n      }\n    "): (typeof documents)["\n      mutation RevealCaller($id: ID!, $reason: String!) {\n        revealPersonalData(id: $id, reason: $reason) {\n          fields\n          phone\n          idNumber\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateSkill($i: CreateSkillInput!) {\n      createSkill(input: $i) {\n        id\n        name\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateSkill($i: CreateSkillInput!) {\n      createSkill(input: $i) {\n        id\n        name\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Suggest($e: ID!, $n: Int!) {\n      suggestVolunteersForEvent(eventId: $e, first: $n) {\n        volunteer {\n          id\n          realName\n        }\n        score\n        skillScore\n        availabilityScore\n        distanceScore\n        loadScore\n        recentHours\n      }\n    }\n  "): (typeof documents)["\n    query Suggest($e: ID!, $n: Int!) {\n      suggestVolunteersForEvent(eventId: $e, first: $n) {\n        volunteer {\n          id\n          realName\n        }\n        score\n        skillScore\n        availabilityScore\n        distanceScore\n        loadScore\n        recentHours\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OwnAvailability($v: Int!, $i: VolunteerProfileInput!) {\n        updateMyVolunteerProfile(version: $v, input: $i) {\n          skills {\n            name\n          }\n          availability {\n            weekday\n            from\n            to\n          }\n          preferredDistricts {\n            name\n          }\n          version\n        }\n      }\n    "): (typeof documents)["\n      mutation OwnAvailability($v: Int!, $i: VolunteerProfileInput!) {\n        updateMyVolunteerProfile(version: $v, input: $i) {\n          skills {\n            name\n          }\n          availability {\n            weekday\n            from\n            to\n          }\n          preferredDistricts {\n            name\n          }\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation Invite($e: ID!, $v: ID!) {\n        inviteVolunteerToEvent(eventId: $e, volunteerId: $v) {\n          id\n          status\n          version\n        }\n      }\n    "): (typeof documents)["\n      mutation Invite($e: ID!, $v: ID!) {\n        inviteVolunteerToEvent(eventId: $e, volunteerId: $v) {\n          id\n          status\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation Respond($i: ID!, $v: Int!, $a: Boolean!) {\n        respondToEventInvitation(invitationId: $i, version: $v, accept: $a) {\n          status\n          participation {\n            status\n          }\n          event {\n            title\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation Respond($i: ID!, $v: Int!, $a: Boolean!) {\n        respondToEventInvitation(invitationId: $i, version: $v, accept: $a) {\n          status\n          participation {\n            status\n          }\n          event {\n            title\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PublicEvents($first: Int!) {\n      serviceEvents(first: $first) {\n        totalCount\n        nodes {\n          id\n          title\n          place\n          status\n          startsAt\n          placesLeft\n          station {\n            name\n          }\n          campaign {\n            status\n          }\n          participations {\n            id\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PublicEvents($first: Int!) {\n      serviceEvents(first: $first) {\n        totalCount\n        nodes {\n          id\n          title\n          place\n          status\n          startsAt\n          placesLeft\n          station {\n            name\n          }\n          campaign {\n            status\n          }\n          participations {\n            id\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PublicCampaign($i: CreateCampaignInput!) {\n      createCampaign(input: $i) {\n        id\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation PublicCampaign($i: CreateCampaignInput!) {\n      createCampaign(input: $i) {\n        id\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PublishPublicCampaign($id: ID!, $v: Int!) {\n      publishCampaign(id: $id, version: $v) {\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation PublishPublicCampaign($id: ID!, $v: Int!) {\n      publishCampaign(id: $id, version: $v) {\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PublicEventNode($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query PublicEventNode($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PublicPeople {\n        participations(first: 1) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query PublicPeople {\n        participations(first: 1) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PublicCampaignEvents {\n        campaigns(first: 20) {\n          nodes {\n            status\n            events(first: 50) {\n              status\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PublicCampaignEvents {\n        campaigns(first: 20) {\n          nodes {\n            status\n            events(first: 50) {\n              status\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyVolunteers($filter: VolunteerFilter) {\n    volunteers(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        organisation {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenancyVolunteers($filter: VolunteerFilter) {\n    volunteers(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        organisation {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyBeneficiaries {\n    beneficiaries(first: 100) {\n      totalCount\n      nodes {\n        id\n        idNumber\n        certificateNumber\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenancyBeneficiaries {\n    beneficiaries(first: 100) {\n      totalCount\n      nodes {\n        id\n        idNumber\n        certificateNumber\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TenancyNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyReveal($id: ID!, $reason: String!) {\n    revealPersonalData(id: $id, reason: $reason) {\n      fields\n      idNumber\n      certificateNumber\n      phone\n      address\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyReveal($id: ID!, $reason: String!) {\n    revealPersonalData(id: $id, reason: $reason) {\n      fields\n      idNumber\n      certificateNumber\n      phone\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TenancyCampaigns {\n          campaigns(first: 20) {\n            nodes {\n              id\n              partners(first: 20) {\n                organisation {\n                  id\n                }\n                events(first: 10) {\n                  title\n                  participations(first: 30) {\n                    volunteer {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TenancyCampaigns {\n          campaigns(first: 20) {\n            nodes {\n              id\n              partners(first: 20) {\n                organisation {\n                  id\n                }\n                events(first: 10) {\n                  title\n                  participations(first: 30) {\n                    volunteer {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TenancyPairings {\n          pairings(first: 100) {\n            totalCount\n            nodes {\n              id\n              beneficiary {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TenancyPairings {\n          pairings(first: 100) {\n            totalCount\n            nodes {\n              id\n              beneficiary {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TenancyViewerVolunteers {\n          volunteers(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query TenancyViewerVolunteers {\n          volunteers(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TenancyViewerCampaign($id: ID!) {\n          node(id: $id) {\n            ... on Campaign {\n              events(first: 10) {\n                title\n                participations(first: 10) {\n                  id\n                  volunteer {\n                    realName\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TenancyViewerCampaign($id: ID!) {\n          node(id: $id) {\n            ... on Campaign {\n              events(first: 10) {\n                title\n                participations(first: 10) {\n                  id\n                  volunteer {\n                    realName\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TenancyMyPairings {\n          pairings(first: 10, filter: { statuses: [ACTIVE] }) {\n            nodes {\n              id\n              beneficiary {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TenancyMyPairings {\n          pairings(first: 10, filter: { statuses: [ACTIVE] }) {\n            nodes {\n              id\n              beneficiary {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TenancyAuditRecords($action: String) {\n      auditLogs(first: 5, filter: { action: $action }) {\n        nodes {\n          recordType\n          record {\n            name\n            pageType\n            pageId\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query TenancyAuditRecords($action: String) {\n      auditLogs(first: 5, filter: { action: $action }) {\n        nodes {\n          recordType\n          record {\n            name\n            pageType\n            pageId\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ScheduleTrainingSession2($input: ScheduleTrainingSessionInput!) {\n      scheduleTrainingSession(input: $input) {\n        id\n        title\n        heldOn\n        minutes\n        organisation {\n          id\n        }\n        region {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation ScheduleTrainingSession2($input: ScheduleTrainingSessionInput!) {\n      scheduleTrainingSession(input: $input) {\n        id\n        title\n        heldOn\n        minutes\n        organisation {\n          id\n        }\n        region {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EnrolInTraining2($s: ID!, $v: [ID!]!) {\n      enrolInTraining(sessionId: $s, volunteerIds: $v) {\n        enrolled\n        alreadyEnrolled\n        session {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation EnrolInTraining2($s: ID!, $v: [ID!]!) {\n      enrolInTraining(sessionId: $s, volunteerIds: $v) {\n        enrolled\n        alreadyEnrolled\n        session {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RecordTrainingAttendance2($s: ID!, $v: [ID!]!) {\n      recordTrainingAttendance(sessionId: $s, attendedVolunteerIds: $v) {\n        id\n        attendances(first: 50) {\n          attended\n          volunteer {\n            id\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation RecordTrainingAttendance2($s: ID!, $v: [ID!]!) {\n      recordTrainingAttendance(sessionId: $s, attendedVolunteerIds: $v) {\n        id\n        attendances(first: 50) {\n          attended\n          volunteer {\n            id\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TrainingRecordNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on Volunteer {\n              trainingRecord {\n                attended\n                session {\n                  id\n                  title\n                  heldOn\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TrainingRecordNode($id: ID!) {\n          node(id: $id) {\n            __typename\n            ... on Volunteer {\n              trainingRecord {\n                attended\n                session {\n                  id\n                  title\n                  heldOn\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Volunteers14($n: Int!) {\n        volunteers(first: $n, orderBy: { field: REGISTERED_AT, direction: ASC }) {\n          nodes {\n            trainingRecord(first: 10) {\n              attended\n              session {\n                title\n                organisation {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query Volunteers14($n: Int!) {\n        volunteers(first: $n, orderBy: { field: REGISTERED_AT, direction: ASC }) {\n          nodes {\n            trainingRecord(first: 10) {\n              attended\n              session {\n                title\n                organisation {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Volunteers15 {\n          volunteers(first: 1) {\n            nodes {\n              trainingRecord {\n                attended\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Volunteers15 {\n          volunteers(first: 1) {\n            nodes {\n              trainingRecord {\n                attended\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Volunteers16 {\n          volunteers(first: 1) {\n            nodes {\n              trainingRecord {\n                attended\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Volunteers16 {\n          volunteers(first: 1) {\n            nodes {\n              trainingRecord {\n                attended\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitReviewLog($input: LogPairingVisitInput!) {\n    logPairingVisit(input: $input) {\n      visit {\n        id\n        version\n        review\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VisitReviewLog($input: LogPairingVisitInput!) {\n    logPairingVisit(input: $input) {\n      visit {\n        id\n        version\n        review\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitReviewConfirm($id: ID!, $version: Int!, $serviceTypeId: ID) {\n    confirmPairingVisit(id: $id, version: $version, serviceTypeId: $serviceTypeId) {\n      id\n      review\n      version\n      reviewedAt\n    }\n  }\n"): (typeof documents)["\n  mutation VisitReviewConfirm($id: ID!, $version: Int!, $serviceTypeId: ID) {\n    confirmPairingVisit(id: $id, version: $version, serviceTypeId: $serviceTypeId) {\n      id\n      review\n      version\n      reviewedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitReviewDecline($id: ID!, $version: Int!, $reason: String!) {\n    declinePairingVisit(id: $id, version: $version, reason: $reason) {\n      review\n      reviewNote\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VisitReviewDecline($id: ID!, $version: Int!, $reason: String!) {\n    declinePairingVisit(id: $id, version: $version, reason: $reason) {\n      review\n      reviewNote\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitReviewVolunteer($id: ID!, $region: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    node(id: $id) {\n      ... on Volunteer {\n        verifiedHours\n        starLevel\n      }\n    }\n    dashboard(filter: { regionId: $region, from: $from, to: $to }) {\n      hours {\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisitReviewVolunteer($id: ID!, $region: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    node(id: $id) {\n      ... on Volunteer {\n        verifiedHours\n        starLevel\n      }\n    }\n    dashboard(filter: { regionId: $region, from: $from, to: $to }) {\n      hours {\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VisitReviewCan($id: ID!) {\n        node(id: $id) {\n          ... on Pairing {\n            viewerCan {\n              manage\n              logVisit\n              accept\n              reviewVisits\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query VisitReviewCan($id: ID!) {\n        node(id: $id) {\n          ... on Pairing {\n            viewerCan {\n              manage\n              logVisit\n              accept\n              reviewVisits\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerReachFields on Beneficiary {\n    id\n    realName\n    idNumber\n    certificateNumber\n    birthDate\n    disabilityGrade\n    phone\n    address\n    needs {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment VolunteerReachFields on Beneficiary {\n    id\n    realName\n    idNumber\n    certificateNumber\n    birthDate\n    disabilityGrade\n    phone\n    address\n    needs {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerReachPerson($id: ID!) {\n    node(id: $id) {\n      ...VolunteerReachFields\n    }\n  }\n"): (typeof documents)["\n  query VolunteerReachPerson($id: ID!) {\n    node(id: $id) {\n      ...VolunteerReachFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerReachPaired {\n    pairings(first: 10, filter: { statuses: [ACTIVE] }) {\n      nodes {\n        beneficiary {\n          ...VolunteerReachFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerReachPaired {\n    pairings(first: 10, filter: { statuses: [ACTIVE] }) {\n      nodes {\n        beneficiary {\n          ...VolunteerReachFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ApproveVolunteer2($id: ID!, $v: Int!) {\n      approveVolunteer(id: $id, version: $v) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation ApproveVolunteer2($id: ID!, $v: Int!) {\n      approveVolunteer(id: $id, version: $v) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RejectVolunteer2($id: ID!) {\n          rejectVolunteer(id: $id, version: 1, reason: \"  \") {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation RejectVolunteer2($id: ID!) {\n          rejectVolunteer(id: $id, version: 1, reason: \"  \") {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SetVolunteerStatus2($id: ID!) {\n          setVolunteerStatus(id: $id, version: 2, status: SUSPENDED, reason: \"长期未参加活动\") {\n            status\n            statusReason\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation SetVolunteerStatus2($id: ID!) {\n          setVolunteerStatus(id: $id, version: 2, status: SUSPENDED, reason: \"长期未参加活动\") {\n            status\n            statusReason\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SetVolunteerStatus3($id: ID!) {\n          setVolunteerStatus(id: $id, version: 3, status: ACTIVE) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation SetVolunteerStatus3($id: ID!) {\n          setVolunteerStatus(id: $id, version: 3, status: ACTIVE) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Viewer3 {\n          viewer {\n            roles {\n              volunteer {\n                id\n                version\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Viewer3 {\n          viewer {\n            roles {\n              volunteer {\n                id\n                version\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateMyVolunteerProfile2($v: Int!, $skill: ID!) {\n          updateMyVolunteerProfile(\n            version: $v\n            input: { phone: \"13912345678\", skillIds: [$skill], otherSkill: \" 助餐 \" }\n          ) {\n            skills {\n              name\n            }\n            otherSkill\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation UpdateMyVolunteerProfile2($v: Int!, $skill: ID!) {\n          updateMyVolunteerProfile(\n            version: $v\n            input: { phone: \"13912345678\", skillIds: [$skill], otherSkill: \" 助餐 \" }\n          ) {\n            skills {\n              name\n            }\n            otherSkill\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateMyVolunteerProfile3($v: Int!) {\n          updateMyVolunteerProfile(version: $v, input: { phone: \"999\" }) {\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation UpdateMyVolunteerProfile3($v: Int!) {\n          updateMyVolunteerProfile(version: $v, input: { phone: \"999\" }) {\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WritePolicyNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query WritePolicyNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritePolicyReveal($id: ID!, $reason: String!) {\n    revealPersonalData(id: $id, reason: $reason) {\n      fields\n      idNumber\n      phone\n    }\n  }\n"): (typeof documents)["\n  mutation WritePolicyReveal($id: ID!, $reason: String!) {\n    revealPersonalData(id: $id, reason: $reason) {\n      fields\n      idNumber\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WritePolicyPairingCount {\n          pairings(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query WritePolicyPairingCount {\n          pairings(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WritePolicyPropose($input: ProposePairingInput!) {\n      proposePairing(input: $input) {\n        id\n        ownerB {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation WritePolicyPropose($input: ProposePairingInput!) {\n      proposePairing(input: $input) {\n        id\n        ownerB {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation WritePolicyRecordDonation($input: RecordDonationInput!) {\n        recordDonation(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation WritePolicyRecordDonation($input: RecordDonationInput!) {\n        recordDonation(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation WritePolicyUpdateVolunteer($id: ID!, $v: Int!, $input: VolunteerAdminInput!) {\n        updateVolunteer(id: $id, version: $v, input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation WritePolicyUpdateVolunteer($id: ID!, $v: Int!, $input: VolunteerAdminInput!) {\n        updateVolunteer(id: $id, version: $v, input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation WritePolicyVerifyHours($ids: [ID!]!) {\n        verifyHours(participationIds: $ids) {\n          id\n          verifiedAt\n        }\n      }\n    "): (typeof documents)["\n      mutation WritePolicyVerifyHours($ids: [ID!]!) {\n        verifyHours(participationIds: $ids) {\n          id\n          verifiedAt\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePlans($input: SaveYearEndReportPlansInput!) {\n    saveYearEndReportPlans(input: $input) {\n      year\n      plans\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SavePlans($input: SaveYearEndReportPlansInput!) {\n    saveYearEndReportPlans(input: $input) {\n      year\n      plans\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans($year: Int!, $regionId: ID) {\n    yearEndReportPlans(year: $year, regionId: $regionId) {\n      year\n      plans\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query Plans($year: Int!, $regionId: ID) {\n    yearEndReportPlans(year: $year, regionId: $regionId) {\n      year\n      plans\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateWithStoredPlans($input: GenerateYearEndReportInput!) {\n    generateYearEndReport(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateWithStoredPlans($input: GenerateYearEndReportInput!) {\n    generateYearEndReport(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansReportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      status\n      resultUrl\n      errorMessage\n    }\n  }\n"): (typeof documents)["\n  query PlansReportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      status\n      resultUrl\n      errorMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateReport($input: GenerateYearEndReportInput!) {\n    generateYearEndReport(input: $input) {\n      id\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateReport($input: GenerateYearEndReportInput!) {\n    generateYearEndReport(input: $input) {\n      id\n      kind\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      status\n      resultUrl\n      errorMessage\n    }\n  }\n"): (typeof documents)["\n  query ReportJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      status\n      resultUrl\n      errorMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      counts {\n        teams\n        districtTeams\n        stations\n        volunteers\n        activeVolunteers\n        events\n        stationsWithoutEvents\n        commendations\n        partners\n      }\n      personTimes {\n        total\n      }\n      hours {\n        verified\n      }\n      pairings {\n        overdue\n        byKind {\n          label\n          value\n        }\n      }\n      training {\n        trained\n        active\n      }\n      campaigns {\n        name\n        partners {\n          organisationName\n          volunteers\n          events\n          personTimes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportDashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      counts {\n        teams\n        districtTeams\n        stations\n        volunteers\n        activeVolunteers\n        events\n        stationsWithoutEvents\n        commendations\n        partners\n      }\n      personTimes {\n        total\n      }\n      hours {\n        verified\n      }\n      pairings {\n        overdue\n        byKind {\n          label\n          value\n        }\n      }\n      training {\n        trained\n        active\n      }\n      campaigns {\n        name\n        partners {\n          organisationName\n          volunteers\n          events\n          personTimes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportView($year: Int!, $regionId: ID) {\n    yearEndReport(year: $year, regionId: $regionId) {\n      year\n      scopeName\n      plans\n      current {\n        counts {\n          teams\n          districtTeams\n          stations\n          volunteers\n          events\n          stationsWithoutEvents\n          commendations\n          partners\n        }\n        personTimes {\n          total\n        }\n      }\n      previous {\n        counts {\n          volunteers\n          commendations\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportView($year: Int!, $regionId: ID) {\n    yearEndReport(year: $year, regionId: $regionId) {\n      year\n      scopeName\n      plans\n      current {\n        counts {\n          teams\n          districtTeams\n          stations\n          volunteers\n          events\n          stationsWithoutEvents\n          commendations\n          partners\n        }\n        personTimes {\n          total\n        }\n      }\n      previous {\n        counts {\n          volunteers\n          commendations\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;