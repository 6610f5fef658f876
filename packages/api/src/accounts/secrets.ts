import { randomBytes } from "node:crypto";
import { hashToken } from "../auth/tokens.js";

/**
 * A fresh secret for a session cookie or a single-use link: 32 random bytes as 43 base64url
 * characters. Only its SHA-256 (hex) is stored, so a copy of the database signs nobody in.
 */
export function newSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString("base64url");
  return { secret, hash: hashSecret(secret) };
}

export const hashSecret = (secret: string): string => hashToken(secret);
