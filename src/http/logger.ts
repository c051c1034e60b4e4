// JSON logs with pino; every request line carries its request id.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'constellation' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
