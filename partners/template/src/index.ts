export { buildPartnerSchema, typeDefs, type PartnerContext } from './schema';
export { startPartner, type PartnerOptions, type PartnerServer } from './server';
export { hubVolunteerId, store } from './store';
export { createViewerVerifier, type HubKeys, type PartnerViewer, type RoleClaim } from './viewer';
