import { newSecret } from "./secrets.js";

/**
 * Single-use links a coordinator passes on to a person (no mail server is assumed): an invitation,
 * which sets the first password, and a password reset. Only the SHA-256 of a link's token is stored;
 * a new link of one purpose replaces the person's earlier unused one.
 */
export type LinkPurpose = "invitation" | "reset";

const LINK_LIFETIME_MS: Readonly<Record<LinkPurpose, number>> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  reset: 60 * 60 * 1000,
};

/** Where a link's token goes: in the fragment, which browsers never send to a server nor in a Referer. */
const LINK_PATH: Readonly<Record<LinkPurpose, string>> = { invitation: "invitation", reset: "reset-password" };

export function linkUrl(publicUrl: string, purpose: LinkPurpose, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/${LINK_PATH[purpose]}#token=${token}`;
}

/** A new link: the token to pass on (returned once) and the row to store (its hash as the key). */
export function newLink(entry: { userId: string; purpose: LinkPurpose; createdBy: string | null }, now: Date) {
  const { secret, hash } = newSecret();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[entry.purpose]);
  return {
    issued: { token: secret, expiresAt },
    row: {
      tokenHash: hash,
      userId: entry.userId,
      purpose: entry.purpose,
      createdBy: entry.createdBy,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    },
  };
}
