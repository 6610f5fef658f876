import { and, eq, isNull } from "drizzle-orm";
import { generateToken } from "@solidaria/api";
import { organisations, tokens, ROLES, ORGANISATION_KINDS, type LedgerDatabase, type Role } from "@solidaria/db";
import { CountryCode } from "@solidaria/domain";

/** Administration used by the CLI: organisations and tokens. Errors are thrown as AdminError with a plain message. */
export class AdminError extends Error {
  override readonly name = "AdminError";
}

export function addOrganisation(
  db: LedgerDatabase,
  input: { id: string; name: string; kind: string; country?: string | null },
) {
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(input.id))
    throw new AdminError("--id must be 2-63 lower-case letters, digits or dashes");
  if (input.name.trim().length < 2) throw new AdminError("--name is required");
  if (!(ORGANISATION_KINDS as readonly string[]).includes(input.kind)) {
    throw new AdminError(`--kind must be one of ${ORGANISATION_KINDS.join(", ")}`);
  }
  const country = input.country ? input.country.toUpperCase() : null;
  if (country !== null && !CountryCode.safeParse(country).success)
    throw new AdminError(`--country "${input.country}" is not an ISO 3166-1 alpha-2 code`);
  const row = db
    .insert(organisations)
    .values({ id: input.id, name: input.name.trim(), kind: input.kind as (typeof ORGANISATION_KINDS)[number], country })
    .onConflictDoNothing()
    .returning()
    .get();
  if (!row) throw new AdminError(`an organisation "${input.id}" already exists`);
  return row;
}

export function createToken(db: LedgerDatabase, input: { organisationId: string; role: string; label: string }) {
  if (!(ROLES as readonly string[]).includes(input.role))
    throw new AdminError(`--role must be one of ${ROLES.join(", ")}`);
  if (
    !db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).get()
  ) {
    throw new AdminError(`no organisation "${input.organisationId}" (add it with: solidaria org add)`);
  }
  const token = generateToken();
  db.insert(tokens)
    .values({
      id: token.id,
      organisationId: input.organisationId,
      role: input.role as Role,
      label: input.label,
      secretHash: token.secretHash,
    })
    .run();
  return { id: token.id, secret: token.secret };
}

export function revokeToken(db: LedgerDatabase, id: string, now = new Date()): void {
  const result = db
    .update(tokens)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(tokens.id, id), isNull(tokens.revokedAt)))
    .run();
  if (result.changes === 0) throw new AdminError(`no active token "${id}"`);
}
