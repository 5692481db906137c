// Short-lived HS256 access tokens (jose) and opaque refresh tokens.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Config } from '../config';

const ISSUER = 'tongxin';
const AUDIENCE = 'tongxin-api';

/** The signing key: JWT_SECRET, or one generated on first start and kept under DATA_DIR. */
export function resolveJwtSecret(config: Pick<Config, 'JWT_SECRET' | 'DATA_DIR'>): Uint8Array {
  if (config.JWT_SECRET) return new TextEncoder().encode(config.JWT_SECRET);
  const file = path.join(config.DATA_DIR, 'jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.DATA_DIR, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return new TextEncoder().encode(fs.readFileSync(file, 'utf8').trim());
}

export class TokenService {
  constructor(
    private readonly secret: Uint8Array,
    readonly accessTtlS: number,
    readonly refreshTtlS: number,
  ) {}

  /** `claims` are carried as given (the session version `sv`); the request's auth check compares them. */
  async issueAccess(
    accountId: string,
    claims: Record<string, unknown> = {},
  ): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.accessTtlS * 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(accountId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
    return { token, expiresAt };
  }

  /** The account id of a valid token; a reason otherwise (expired, bad signature, wrong algorithm...). */
  async verifyAccess(token: string): Promise<{ accountId: string } | { error: string }> {
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (!payload.sub || !/^\d+$/.test(payload.sub)) return { error: 'The access token has no subject.' };
      return { accountId: payload.sub };
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
