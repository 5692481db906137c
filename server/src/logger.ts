// The process logger (pino); requests get children carrying their request id.
import pino from 'pino';

export function createLogger(level: string) {
  return pino({ level, base: { service: 'tongxin' }, redact: ['req.headers.authorization', 'req.headers.cookie'] });
}
