import type { Role } from "@solidaria/db/enums";
import { conflict, invalid, notFound, type DomainError } from "../errors.js";
import type { UserStatus } from "../validators.js";
import type { LinkPurpose } from "./link-rules.js";

/**
 * What decides how people are managed, whichever database holds them: their status, the link a
 * reset request gets, and every refusal (with its field and wording).
 */

export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly status: UserStatus;
  readonly createdAt: string;
  readonly lastSeenAt: string | null;
}

function statusOf(row: { passwordHash: string | null; disabledAt: string | null }): UserStatus {
  if (row.disabledAt !== null) return "disabled";
  return row.passwordHash === null ? "invited" : "active";
}

/** A listed user as people see them: a status instead of what it is derived from. */
export function toUserView({
  passwordHash,
  disabledAt,
  ...row
}: Omit<UserView, "status"> & { passwordHash: string | null; disabledAt: string | null }): UserView {
  return { ...row, status: statusOf({ passwordHash, disabledAt }) };
}

/**
 * The link a person gets when a reset is asked for: a reset, or a new invitation for someone who
 * never accepted theirs (so that they still choose their name). A disabled person gets none.
 */
export function resetLinkPurpose(user: { passwordHash: string | null; disabledAt: string | null }): LinkPurpose {
  if (user.disabledAt !== null) throw conflict("userId", "this user is disabled: no link can be issued");
  return user.passwordHash === null ? "invitation" : "reset";
}

export const noOrganisation = (organisationId: string): DomainError =>
  invalid("organisationId", `no organisation "${organisationId}"`);
export const emailTaken = (email: string): DomainError =>
  conflict("email", `a user with the email ${email} already exists`);
export const noUser = (userId: string): DomainError => notFound("userId", `no user "${userId}"`);
export const noUserWithEmail = (email: string): DomainError => notFound("email", `no user with the email ${email}`);

/** A coordinator cannot disable themself (someone must be left to manage people). */
export function checkNotDisablingSelf(userId: string, disabledBy: string | null): void {
  if (disabledBy === userId) throw conflict("userId", "you cannot disable yourself: ask another coordinator");
}
