import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as postgres from "@solidaria/db/pg";
import { hashSecret } from "../src/accounts/secrets.js";
import type { ThrottleKey, ThrottleRules } from "../src/accounts/throttle-rules.js";
import { valueOf } from "../src/errors.js";
import { LEDGER_CHANGED_CHANNEL } from "../src/pg/transaction.js";
import { UserInvite } from "../src/validators.js";
import { postgresAccountsOn, sqliteAccounts, type AccountsLedger } from "./accounts-fixture.js";
import { pgLedgerFixture } from "./ledger-fixture.js";

/**
 * Accounts on PostgreSQL when several server nodes share the database: each node is a pool of its
 * own on one database, and requests of one person reach any of them.
 */

const T0 = new Date("2026-03-02T09:00:00Z");
const after = (ms: number, from = T0) => new Date(from.getTime() + ms);
const MINUTE = 60_000;
const client = { address: "203.0.113.7", userAgent: "test browser" };
const PASSWORD = "a long demo password";

let url: string;
/** Two server nodes: A and B. */
let nodeA: AccountsLedger;
let nodeB: AccountsLedger;
let dbA: postgres.PgLedgerDatabase;
let dbB: postgres.PgLedgerDatabase;

beforeEach(async () => {
  const fixture = await pgLedgerFixture();
  url = fixture.url;
  dbA = fixture.db;
  dbB = await postgres.openPgDatabase(url, { migrate: false });
  nodeA = postgresAccountsOn(dbA, () => fixture.close());
  nodeB = postgresAccountsOn(dbB, () => postgres.closePgDatabase(dbB));
});
afterEach(async () => {
  await nodeB.close();
  await nodeA.close();
});

/** The nodes in turn: A, B, A, B... */
const node = (index: number) => (index % 2 === 0 ? nodeA : nodeB);

async function invite(on: AccountsLedger, email = "ana@example.org") {
  return valueOf(
    await on.inviteUser(
      UserInvite.parse({ email, displayName: "Ana", organisationId: "donor-eu", role: "donor" }),
      null,
      T0,
    ),
  );
}

describe("failed sign-ins counted by two nodes at once", () => {
  const rules: ThrottleRules = {
    account: { failures: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
    address: { failures: 1000, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  };
  const stored = async (key: ThrottleKey) =>
    (await dbA.select().from(postgres.signInFailures).where(eq(postgres.signInFailures.keyValue, key.value)))[0];

  it("are all counted, and lock the key at exactly the limit", async () => {
    const address: ThrottleKey = { kind: "address", value: "198.51.100.9" };
    const below: ThrottleKey = { kind: "account", value: "below@example.org" };
    const at: ThrottleKey = { kind: "account", value: "at@example.org" };
    const now = after(MINUTE);
    // 29 and 30 failures at the same moment, alternately through each node, all in flight together.
    await Promise.all([
      ...Array.from({ length: 29 }, (_, index) => node(index).recordFailure([below, address], now, rules)),
      ...Array.from({ length: 30 }, (_, index) => node(index + 1).recordFailure([at, address], now, rules)),
    ]);
    expect(await stored(below)).toMatchObject({ count: 29, lockedUntil: null, windowStart: now.toISOString() });
    expect(await stored(at)).toMatchObject({ count: 30, lockedUntil: after(15 * MINUTE, now).toISOString() });
    expect(await stored(address)).toMatchObject({ count: 59, lockedUntil: null });
    expect(await nodeB.lockedUntil([below], now)).toBeNull();
    expect(await nodeB.lockedUntil([at], now)).toEqual(after(15 * MINUTE, now));
    await nodeA.recordFailure([below], after(MINUTE, now), rules);
    expect(await nodeB.lockedUntil([below, address], after(MINUTE, now))).toEqual(after(16 * MINUTE, now));
  });

  it("lock an account through either node for a sign-in through the other", async () => {
    await invite(nodeA).then((invited) =>
      nodeA.acceptInvitation({ token: invited.token, displayName: "Ana Pérez", password: PASSWORD }, client, T0),
    );
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        node(index).signIn({ email: "ana@example.org", password: "wrong password" }, client, after(MINUTE)),
      ),
    );
    expect(results.every((result) => !result.ok && result.error.kind === "unauthenticated")).toBe(true);
    for (const on of [nodeA, nodeB]) {
      expect(
        await on.signIn({ email: "ana@example.org", password: PASSWORD }, client, after(2 * MINUTE)),
      ).toMatchObject({ ok: false, error: { kind: "throttled", retryAfterSeconds: 14 * 60 } });
    }
  });
});

