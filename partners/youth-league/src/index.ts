export { buildYouthLeagueSchema, typeDefs, type LeagueContext } from './schema';
export {
  startYouthLeague,
  DEFAULT_HUB_JWKS_URL,
  DEMO_LEAGUE_ORGANISATION_ID,
  type YouthLeagueOptions,
  type YouthLeagueServer,
} from './server';
export { hubVolunteerId, isLeagueRosterRow, leagueRoster, type LeagueBranch, type LeagueMembership } from './roster';
export { createViewerVerifier, type HubKeys, type PartnerViewer, type RoleClaim } from './viewer';
