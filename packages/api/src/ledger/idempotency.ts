import { createHash } from "node:crypto";
import type { PledgeCreate } from "../validators.js";

/** JSON with object keys in sorted order: the same request hashes the same whatever its key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, field]) => field !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * What an idempotency key is bound to: the request as it means, not as it was typed ("10" and
 * "10.00" are the same amount; key order and an explicit own organisation change nothing). The
 * fields are those of the request as sent, with the amount in minor units, so that keys stored by
 * earlier releases still match their retries.
 */
export function requestHash(input: PledgeCreate, organisationId: string): string {
  return createHash("sha256")
    .update(canonicalJson(meaningOf(input, organisationId)))
    .digest("hex");
}

function meaningOf(input: PledgeCreate, organisationId: string): Record<string, unknown> {
  if (input.kind === "places") return { ...input, organisationId };
  const { money, ...rest } = input;
  return { ...rest, organisationId, amount: money.minor, currency: money.currency };
}