describe("sessions across nodes", () => {
  it("start on one node and are resumed, ended and reset on another", async () => {
    const invited = await invite(nodeA);
    expect(await nodeB.invitationDetails(invited.token, T0)).toMatchObject({ ok: true });
    const accepted = valueOf(
      await nodeB.acceptInvitation({ token: invited.token, displayName: "Ana Pérez", password: PASSWORD }, client, T0),
    );
    expect((await nodeA.resumeSession(accepted.session.secret, T0))?.user.displayName).toBe("Ana Pérez");
    const second = valueOf(await nodeA.signIn({ email: "ana@example.org", password: PASSWORD }, client, T0));
    expect((await nodeB.resumeSession(second.session.secret, after(MINUTE)))?.user.id).toBe(invited.userId);

    // Signing out everywhere through B ends both sessions for A too.
    expect(await nodeB.endAllSessions(invited.userId)).toBe(2);
    expect(await nodeA.resumeSession(accepted.session.secret, after(2 * MINUTE))).toBeNull();
    expect(await nodeA.resumeSession(second.session.secret, after(2 * MINUTE))).toBeNull();

    // A reset asked through A, used through B, ends the session started on A.
    const third = valueOf(await nodeA.signIn({ email: "ana@example.org", password: PASSWORD }, client, T0));
    const link = valueOf(await nodeA.issueResetLink(invited.userId, null, T0));
    expect(valueOf(await nodeB.resetPassword({ token: link.token, password: "a brand new password" }, T0))).toEqual({
      ok: true,
    });
    expect(await nodeA.resumeSession(third.session.secret, T0)).toBeNull();
    expect((await nodeA.signIn({ email: "ana@example.org", password: PASSWORD }, client, T0)).ok).toBe(false);
    expect((await nodeB.signIn({ email: "ana@example.org", password: "a brand new password" }, client, T0)).ok).toBe(
      true,
    );
  });

  it("are marked used once when both nodes resume one at the same moment", async () => {
    const invited = await invite(nodeA);
    const { session } = valueOf(
      await nodeA.acceptInvitation({ token: invited.token, displayName: "Ana Pérez", password: PASSWORD }, client, T0),
    );
    // Counts the writes to the sessions table.
    await dbA.$client.query(`
      create table session_writes (id text not null);
      create function count_session_write() returns trigger language plpgsql as
        $$ begin insert into session_writes values (new.id); return new; end $$;
      create trigger count_session_write after update on sessions
        for each row execute function count_session_write();
    `);
    const seen = after(2 * MINUTE);
    const resumed = await Promise.all(
      Array.from({ length: 16 }, (_, index) => node(index).resumeSession(session.secret, seen)),
    );
    expect(resumed.every((active) => active?.user.id === invited.userId)).toBe(true);
    const writes = await dbA.$client.query<{ id: string }>("select id from session_writes");
    expect(writes.rows).toEqual([{ id: hashSecret(session.secret) }]);
    expect((await nodeB.sessionRows())[0]?.lastSeenAt).toBe(seen.toISOString());
    expect((await nodeB.userRow(invited.userId))?.lastSeenAt).toBe(seen.toISOString());
    // Within the minute, no node writes again; later, one does.
    await nodeB.resumeSession(session.secret, after(30_000, seen));
    await nodeA.resumeSession(session.secret, after(MINUTE, seen));
    expect((await dbA.$client.query("select id from session_writes")).rowCount).toBe(2);
  });
});

