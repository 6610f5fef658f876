/**
 * The ledger core's refusals, transport-neutral: each has a kind (what sort of refusal, which a
 * transport maps to its own codes: tRPC's in trpc.ts, exit codes in the CLI) and the input field it
 * concerns, so that a client can word it in its user's language. The message is English, for
 * developers, and says what was expected.
 */
export type ProblemKind = "invalid" | "forbidden" | "not-found" | "conflict" | "unauthenticated" | "throttled";

export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly kind: ProblemKind,
    /** The input field, as a path ("usdRate.usdPerUnit"); null when the refusal concerns no one field. */
    readonly field: string | null,
    message: string,
    /** For a `throttled` refusal: how many seconds until the caller may try again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }

  /** "field: message", as people and logs read it. */
  describe(): string {
    return this.field === null ? this.message : `${this.field}: ${this.message}`;
  }
}

export const invalid = (field: string, message: string) => new DomainError("invalid", field, message);
export const forbidden = (field: string | null, message: string) => new DomainError("forbidden", field, message);
export const notFound = (field: string, message: string) => new DomainError("not-found", field, message);
export const conflict = (field: string | null, message: string) => new DomainError("conflict", field, message);
/** Credentials that do not sign anyone in, or a call that needs a signed-in person. */
export const unauthenticated = (message: string) => new DomainError("unauthenticated", null, message);
export const throttled = (message: string, retryAfterSeconds: number) =>
  new DomainError("throttled", null, message, retryAfterSeconds);

/** What a command returns: its value, or the refusal; nothing was written when it is a refusal. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };

/**
 * Runs `work` (which throws a DomainError to refuse, rolling back any transaction it is inside) and
 * returns its outcome. Any other exception is a bug, not a refusal, and propagates.
 */
export function attempt<T>(work: () => T): Result<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error };
    throw error;
  }
}

/** The value of a result that must succeed (seeding, tests); a refusal is thrown. */
export function valueOf<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw result.error;
}

/** As `attempt`, for work that awaits (password hashing). */
export async function attemptAsync<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error };
    throw error;
  }
}
