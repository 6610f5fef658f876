import { linkUrl, validators, type LedgerStore, type Result, type TokenView } from "@solidaria/api";
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

export async function addOrganisation(
  store: LedgerStore,
  input: { id: string; name: string; kind: string; country?: string | null },
) {
  const country = input.country ? input.country.toUpperCase() : null;
  return valueOf(await store.addOrganisation(parse(validators.OrganisationCreate, { ...input, country })));
}

export async function createToken(store: LedgerStore, input: { organisationId: string; role: string; label: string }) {
  return valueOf(await store.issueToken(parse(validators.TokenCreate, input)));
}

/** Revokes a token by its id or the first characters of it, as `token list` shows them. */
export async function revokeToken(store: LedgerStore, reference: string, now = new Date()): Promise<TokenView> {
  return valueOf(await store.revokeToken(parse(validators.TokenRevoke, { id: reference }).id, now));
}

/**
 * Invites a person: their account waits until they open the link (printed once, to pass on) and
 * choose a password. `publicUrl` is where they reach the dashboard.
 */
export async function inviteUser(
  store: LedgerStore,
  input: { email: string; displayName: string; organisationId: string; role: string },
  publicUrl: string,
  now = new Date(),
) {
  const invited = valueOf(await store.inviteUser(parse(validators.UserInvite, input), null, now));
  return { userId: invited.userId, url: linkUrl(publicUrl, "invitation", invited.token), expiresAt: invited.expiresAt };
}

/** A password-reset link for the person with this email (a new invitation if they never accepted theirs). */
export async function resetLink(store: LedgerStore, email: string, publicUrl: string, now = new Date()) {
  const address = parse(validators.UserInvite.pick({ email: true }), { email }).email;
  const userId = valueOf(await store.userIdByEmail(address));
  const link = valueOf(await store.issueResetLink(userId, null, now));
  return { purpose: link.purpose, url: linkUrl(publicUrl, link.purpose, link.token), expiresAt: link.expiresAt };
}

export function users(store: LedgerStore) {
  return store.listUsers();
}

/** Organisations with the number of tokens each has in use. */
export async function organisationsWithTokens(store: LedgerStore) {
  const active = new Map<string, number>();
  for (const token of await store.listTokens({ includeRevoked: false })) {
    active.set(token.organisationId, (active.get(token.organisationId) ?? 0) + 1);
  }
  return (await store.listOrganisations()).map((organisation) => ({
    ...organisation,
    activeTokens: active.get(organisation.id) ?? 0,
  }));
}

export function tokens(
  store: LedgerStore,
  filter: { organisationId?: string; includeRevoked: boolean },
): Promise<TokenView[]> {
  return store.listTokens(parse(validators.TokenListInput, filter));
}
