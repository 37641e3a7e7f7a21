// Structured logs (pino). Buyers' phone numbers and addresses never reach a log: they are redacted by path.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level = 'info'): Logger {
  return pino({
    level,
    redact: {
      paths: ['*.recipientPhone', '*.addressLine', '*.phone', 'phone', 'recipientPhone', 'addressLine', '*.token', 'token', 'req.headers.authorization', 'req.headers.cookie'],
      censor: '[redacted]',
    },
  });
}

export const silentLogger: Logger = pino({ level: 'silent' });
