import { pino, type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "./settings.js";

/**
 * The server's log: one JSON object per line on standard output, for the operator's log collector.
 * What goes in it is chosen where it is written (request id, procedures, organisation, duration,
 * outcome): never a request's input, a header or a token. Lines are written asynchronously, and pino
 * writes what is pending when the process exits.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "solidaria" },
      timestamp: pino.stdTimeFunctions.isoTime,
      // "level": "info" rather than 30: readable without pino's own tools.
      formatters: { level: (label) => ({ level: label }) },
    },
    // Lines are gathered into writes of 4 KB, or whatever is pending every quarter second: one write
    // per line cost a tenth of a ledger write's CPU under load.
    destination ?? pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 250 }),
  );
}
