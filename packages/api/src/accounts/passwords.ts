import { randomBytes } from "node:crypto";
import { hash, hashSync, verify, type Algorithm } from "@node-rs/argon2";
import { invalid, type DomainError } from "../errors.js";

/**
 * Password hashing: argon2id with OWASP's minimum settings (19 MiB, 2 passes, 1 lane), about 30-60 ms
 * on a server core. The hash string carries its own settings and salt, so stronger settings later
 * still verify the hashes made now.
 */
// `Algorithm` is a const enum, which isolated modules cannot read: 2 is its Argon2id.
const ARGON2ID = 2 as Algorithm.Argon2id;
const SETTINGS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, SETTINGS);
}

/** As `hashPassword`, blocking: for seeding inside one synchronous transaction (demo data), never for requests. */
export function hashPasswordSync(password: string): string {
  return hashSync(password, SETTINGS);
}

/** Whether `password` matches `passwordHash`; a malformed hash matches nothing. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the time of a real verification when there is no hash to check (an unknown email, an
 * invitation not yet accepted, a disabled person), so that how long a refusal takes does not tell
 * which accounts exist. Always false.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString("base64url"));
  await verifyPassword(await dummyHash, password);
  return false;
}

/**
 * The rule a schema cannot check alone: the password is not the person's email (the first thing an
 * attacker tries). Length and NFC are the `NewPassword` schema's.
 */
export function passwordProblem(password: string, email: string): DomainError | null {
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return invalid("password", "must not be your email address");
  }
  return null;
}
