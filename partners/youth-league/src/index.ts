export { buildYouthLeagueSchema, typeDefs } from './schema';
export { startYouthLeague, type YouthLeagueServer } from './server';
export { hubVolunteerId, leagueStore, type LeagueBranch, type LeagueMembership } from './store';
