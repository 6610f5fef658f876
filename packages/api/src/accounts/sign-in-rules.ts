import type { Role } from "@solidaria/db/enums";
import { notFound, unauthenticated, type DomainError } from "../errors.js";
import type { LinkPurpose } from "./link-rules.js";
import type { NewSession } from "./session-rules.js";
import type { SessionUser } from "./session-user.js";
import type { ThrottleKey } from "./throttle-rules.js";

/**
 * The answers of signing in and of the links that set a password, whichever database is asked. Every
 * refusal of credentials is the same answer, whatever was wrong (an unknown email, a wrong password, a
 * disabled person, an invitation not yet accepted), so that nobody learns from it which accounts
 * exist.
 */

/** Where a request comes from, for throttling and for people to recognise their sessions. */
export interface Client {
  /** The client's address as the server counts it (an IPv6 /64 as one). */
  readonly address: string;
  readonly userAgent: string | null;
}

export interface SignedIn {
  readonly user: SessionUser;
  readonly session: NewSession;
}

/** The throttle keys of a sign-in: the account typed, and the client's address. */
export function signInKeys(email: string, client: Client): { account: ThrottleKey; keys: readonly ThrottleKey[] } {
  const account: ThrottleKey = { kind: "account", value: email };
  return { account, keys: [account, { kind: "address", value: client.address }] };
}

/** The one answer to credentials that sign nobody in. */
export const wrongCredentials = (): DomainError => unauthenticated("email or password is not right");

/** The one answer to an invitation or reset link that cannot be used, whatever the reason. */
const UNUSABLE_LINK: Readonly<Record<LinkPurpose, string>> = {
  invitation: "this invitation link is not valid: it has expired or was used already; ask a coordinator for a new one",
  reset: "this reset link is not valid: it has expired or was used already; ask a coordinator for a new one",
};

export const unusableLink = (purpose: LinkPurpose): DomainError => notFound("token", UNUSABLE_LINK[purpose]);

/** Whether a person who may sign in was found, with a password to check. */
export function canSignIn(user: { passwordHash: string | null; disabledAt: string | null } | undefined): boolean {
  return user !== undefined && user.passwordHash !== null && user.disabledAt === null;
}

/**
 * The holder of a usable link, or the refusal: an invitation is for someone without a password yet;
 * no link works for a disabled person.
 */
export function checkLinkHolder<Link, User extends { disabledAt: string | null; passwordHash: string | null }>(
  link: Link | null,
  user: User | undefined,
  purpose: LinkPurpose,
): { link: Link; user: User } {
  const fits = user !== undefined && user.disabledAt === null && (purpose === "reset" || user.passwordHash === null);
  if (link === null || !fits) throw unusableLink(purpose);
  return { link, user };
}

/** What an invitation is for, shown before the person chooses a password. */
export interface InvitationDetails {
  readonly email: string;
  readonly displayName: string;
  readonly organisationName: string;
  readonly role: Role;
  readonly expiresAt: string;
}

export function invitationDetailsOf(
  link: { expiresAt: string },
  user: { email: string; displayName: string; organisationName: string; role: Role },
): InvitationDetails {
  return {
    email: user.email,
    displayName: user.displayName,
    organisationName: user.organisationName,
    role: user.role,
    expiresAt: link.expiresAt,
  };
}
