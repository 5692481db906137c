// Short-lived access tokens signed with an asymmetric key (EdDSA/Ed25519 or ES256), so partners verify
// them from the published JWKS without holding a secret; opaque refresh tokens.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { errors, importJWK, jwtVerify, SignJWT, type JWK, type JWTHeaderParameters, type KeyLike } from 'jose';
import type { Viewer } from './viewer';

export const ISSUER = 'tongxin';
export const AUDIENCE = 'tongxin-api';
/** The version of the claim contract in docs/viewer-token.md; raised only for a change a partner must adapt to. */
export const CLAIMS_VERSION = 1;

const ALGORITHMS: Record<string, string> = { Ed25519: 'EdDSA', 'P-256': 'ES256' };

/** One role of the viewer as a partner sees it: the scope by the hub's global ids. */
export interface RoleClaim {
  role: string;
  organisation?: string;
  region?: string;
  station?: string;
  volunteer?: string;
}

/** The claims of contract version 1 (docs/viewer-token.md); a token may carry more. */
export interface ViewerClaims {
  ver: number;
  roles: RoleClaim[];
  /** The volunteer this account is (its VOLUNTEER role), by global id. */
  volunteer?: string;
}

export interface KeySet {
  /** Private JWK of the current signing key (with `kid`). */
  current: JWK;
  /** Every key tokens may be verified with, current first: the JWKS, public parts only. */
  published: JWK[];
}

/** A new Ed25519 signing key as a private JWK, e.g. for JWT_KEYS or the DATA_DIR key file. */
export function generateSigningKey(
  kid = `k-${new Date().toISOString().slice(0, 10)}-${randomBytes(3).toString('hex')}`,
): JWK {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { ...(privateKey.export({ format: 'jwk' }) as JWK), kid, alg: 'EdDSA', use: 'sig' };
}

/** The public part of a JWK: what may be published. */
export function publicJwk(jwk: JWK): JWK {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, k: _k, ...rest } = jwk;
  return { ...rest, alg: jwk.alg ?? ALGORITHMS[String(jwk.crv)], use: 'sig' };
}

/**
 * Reads a JWK Set `{ "keys": [current, ...previous] }`: the first key (private) signs, the others
 * (public parts suffice) are still published and accepted, so tokens they signed live out their TTL.
 * Throws with a message naming what is wrong.
 */
export function parseKeySet(text: string): KeySet {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('must be a JSON Web Key Set: { "keys": [ ... ] }');
  }
  const keys = (raw as { keys?: unknown })?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new Error('must be a JWK Set with at least one key');
  const kids = new Set<string>();
  for (const [i, key] of (keys as JWK[]).entries()) {
    if (typeof key?.kid !== 'string' || !key.kid) throw new Error(`keys[${i}] has no "kid"`);
    if (kids.has(key.kid)) throw new Error(`keys[${i}]: kid "${key.kid}" is used twice`);
    kids.add(key.kid);
    if (!ALGORITHMS[String(key.crv)]) throw new Error(`keys[${i}] must be an Ed25519 (OKP) or P-256 (EC) key`);
  }
  const current = keys[0] as JWK;
  if (!current.d) throw new Error('keys[0] signs tokens, so it must be a private key (with "d")');
  return { current, published: (keys as JWK[]).map(publicJwk) };
}

