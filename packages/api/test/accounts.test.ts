import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SESSION_ABSOLUTE_TIMEOUT_MS, SESSION_IDLE_TIMEOUT_MS } from "../src/accounts/sessions.js";
import { SIGN_IN_THROTTLE } from "../src/accounts/sign-in-throttle.js";
import { linkUrl } from "../src/accounts/user-links.js";
import { hashSecret } from "../src/accounts/secrets.js";
import { valueOf } from "../src/errors.js";
import { Email, SignInInput, UserInvite } from "../src/validators.js";
import { ACCOUNT_LEDGERS, type AccountsLedger } from "./accounts-fixture.js";

const T0 = new Date("2026-03-02T09:00:00Z");
const after = (ms: number, from = T0) => new Date(from.getTime() + ms);
const MINUTE = 60_000;
const client = { address: "203.0.113.7", userAgent: "test browser" };
const PASSWORD = "a long demo password";

describe("emails", () => {
  it("are trimmed and lower-cased", () => {
    expect(Email.parse("  Ana@Example.ORG ")).toBe("ana@example.org");
    expect(Email.safeParse("not an email").success).toBe(false);
  });
});

describe("links", () => {
  it("put the token in the link's fragment", () => {
    expect(linkUrl("https://ledger.example/", "invitation", "abc")).toBe("https://ledger.example/invitation#token=abc");
    expect(linkUrl("http://127.0.0.1:3000", "reset", "abc")).toBe("http://127.0.0.1:3000/reset-password#token=abc");
  });
});

