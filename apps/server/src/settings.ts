import { z } from "zod";

/** pino's levels; `silent` logs nothing. */
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServerSettings {
  readonly logLevel: LogLevel;
  /** Most calls one tRPC batch may hold. */
  readonly maxBatchSize: number;
  /** Calls without a valid token, per client address: a token bucket of `burst` calls refilled at `perSecond`. */
  readonly anonymousRate: { readonly burst: number; readonly perSecond: number };
}

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const Environment = z
  .object({
    SOLIDARIA_LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
    SOLIDARIA_MAX_BATCH: whole(1, 100).default(10),
    SOLIDARIA_ANONYMOUS_BURST: whole(1, 1_000_000).default(60),
    SOLIDARIA_ANONYMOUS_PER_SECOND: z.coerce.number().positive().max(1_000_000).default(1),
  })
  .refine((env) => env.SOLIDARIA_ANONYMOUS_BURST >= env.SOLIDARIA_MAX_BATCH, {
    // A batch larger than the bucket could never be served.
    message: "must be at least SOLIDARIA_MAX_BATCH",
    path: ["SOLIDARIA_ANONYMOUS_BURST"],
  });

/** The server's settings from its environment variables, each checked; a bad value names the variable. */
export function settingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  // An empty variable is an unset one (as `VAR= solidaria serve` means).
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = Environment.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`invalid environment: ${problems.join("; ")}`);
  }
  const values = parsed.data;
  return {
    logLevel: values.SOLIDARIA_LOG_LEVEL,
    maxBatchSize: values.SOLIDARIA_MAX_BATCH,
    anonymousRate: { burst: values.SOLIDARIA_ANONYMOUS_BURST, perSecond: values.SOLIDARIA_ANONYMOUS_PER_SECOND },
  };
}