/** JWT_KEYS, or a key generated on first start and kept in DATA_DIR/jwt-keys.json (development only). */
// Takes the two settings it reads rather than the Config type: config.ts validates JWT_KEYS with
// parseKeySet, and importing Config here would close an import circle.
export function resolveKeySet(config: { JWT_KEYS?: string; DATA_DIR: string }): KeySet {
  if (config.JWT_KEYS) return parseKeySet(config.JWT_KEYS);
  const file = path.join(config.DATA_DIR, 'jwt-keys.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.DATA_DIR, { recursive: true });
    try {
      fs.writeFileSync(file, JSON.stringify({ keys: [generateSigningKey()] }, null, 2), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      // Another process started at the same moment and wrote it first: use theirs.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return parseKeySet(fs.readFileSync(file, 'utf8'));
}

// common/node's toGlobalId, without its decorated classes: config and the keys CLI load this file.
const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

/** The claims a partner decides with, from the viewer's role assignments. */
export function viewerClaims(viewer: Viewer): ViewerClaims {
  const roles = viewer.roles.map((r) => {
    const claim: RoleClaim = { role: r.role };
    if (r.organisationId) claim.organisation = toGlobalId('Organisation', r.organisationId);
    if (r.regionId) claim.region = toGlobalId('Region', r.regionId);
    if (r.stationId) claim.station = toGlobalId('ServiceStation', r.stationId);
    if (r.volunteerId) claim.volunteer = toGlobalId('Volunteer', r.volunteerId);
    return claim;
  });
  const volunteer = roles.find((r) => r.volunteer)?.volunteer;
  return { ver: CLAIMS_VERSION, roles, ...(volunteer ? { volunteer } : {}) };
}

export class TokenService {
  private readonly signingKey: Promise<KeyLike | Uint8Array>;
  private readonly verifyingKeys: Map<string, Promise<KeyLike | Uint8Array>>;

  constructor(
    private readonly keys: KeySet,
    readonly accessTtlS: number,
    readonly refreshTtlS: number,
  ) {
    this.signingKey = importJWK(keys.current, this.algorithmOf(keys.current));
    this.verifyingKeys = new Map(keys.published.map((k) => [k.kid!, importJWK(k, this.algorithmOf(k))]));
  }

  private algorithmOf(jwk: JWK): string {
    return ALGORITHMS[String(jwk.crv)];
  }

  /** The public keys, current first: served at /.well-known/jwks.json. */
  get jwks(): { keys: JWK[] } {
    return { keys: this.keys.published };
  }

  /** A token for the viewer; `extra` claims (e.g. a session version) travel alongside the contract's. */
  async issueAccess(viewer: Viewer, extra: Record<string, unknown> = {}): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.accessTtlS * 1000);
    const header: JWTHeaderParameters = {
      alg: this.algorithmOf(this.keys.current),
      typ: 'JWT',
      kid: this.keys.current.kid,
    };
    const token = await new SignJWT({ ...extra, ...viewerClaims(viewer) })
      .setProtectedHeader(header)
      .setSubject(viewer.accountId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await this.signingKey);
    return { token, expiresAt };
  }

  /** The account id of a valid token; a reason otherwise (expired, unknown key, bad signature...). */
  /**
   * Tokens whose signature and claims were verified, until they expire: a signature check (about
   * 0.8 ms) was the largest cost of a small read. The keys are fixed for the process's life, so a
   * verified token stays valid until its `exp`; revocation is the session version, checked per
   * request against the database (auth/authenticate.ts). Bounded; the oldest entries go first.
   */
  private readonly verified = new Map<string, { accountId: string; claims: Record<string, unknown>; exp: number }>();

  async verifyAccess(
    token: string,
  ): Promise<{ accountId: string; claims: Record<string, unknown> } | { error: string }> {
    const known = this.verified.get(token);
    if (known && Date.now() < known.exp * 1000) return { accountId: known.accountId, claims: known.claims };
    if (known) this.verified.delete(token);
    try {
      const { payload } = await jwtVerify(
        token,
        async (header) => {
          const key = header.kid ? this.verifyingKeys.get(header.kid) : undefined;
          if (!key) throw new errors.JWKSNoMatchingKey();
          return key;
        },
        { algorithms: Object.values(ALGORITHMS), issuer: ISSUER, audience: AUDIENCE },
      );
      if (!payload.sub || !/^\d+$/.test(payload.sub)) return { error: 'The access token has no subject.' };
      if (typeof payload.exp === 'number') {
        if (this.verified.size >= 10_000) this.verified.delete(this.verified.keys().next().value!);
        this.verified.set(token, { accountId: payload.sub, claims: payload, exp: payload.exp });
      }
      return { accountId: payload.sub, claims: payload };
    } catch (err) {
      if (err instanceof errors.JWTExpired) return { error: 'The access token has expired: refresh the session.' };
      return { error: 'The access token is not valid.' };
    }
  }

  newRefreshToken(): { token: string; hash: string; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: hashToken(token), expiresAt: new Date(Date.now() + this.refreshTtlS * 1000) };
  }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
