// A server error in the user's language: known English messages by pattern, keyed messages as the server
// wrote them (in the language the request asked for, see apollo/client.ts), otherwise by error code.
import type { AppError } from '../apollo/errors';
import { useT, type MessageKey } from '../locales/use-t';

// The server speaks English; these are the messages a user can provoke, and what they mean.
const KNOWN_MESSAGES: Array<[RegExp, MessageKey]> = [
  [/username or password is not correct/i, 'errors.detail.badCredentials'],
  [/at least 10 characters/i, 'errors.detail.passwordShort'],
  [/at most 128 characters/i, 'errors.detail.passwordLong'],
  [/letters and digits/i, 'errors.detail.passwordMix'],
  [/must not contain the username/i, 'errors.detail.passwordUsername'],
  [/lower-case letters, digits/i, 'errors.detail.usernameFormat'],
  [/username is taken/i, 'errors.detail.usernameTaken'],
  [/at least 4 characters/i, 'errors.detail.reasonShort'],
  [/disable your own account/i, 'errors.detail.disableSelf'],
  [/needs a .* scope|scope of .* does not exist/i, 'errors.detail.scope'],
  [/outside what you may manage|may not grant/i, 'errors.detail.notManageable'],
  [/account is disabled/i, 'errors.detail.accountDisabled'],
];

export function useErrorText() {
  const { t } = useT();
  return (e: AppError): string => {
    for (const [pattern, key] of KNOWN_MESSAGES) if (pattern.test(e.message)) return t(key);
    if (e.key === 'invalid') return t(e.field ? 'errors.detail.invalid' : 'errors.code.BAD_USER_INPUT');
    if (e.key && e.message) return e.message;
    if (e.code === 'TOO_MANY_ATTEMPTS')
      return t('errors.code.TOO_MANY_ATTEMPTS', { seconds: e.retryAfterSeconds ?? 60 });
    return t(`errors.code.${e.code}`);
  };
}
