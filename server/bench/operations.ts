// The three reference operations and the raw-SQL baseline of the nested one.
export const DASHBOARD = `query { dashboard(filter: { from: "2026-01-01T00:00:00+08:00", to: "2027-01-01T00:00:00+08:00" }) {
  counts { stations teams volunteers activeVolunteers volunteersByStatus { key value } }
  composition { studentShare byCategory { key value } byStarLevel { key value } byAgeBand { key value } byOrganisationKind { key value } }
  hours { verified byMonth { key value } byServiceType { key value } byOrganisation { key value } }
  personTimes { total byMonth { key value } byRegion { key label value } byServiceType { key value } }
  pairings { overdue coverage byKind { key value } byStatus { key value } coverageByRegion { key value } }
  campaigns { name partners { organisationName volunteers events verifiedHours personTimes donationsFen } }
  training { share } donations { cashFen inKindByItem { key value } } disability { byCategory { key value } } } }`;

export const NESTED = `query { campaigns(first: 20) { nodes { id name
  partners(first: 20) { role organisation { id name }
    events(first: 20) { id title startsAt
      participations(first: 20) { id status minutes volunteer { id realName } } } } } } }`;

export const VOLUNTEERS = `query($region: ID) { volunteers(first: 50, filter: { statuses: [ACTIVE], categories: [STUDENT], regionId: $region }) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id realName category skills { id } organisation { name } homeRegion { name } } } }`;

/**
 * The same nested campaign JSON in one hand-written statement: the ceiling a GraphQL layer over
 * the same tables could hope to approach.
 */
export const NESTED_SQL = `
SELECT json_build_object('campaigns', json_build_object('nodes', COALESCE(json_agg(c.doc ORDER BY c.id), '[]'))) AS data
FROM (
  SELECT c.id, json_build_object('id', c.id, 'name', c.name, 'partners', COALESCE((
    SELECT json_agg(json_build_object('role', cp.role, 'organisation', json_build_object('id', o.id, 'name', o.name),
      'events', COALESCE((
        SELECT json_agg(json_build_object('id', e.id, 'title', e.title, 'startsAt', e.starts_at,
          'participations', COALESCE((
            SELECT json_agg(json_build_object('id', p.id, 'status', p.status, 'minutes', p.minutes,
              'volunteer', json_build_object('id', v.id, 'realName', v.real_name)) ORDER BY p.id)
            FROM (SELECT * FROM participation p WHERE p.event_id = e.id AND p.deleted_at IS NULL ORDER BY p.id LIMIT 20) p
            JOIN volunteer v ON v.id = p.volunteer_id), '[]')) ORDER BY e.id)
        FROM (SELECT * FROM service_event e WHERE e.campaign_id = c.id AND e.organiser_id = cp.organisation_id ORDER BY e.id LIMIT 20) e), '[]'))
      ORDER BY cp.id)
    FROM (SELECT * FROM campaign_partner cp WHERE cp.campaign_id = c.id ORDER BY cp.id LIMIT 20) cp
    JOIN organisation o ON o.id = cp.organisation_id), '[]')) AS doc
  FROM (SELECT * FROM campaign ORDER BY id LIMIT 20) c
) c`;
