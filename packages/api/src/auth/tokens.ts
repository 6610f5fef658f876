import { createHash, randomBytes, randomUUID } from "node:crypto";

const PREFIX = "sol_";

/** A new API token: 256 random bits, shown once; only its SHA-256 is stored. */
export function generateToken(): { id: string; secret: string; secretHash: string } {
  const secret = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { id: randomUUID(), secret, secretHash: hashToken(secret) };
}

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The token in an `Authorization: Bearer ...` header, if well formed. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}
