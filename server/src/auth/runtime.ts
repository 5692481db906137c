// Process-wide auth machinery shared by every request: token signing and login throttling.
import type { Config } from '../config';
import { LoginThrottle } from '../modules/account/login-throttle';
import { resolveKeySet, TokenService } from './tokens';

export interface AuthRuntime {
  tokens: TokenService;
  throttle: LoginThrottle;
  secureCookies: boolean;
  /** Whether the development outbox of account codes may be read (never in production). */
  devOutbox: boolean;
}

export type AuthConfig = Pick<
  Config,
  | 'JWT_KEYS'
  | 'DATA_DIR'
  | 'ACCESS_TOKEN_TTL_S'
  | 'REFRESH_TOKEN_TTL_S'
  | 'LOGIN_MAX_FAILURES'
  | 'LOGIN_BACKOFF_BASE_MS'
  | 'LOGIN_BACKOFF_MAX_MS'
  | 'NODE_ENV'
>;

export function createAuthRuntime(config: AuthConfig): AuthRuntime {
  return {
    tokens: new TokenService(resolveKeySet(config), config.ACCESS_TOKEN_TTL_S, config.REFRESH_TOKEN_TTL_S),
    throttle: new LoginThrottle({
      maxFailures: config.LOGIN_MAX_FAILURES,
      baseMs: config.LOGIN_BACKOFF_BASE_MS,
      maxMs: config.LOGIN_BACKOFF_MAX_MS,
    }),
    secureCookies: config.NODE_ENV === 'production',
    devOutbox: config.NODE_ENV !== 'production',
  };
}
