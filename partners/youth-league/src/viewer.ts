// Who is asking, from the hub's access token the gateway forwards (docs/viewer-token.md, contract v1):
// verified against the hub's published keys, never trusted unverified.
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { GraphQLError } from 'graphql';

export interface RoleClaim {
  role: string;
  organisation?: string;
  region?: string;
  station?: string;
  volunteer?: string;
}

/** A verified viewer: the claims of contract version 1 (extra claims are ignored). */
export interface PartnerViewer {
  accountId: string;
  roles: RoleClaim[];
  /** The hub's global id of the volunteer this account is, if any. */
  volunteer?: string;
}

/** The hub's keys: its JWKS URL (fetched, cached, refetched on an unknown kid), or a key set given directly. */
export type HubKeys = URL | JWTVerifyGetKey;

const CONTRACT_VERSION = 1;

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

export function createViewerVerifier(
  keys: HubKeys,
): (authorization: string | undefined) => Promise<PartnerViewer | null> {
  const getKey = keys instanceof URL ? createRemoteJWKSet(keys, { cooldownDuration: 5_000 }) : keys;
  return async (authorization) => {
    if (!authorization) return null;
    const m = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization);
    if (!m) throw unauthenticated('The Authorization header must be "Bearer <access token>".');
    try {
      const { payload } = await jwtVerify(m[1], getKey, {
        issuer: 'tongxin',
        audience: 'tongxin-api',
        algorithms: ['EdDSA', 'ES256'],
        clockTolerance: 60,
      });
      if (payload.ver !== CONTRACT_VERSION || typeof payload.sub !== 'string' || !Array.isArray(payload.roles))
        throw unauthenticated('The access token follows a claim contract this service does not know.');
      return {
        accountId: payload.sub,
        roles: payload.roles as RoleClaim[],
        volunteer: typeof payload.volunteer === 'string' ? payload.volunteer : undefined,
      };
    } catch (err) {
      if (err instanceof GraphQLError) throw err;
      if (err instanceof errors.JWTExpired) throw unauthenticated('The access token has expired.');
      if (err instanceof errors.JWKSNoMatchingKey)
        throw unauthenticated('The access token is signed by an unknown key.');
      throw unauthenticated('The access token is not valid.');
    }
  };
}
