// The process logger (pino); requests get children carrying their request id.
import pino from 'pino';

/** The process logger: standard output, or `destination` (tests read what it writes). */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  const options = { level, base: { service: 'tongxin' }, redact: ['req.headers.authorization', 'req.headers.cookie'] };
  return destination ? pino(options, destination) : pino(options);
}
