import {
  addOrganisation as addOrganisationToLedger,
  inviteUser as inviteUserToLedger,
  issueResetLink,
  linkUrl,
  listUsers,
  userIdByEmail,
  issueToken,
  listOrganisations,
  listTokens,
  revokeToken as revokeTokenInLedger,
  validators,
  type Result,
  type TokenView,
} from "@solidaria/api";
import type { LedgerDatabase } from "@solidaria/db";
import { describeIssues, type SchemaIssue } from "@solidaria/domain";

/**
 * Administration from the command line: organisations and tokens, through the ledger core and the
 * API's own schemas, so the CLI accepts exactly what the API does. Every refusal is an AdminError
 * naming the flag to change.
 */
export class AdminError extends Error {
  override readonly name = "AdminError";
}

/** The flag that fills each schema field, so that an error names what the operator typed. */
const FLAGS: Readonly<Record<string, string>> = {
  id: "--id",
  name: "--name",
  kind: "--kind",
  country: "--country",
  organisationId: "--org",
  role: "--role",
  label: "--label",
  email: "--email",
  displayName: "--name",
};

/** "name: must have..." as "--name: must have...". */
const flagged = (line: string) => line.replace(/^[A-Za-z]+(?=[:.[])/, (field) => FLAGS[field] ?? field);

interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

function parse<T>(schema: Schema<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AdminError(describeIssues(result.error.issues, "en", input).map(flagged).join("; "));
}

function valueOf<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new AdminError(flagged(result.error.describe()));
}

export function addOrganisation(
  db: LedgerDatabase,
  input: { id: string; name: string; kind: string; country?: string | null },
) {
  const country = input.country ? input.country.toUpperCase() : null;
  return valueOf(addOrganisationToLedger(db, parse(validators.OrganisationCreate, { ...input, country })));
}

export function createToken(db: LedgerDatabase, input: { organisationId: string; role: string; label: string }) {
  return valueOf(issueToken(db, parse(validators.TokenCreate, input)));
}

/** Revokes a token by its id or the first characters of it, as `token list` shows them. */
export function revokeToken(db: LedgerDatabase, reference: string, now = new Date()): TokenView {
  return valueOf(revokeTokenInLedger(db, parse(validators.TokenRevoke, { id: reference }).id, now));
}

/**
 * Invites a person: their account waits until they open the link (printed once, to pass on) and
 * choose a password. `publicUrl` is where they reach the dashboard.
 */
export function inviteUser(
  db: LedgerDatabase,
  input: { email: string; displayName: string; organisationId: string; role: string },
  publicUrl: string,
  now = new Date(),
) {
  const invited = valueOf(inviteUserToLedger(db, parse(validators.UserInvite, input), null, now));
  return { userId: invited.userId, url: linkUrl(publicUrl, "invitation", invited.token), expiresAt: invited.expiresAt };
}

/** A password-reset link for the person with this email (a new invitation if they never accepted theirs). */
export function resetLink(db: LedgerDatabase, email: string, publicUrl: string, now = new Date()) {
  const address = parse(validators.UserInvite.pick({ email: true }), { email }).email;
  const userId = valueOf(userIdByEmail(db, address));
  const link = valueOf(issueResetLink(db, userId, null, now));
  return { purpose: link.purpose, url: linkUrl(publicUrl, link.purpose, link.token), expiresAt: link.expiresAt };
}

export { listUsers as users };

/** Organisations with the number of tokens each has in use. */
export function organisationsWithTokens(db: LedgerDatabase) {
  const active = new Map<string, number>();
  for (const token of listTokens(db, { includeRevoked: false })) {
    active.set(token.organisationId, (active.get(token.organisationId) ?? 0) + 1);
  }
  return listOrganisations(db).map((organisation) => ({
    ...organisation,
    activeTokens: active.get(organisation.id) ?? 0,
  }));
}

export function tokens(db: LedgerDatabase, filter: { organisationId?: string; includeRevoked: boolean }): TokenView[] {
  return listTokens(db, parse(validators.TokenListInput, filter));
}