describe("one-time actions asked of two nodes at once", () => {
  it("accept an invitation once", async () => {
    const invited = await invite(nodeA);
    const results = await Promise.all(
      [nodeA, nodeB].map((on, index) =>
        on.acceptInvitation({ token: invited.token, displayName: `Ana ${index}`, password: PASSWORD }, client, T0),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      ok: false,
      error: { kind: "not-found", field: "token" },
    });
  });

  it("invite an email once", async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        node(index).inviteUser(
          UserInvite.parse({ email: "same@example.org", displayName: "Same", organisationId: "gov-br", role: "state" }),
          null,
          T0,
        ),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    for (const result of results.filter((candidate) => !candidate.ok)) {
      expect(result).toMatchObject({
        ok: false,
        error: { kind: "conflict", field: "email", message: "a user with the email same@example.org already exists" },
      });
    }
    expect(await nodeB.listUsers()).toHaveLength(1);
  });

  it("revoke a token once, the other answering that it was revoked", async () => {
    const issued = valueOf(await nodeA.issueToken({ organisationId: "gov-br", role: "state", label: "ops" }));
    const results = await Promise.all([nodeA, nodeB].map((on) => on.revokeToken(issued.id, after(MINUTE))));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      ok: false,
      error: {
        kind: "not-found",
        message: `no active token "${issued.id}": it was revoked at ${after(MINUTE).toISOString()}`,
      },
    });
  });
});

describe("changes other nodes must hear of", () => {
  it("are notified for organisations only, and only when they commit", async () => {
    const listener = new pg.Client({ connectionString: url });
    await listener.connect();
    const heard: string[] = [];
    // Payloads: the ledger's notifications carry none; the test's own marker says "sentinel".
    listener.on("notification", (message) => heard.push(message.payload ?? ""));
    try {
      await listener.query(`listen ${LEDGER_CHANGED_CHANNEL}`);
      await invite(nodeA);
      await nodeA.issueToken({ organisationId: "gov-br", role: "state", label: "ops" });
      expect((await nodeA.addOrganisation({ id: "gov-br", name: "Again", kind: "state", country: "BR" })).ok).toBe(
        false,
      );
      // Notifications arrive in commit order: anything the writes above sent would come before this.
      await listener.query(`select pg_notify('${LEDGER_CHANGED_CHANNEL}', 'sentinel')`);
      expect((await nodeB.addOrganisation({ id: "gov-ar", name: "Argentina", kind: "state", country: "AR" })).ok).toBe(
        true,
      );
      await expect.poll(() => heard, { timeout: 15_000 }).toEqual(["sentinel", ""]);
    } finally {
      await listener.end();
    }
  });
});

describe("names", () => {
  it("are listed in SQLite's order even on a database whose default collation is not byte order", async () => {
    const server = new URL(url);
    const name = `icu_${server.pathname.slice(1)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(
        `create database ${name} template template0 locale_provider icu icu_locale 'en-US' locale 'C.UTF-8'`,
      );
    } finally {
      await admin.end();
    }
    server.pathname = `/${name}`;
    const db = await postgres.openPgDatabase(server.toString());
    const icu = postgresAccountsOn(db, () => postgres.closePgDatabase(db));
    const sqlite = await sqliteAccounts();
    try {
      const [row] = await db.$client
        .query<{ order: string[] }>("select array_agg(n order by n) as order from unnest(array['b', 'B', 'a']) n")
        .then((result) => result.rows);
      // The database's own order is not SQLite's: without `collate "C"` the lists below would differ.
      expect(row?.order).toEqual(["a", "b", "B"]);
      const organisations = [
        ["zeta", "zeta"],
        ["eclair", "Éclair"],
        ["banana", "Banana"],
        ["apple", "apple"],
        ["b2", "banana split"],
      ] as const;
      for (const ledger of [icu, sqlite]) {
        for (const [id, name] of organisations) {
          valueOf(await ledger.addOrganisation({ id, name, kind: "agency", country: null }));
          valueOf(
            await ledger.inviteUser(
              UserInvite.parse({ email: `${id}@example.org`, displayName: name, organisationId: id, role: "viewer" }),
              null,
              T0,
            ),
          );
          valueOf(await ledger.issueToken({ organisationId: id, role: "viewer", label: name }));
        }
      }
      const names = (ledger: AccountsLedger) =>
        Promise.all([
          ledger
            .listOrganisations()
            .then((rows) => rows.filter((row) => organisations.some(([id]) => id === row.id)).map((row) => row.name)),
          ledger.listUsers().then((rows) => rows.map((row) => row.displayName)),
          ledger.listTokens({ includeRevoked: false }).then((rows) => rows.map((row) => row.organisationName)),
        ]);
      const expected = await names(sqlite);
      expect(expected[0]).toEqual(["Banana", "apple", "banana split", "zeta", "Éclair"]);
      expect(await names(icu)).toEqual(expected);
    } finally {
      await sqlite.close();
      await icu.close();
    }
  });
});