describe.each(ACCOUNT_LEDGERS)("accounts on %s", (_dialect, open) => {
  let ledger: AccountsLedger;
  beforeEach(async () => {
    ledger = await open();
  });
  afterEach(() => ledger.close());

  /** An invited person who accepted, signed in once. */
  async function activeUser(email = "ana@example.org", role: "donor" | "coordinator" = "donor") {
    const invited = valueOf(
      await ledger.inviteUser(
        UserInvite.parse({ email, displayName: "Ana", organisationId: "donor-eu", role }),
        null,
        T0,
      ),
    );
    valueOf(
      await ledger.acceptInvitation({ token: invited.token, displayName: "Ana Pérez", password: PASSWORD }, client, T0),
    );
    return invited.userId;
  }

  const signInAt = (email: string, password: string, now: Date, address = client.address) =>
    ledger.signIn(SignInInput.parse({ email, password }), { ...client, address }, now);

  describe("invitations", () => {
    it("show what they are for, sign the person in once accepted, and work only once", async () => {
      const invited = valueOf(
        await ledger.inviteUser(
          UserInvite.parse({ email: "Ana@Example.org", displayName: "Ana", organisationId: "donor-eu", role: "donor" }),
          null,
          T0,
        ),
      );
      expect(invited.expiresAt.getTime() - T0.getTime()).toBe(7 * 24 * 60 * MINUTE);
      expect(valueOf(await ledger.invitationDetails(invited.token, T0))).toEqual({
        email: "ana@example.org",
        displayName: "Ana",
        organisationName: "European Union",
        role: "donor",
        expiresAt: invited.expiresAt.toISOString(),
      });
      expect((await ledger.listUsers())[0]).toMatchObject({ status: "invited", lastSeenAt: null });
      expect(JSON.stringify(await ledger.linkRows())).not.toContain(invited.token);

      const accepted = valueOf(
        await ledger.acceptInvitation(
          { token: invited.token, displayName: "Ana Pérez", password: PASSWORD },
          client,
          T0,
        ),
      );
      expect(accepted.user).toMatchObject({ email: "ana@example.org", displayName: "Ana Pérez", role: "donor" });
      expect((await ledger.resumeSession(accepted.session.secret, T0))?.user.id).toBe(invited.userId);
      expect((await ledger.listUsers())[0]).toMatchObject({ status: "active", lastSeenAt: T0.toISOString() });

      const again = await ledger.acceptInvitation(
        { token: invited.token, displayName: "XX Test", password: PASSWORD },
        client,
        T0,
      );
      expect(again).toMatchObject({ ok: false, error: { kind: "not-found", field: "token" } });
      expect(await ledger.invitationDetails(invited.token, T0)).toMatchObject({
        ok: false,
        error: { kind: "not-found" },
      });
    });

    it("expire after 7 days, with the same answer as an unknown link", async () => {
      const invited = valueOf(
        await ledger.inviteUser(
          UserInvite.parse({ email: "b@example.org", displayName: "BB Test", organisationId: "gov-br", role: "state" }),
          null,
          T0,
        ),
      );
      const expired = await ledger.invitationDetails(invited.token, after(7 * 24 * 60 * MINUTE));
      const unknown = await ledger.invitationDetails("A".repeat(43), T0);
      expect(expired).toMatchObject({ ok: false, error: { kind: "not-found", field: "token" } });
      expect(!expired.ok && !unknown.ok && expired.error.message === unknown.error.message).toBe(true);
    });

    it("refuse a password equal to the email, and a second user with the same email", async () => {
      const invited = valueOf(
        await ledger.inviteUser(
          UserInvite.parse({ email: "c@example.org", displayName: "CC Test", organisationId: "gov-br", role: "state" }),
          null,
          T0,
        ),
      );
      const weak = await ledger.acceptInvitation(
        { token: invited.token, displayName: "CC Test", password: "C@example.org" },
        client,
        T0,
      );
      expect(weak).toMatchObject({ ok: false, error: { kind: "invalid", field: "password" } });
      expect(
        await ledger.inviteUser(
          UserInvite.parse({ email: "C@EXAMPLE.org", displayName: "C2", organisationId: "gov-br", role: "state" }),
          null,
          T0,
        ),
      ).toMatchObject({ ok: false, error: { kind: "conflict", field: "email" } });
      expect(
        await ledger.inviteUser(
          UserInvite.parse({ email: "d@example.org", displayName: "DD Test", organisationId: "nobody", role: "state" }),
          null,
          T0,
        ),
      ).toMatchObject({ ok: false, error: { kind: "invalid", field: "organisationId" } });
    });
  });

  describe("signing in", () => {
    it("answers the same for a wrong password, an unknown email, a pending invitation and a disabled person", async () => {
      const userId = await activeUser();
      valueOf(
        await ledger.inviteUser(
          UserInvite.parse({ email: "p@example.org", displayName: "PP Test", organisationId: "gov-br", role: "state" }),
          null,
          T0,
        ),
      );
      const refusals = [
        await signInAt("ana@example.org", "not the password", T0),
        await signInAt("nobody@example.org", PASSWORD, T0),
        await signInAt("p@example.org", PASSWORD, T0),
      ];
      valueOf(await ledger.disableUser(userId, null, T0));
      refusals.push(await signInAt("ana@example.org", PASSWORD, T0));
      for (const refusal of refusals) {
        expect(refusal).toMatchObject({
          ok: false,
          error: { kind: "unauthenticated", field: null, message: "email or password is not right" },
        });
      }
    });

    it("works with the email in any case, and starts a session", async () => {
      await activeUser();
      const signedIn = valueOf(await signInAt(" ANA@example.org", PASSWORD, T0));
      expect(signedIn.user.organisation).toEqual({
        id: "donor-eu",
        name: "European Union",
        kind: "donor",
        country: null,
      });
      expect(signedIn.session.expiresAt.getTime() - T0.getTime()).toBe(SESSION_ABSOLUTE_TIMEOUT_MS);
      const stored = await ledger.sessionRows();
      expect(JSON.stringify(stored)).not.toContain(signedIn.session.secret);
    });

    it("locks an account after 5 failures in 15 minutes, for 15 minutes, even with the right password", async () => {
      await activeUser();
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect(await signInAt("ana@example.org", "wrong password", after(attempt * MINUTE))).toMatchObject({
          ok: false,
          error: { kind: "unauthenticated" },
        });
      }
      const locked = await signInAt("ana@example.org", PASSWORD, after(5 * MINUTE));
      expect(locked).toMatchObject({ ok: false, error: { kind: "throttled", retryAfterSeconds: 14 * 60 } });
      expect(!locked.ok && locked.error.message).toContain("14 minutes");
      // Another address is refused too: the lock is the account's.
      expect(await signInAt("ana@example.org", PASSWORD, after(5 * MINUTE), "198.51.100.1")).toMatchObject({
        ok: false,
        error: { kind: "throttled" },
      });
      // The lock ran from the fifth failure (at 4 minutes) for 15 minutes.
      expect((await signInAt("ana@example.org", PASSWORD, after(19 * MINUTE))).ok).toBe(true);
    });

    it("counts failures in a window: spread over more than 15 minutes they do not lock", async () => {
      await activeUser();
      for (let attempt = 0; attempt < 8; attempt += 1) {
        await signInAt("ana@example.org", "wrong password", after(attempt * 4 * MINUTE));
      }
      expect((await signInAt("ana@example.org", PASSWORD, after(33 * MINUTE))).ok).toBe(true);
    });

    it("locks an address after 20 failures in 15 minutes, whichever accounts it tries", async () => {
      const address = { kind: "address" as const, value: "203.0.113.9" };
      for (let attempt = 0; attempt < SIGN_IN_THROTTLE.address.failures - 1; attempt += 1) {
        await ledger.recordFailure(
          [{ kind: "account", value: `user${attempt}@example.org` }, address],
          after(attempt * 1000),
        );
      }
      expect(await ledger.lockedUntil([address], after(30_000))).toBeNull();
      await ledger.recordFailure([{ kind: "account", value: "last@example.org" }, address], after(30_000));
      expect(await ledger.lockedUntil([address], after(31_000))).toEqual(after(30_000 + 15 * MINUTE));
      expect(await ledger.lockedUntil([address], after(30_000 + 15 * MINUTE))).toBeNull();
    });
  });

  describe("sessions", () => {
    it("end after 2 hours unused, and are kept alive by use (written at most once a minute)", async () => {
      await activeUser();
      const { session } = valueOf(await signInAt("ana@example.org", PASSWORD, T0));
      const lastSeen = async () =>
        (await ledger.sessionRows()).find((row) => row.id === hashSecret(session.secret))?.lastSeenAt;
      expect(await ledger.resumeSession(session.secret, after(30_000))).not.toBeNull();
      expect(await lastSeen()).toBe(T0.toISOString());
      expect(await ledger.resumeSession(session.secret, after(90 * MINUTE))).not.toBeNull();
      expect(await lastSeen()).toBe(after(90 * MINUTE).toISOString());
      const lastUse = after(90 * MINUTE + SESSION_IDLE_TIMEOUT_MS - 1);
      expect(await ledger.resumeSession(session.secret, lastUse)).not.toBeNull();
      expect(await ledger.resumeSession(session.secret, after(SESSION_IDLE_TIMEOUT_MS, lastUse))).toBeNull();
      expect(await lastSeen()).toBeUndefined();
    });

    it("end 12 hours after sign-in however much they are used", async () => {
      const userId = await activeUser();
      const { secret } = await ledger.startSession(userId, T0);
      for (let hour = 1; hour < 12; hour += 1)
        expect(await ledger.resumeSession(secret, after(hour * 60 * MINUTE))).not.toBeNull();
      expect(await ledger.resumeSession(secret, after(12 * 60 * MINUTE))).toBeNull();
    });

    it("end when the person is disabled", async () => {
      const userId = await activeUser();
      const { secret } = await ledger.startSession(userId, T0);
      expect(valueOf(await ledger.disableUser(userId, null, T0)).sessionsEnded).toBe(2);
      expect(await ledger.resumeSession(secret, T0)).toBeNull();
      expect((await ledger.listUsers())[0]?.status).toBe("disabled");
      expect(await ledger.disableUser(userId, userId, T0)).toMatchObject({ ok: false, error: { kind: "conflict" } });
    });
  });

  describe("password resets", () => {
    it("set a new password once, end every session, and expire after an hour", async () => {
      const userId = await activeUser();
      const { session } = valueOf(await signInAt("ana@example.org", PASSWORD, T0));
      const link = valueOf(await ledger.issueResetLink(userId, null, T0));
      expect(link.purpose).toBe("reset");
      expect(link.expiresAt.getTime() - T0.getTime()).toBe(60 * MINUTE);
      const fresh = "a brand new password";
      expect(valueOf(await ledger.resetPassword({ token: link.token, password: fresh }, after(MINUTE)))).toEqual({
        ok: true,
      });
      expect(await ledger.resumeSession(session.secret, after(MINUTE))).toBeNull();
      expect((await signInAt("ana@example.org", PASSWORD, after(2 * MINUTE))).ok).toBe(false);
      expect((await signInAt("ana@example.org", fresh, after(2 * MINUTE))).ok).toBe(true);
      expect(
        await ledger.resetPassword({ token: link.token, password: "yet another password" }, after(3 * MINUTE)),
      ).toMatchObject({
        ok: false,
        error: { kind: "not-found", field: "token" },
      });
      const late = valueOf(await ledger.issueResetLink(userId, null, T0));
      expect(
        await ledger.resetPassword({ token: late.token, password: "yet another password" }, after(60 * MINUTE)),
      ).toMatchObject({
        ok: false,
        error: { kind: "not-found" },
      });
    });

    it("are refused for a disabled person; an invited person gets a new invitation", async () => {
      const invited = valueOf(
        await ledger.inviteUser(
          UserInvite.parse({ email: "e@example.org", displayName: "EE Test", organisationId: "gov-br", role: "state" }),
          null,
          T0,
        ),
      );
      const link = valueOf(await ledger.issueResetLink(invited.userId, null, T0));
      expect(link.purpose).toBe("invitation");
      // The earlier invitation is replaced.
      expect((await ledger.invitationDetails(invited.token, T0)).ok).toBe(false);
      expect((await ledger.invitationDetails(link.token, T0)).ok).toBe(true);
      valueOf(await ledger.disableUser(invited.userId, null, T0));
      expect(await ledger.issueResetLink(invited.userId, null, T0)).toMatchObject({
        ok: false,
        error: { kind: "conflict" },
      });
      expect((await ledger.userRow(invited.userId))?.disabledAt).toBe(T0.toISOString());
    });
  });
});
