import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "../src/demo-data.js";
import { countOf, defined, failure, key, outcome, startTestServer, type TestServer } from "./harness.js";
import { cookiePair, post, sessionClient, signInAs, type Browser } from "./sessions.js";

/**
 * People signing in to the dashboard, over real HTTP with the real tRPC client: sessions in cookies,
 * CSRF tokens, throttling, invitations and resets, expiry on an injected clock.
 */
const MINUTE = 60_000;
let clock = new Date("2026-03-02T09:00:00Z").getTime();
const now = () => new Date(clock);
const advance = (ms: number) => {
  clock += ms;
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now, anonymousRate: null });
});
afterAll(async () => server?.close());

const demo = (role: string) =>
  defined(
    DEMO_USERS.find((user) => user.role === role),
    `a demo ${role}`,
  );
const signIn = (role: string) => signInAs(server.url, demo(role).email, demo(role).password);
const pledgeCount = () => countOf(server.query, "select count(*) as n from pledges");

const funding = (organisationId?: string) => ({
  kind: "funding" as const,
  idempotencyKey: key(),
  ...(organisationId ? { organisationId } : {}),
  programme: "training" as const,
  year: 2026,
  amount: "100",
  currency: "USD",
});

/** The token in a link's fragment (#token=...). */
const tokenOf = (link: string) => defined(new URL(link).hash.match(/^#token=([\w-]{43})$/)?.[1], `a token in ${link}`);

describe("signing in, each role acting through its session", () => {
  it("a coordinator lists users; the session names the person and their organisation", async () => {
    const browser = await signIn("coordinator");
    const session = defined(await browser.client.auth.session.query(), "a session");
    const { id, ...user } = session.user;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(user).toEqual({
      email: "coordinator@demo.example",
      displayName: "[DEMO] Carmen Coordinator",
      role: "coordinator",
      organisation: {
        id: "demo-secretariat",
        name: "[DEMO] Regional Coordination Secretariat",
        kind: "coordinator",
        country: null,
      },
    });
    expect(session.csrfToken).toBe(browser.csrfToken);
    expect((await browser.client.user.list.query()).map((user) => user.email)).toContain("viewer@demo.example");
    expect(await browser.client.me.query()).toMatchObject({ via: "session", tokenId: null, role: "coordinator" });
  });

  it("a state pledges places in its own name, and the history names the person", async () => {
    const browser = await signIn("state");
    const pledge = await browser.client.pledge.create.mutate({
      kind: "places",
      idempotencyKey: key(),
      programme: "solidarity-resettlement",
      year: 2026,
      places: 4,
      resettlementCountry: "BR",
      hostCountry: "PE",
      category: "medical-needs",
    });
    const [created] = await browser.client.pledge.history.query({ id: pledge.id });
    expect(created?.by.userId).toBe((await browser.client.auth.session.query())?.user.id);
    expect(created?.by).toMatchObject({
      organisationId: "demo-gov-br",
      userName: "[DEMO] Sergio State",
      label: null,
      tokenId: null,
    });
  });

  it("a donor pledges funding; a viewer reads reports but may not pledge, even with a valid CSRF token", async () => {
    const donor = await signIn("donor");
    expect(await outcome(() => donor.client.pledge.create.mutate(funding()))).toBe("OK");
    const viewer = await signIn("viewer");
    expect(await outcome(() => viewer.client.report.coverage.query())).toBe("OK");
    const before = await pledgeCount();
    expect(await failure(() => viewer.client.pledge.create.mutate(funding()))).toMatchObject({
      code: "FORBIDDEN",
      httpStatus: 403,
    });
    expect(await outcome(() => viewer.client.user.list.query())).toBe("FORBIDDEN");
    expect(await pledgeCount()).toBe(before);
  });

  it("refuses wrong credentials with one answer, for a wrong password and an unknown email alike", async () => {
    const wrong = await post(
      server.url,
      "auth.signIn",
      { email: "donor@demo.example", password: "not the password" },
      { "x-csrf-token": "anonymous" },
    );
    const unknown = await post(
      server.url,
      "auth.signIn",
      { email: "nobody@demo.example", password: "not the password" },
      { "x-csrf-token": "anonymous" },
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [
      (await wrong.json()) as { error: { message: string } },
      (await unknown.json()) as { error: { message: string } },
    ];
    expect(a.error.message).toBe("email or password is not right");
    expect(b).toEqual(a);
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });
});

describe("CSRF", () => {
  let donor: Browser;
  beforeAll(async () => {
    donor = await signIn("donor");
  });

  it("refuses a mutation with the cookie but without the token, or with a wrong one, before anything is written", async () => {
    const before = await pledgeCount();
    const without = sessionClient(server.url, donor.cookie, null);
    expect(await failure(() => without.pledge.create.mutate(funding()))).toMatchObject({
      code: "FORBIDDEN",
      httpStatus: 403,
      message: "missing or wrong CSRF token",
    });
    const wrong = sessionClient(server.url, donor.cookie, "anonymous");
    expect(await outcome(() => wrong.pledge.create.mutate(funding()))).toBe("FORBIDDEN");
    const other = await signIn("donor");
    const mixed = sessionClient(server.url, donor.cookie, other.csrfToken);
    expect(await outcome(() => mixed.pledge.create.mutate(funding()))).toBe("FORBIDDEN");
    // Through tRPC's own path too (a batch).
    const batch = await fetch(`${server.url}/trpc/pledge.create?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: donor.cookie },
      body: JSON.stringify({ 0: funding() }),
    });
    expect(batch.status).toBe(403);
    expect(await outcome(() => without.auth.signOut.mutate())).toBe("FORBIDDEN");
    expect(await pledgeCount()).toBe(before);
    expect(await outcome(() => donor.client.auth.session.query())).toBe("OK");
  });

  it("lets a query with the cookie through without the token", async () => {
    const reader = sessionClient(server.url, donor.cookie, null);
    expect((await reader.auth.session.query())?.user.email).toBe("donor@demo.example");
    expect(await outcome(() => reader.report.coverage.query())).toBe("OK");
    const csv = await fetch(`${server.url}/export/pledges.csv`, { headers: { cookie: donor.cookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("cache-control")).toBe("no-store");
    await csv.text();
  });

  it("signing in needs the header (any value), and is refused from another site", async () => {
    const credentials = { email: demo("viewer").email, password: demo("viewer").password };
    expect((await post(server.url, "auth.signIn", credentials)).status).toBe(403);
    const crossSite = await post(server.url, "auth.signIn", credentials, {
      "x-csrf-token": "anonymous",
      "sec-fetch-site": "cross-site",
    });
    expect(crossSite.status).toBe(403);
    const otherOrigin = await post(server.url, "auth.signIn", credentials, {
      "x-csrf-token": "anonymous",
      origin: "https://evil.example",
    });
    expect(otherOrigin.status).toBe(403);
    const sameOrigin = await post(server.url, "auth.signIn", credentials, {
      "x-csrf-token": "anonymous",
      origin: server.url,
      "sec-fetch-site": "same-origin",
    });
    expect(sameOrigin.status).toBe(200);
  });
});

describe("sessions end", () => {
  it("on sign-out: the cookie is cleared and the session is dead", async () => {
    const browser = await signIn("donor");
    const response = await post(server.url, "auth.signOut", undefined, {
      cookie: browser.cookie,
      "x-csrf-token": browser.csrfToken,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(
      /^solidaria_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Strict$/,
    );
    expect(await browser.client.auth.session.query()).toBeNull();
    expect(await outcome(() => browser.client.pledge.list.query())).toBe("UNAUTHORIZED");
  });

  it("everywhere: another session of the person is dead too, and nobody else's", async () => {
    const first = await signIn("state");
    const second = await signIn("state");
    const someoneElse = await signIn("viewer");
    expect(await second.client.auth.signOutEverywhere.mutate()).toMatchObject({ ok: true });
    expect(await first.client.auth.session.query()).toBeNull();
    expect(await second.client.auth.session.query()).toBeNull();
    expect(await someoneElse.client.auth.session.query()).not.toBeNull();
  });

  it("after 2 hours unused, and 12 hours after sign-in however much it is used", async () => {
    const idle = await signIn("viewer");
    advance(2 * 60 * MINUTE - MINUTE);
    expect(await idle.client.auth.session.query()).not.toBeNull();
    advance(2 * 60 * MINUTE);
    expect(await idle.client.auth.session.query()).toBeNull();

    const busy = await signIn("viewer");
    for (let hour = 1; hour < 12; hour += 1) {
      advance(60 * MINUTE);
      expect(await busy.client.auth.session.query(), `after ${hour} h`).not.toBeNull();
    }
    advance(60 * MINUTE);
    const ended = await fetch(`${server.url}/trpc/auth.session`, { headers: { cookie: busy.cookie } });
    expect(await ended.json()).toEqual({ result: { data: null } });
    // The browser is told to drop the cookie of a session that has ended.
    expect(ended.headers.get("set-cookie")).toMatch(/^solidaria_session=; /);
  });
});

describe("throttling", () => {
  it("locks an account after 5 failures (429 with Retry-After) and unlocks it 15 minutes later", async () => {
    const person = demo("donor");
    const attempt = (password: string) =>
      post(server.url, "auth.signIn", { email: person.email, password }, { "x-csrf-token": "anonymous" });
    for (let failure = 0; failure < 5; failure += 1) expect((await attempt("wrong password")).status).toBe(401);
    const locked = await attempt(person.password);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBe("900");
    expect(((await locked.json()) as { error: { message: string } }).error.message).toContain("15 minutes");
    // The same through tRPC's own path (a batch).
    const batch = await fetch(`${server.url}/trpc/auth.signIn?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": "anonymous" },
      body: JSON.stringify({ 0: { email: person.email, password: person.password } }),
    });
    expect(batch.status).toBe(429);
    expect(batch.headers.get("retry-after")).toBe("900");
    advance(15 * MINUTE);
    expect((await attempt(person.password)).status).toBe(200);
  });
});

describe("invitations and resets", () => {
  it("invitation: the link shows what it is for, signs the person in once accepted, and works once", async () => {
    const coordinator = await signIn("coordinator");
    const invited = await coordinator.client.user.invite.mutate({
      email: "  Nueva.Persona@Example.org ",
      displayName: "Nueva Persona",
      organisationId: "demo-donor-us",
      role: "donor",
    });
    expect(invited.invitationUrl).toMatch(
      new RegExp(`^${server.url.replace(/\W/g, "\\$&")}/invitation#token=[\\w-]{43}$`),
    );
    const token = tokenOf(invited.invitationUrl);
    const anonymous = sessionClient(server.url, "", "anonymous");
    expect(await anonymous.auth.invitation.query({ token })).toEqual({
      email: "nueva.persona@example.org",
      displayName: "Nueva Persona",
      organisationName: "[DEMO] United States (donor government)",
      role: "donor",
      expiresAt: invited.expiresAt,
    });
    expect((await coordinator.client.user.list.query()).find((user) => user.id === invited.userId)?.status).toBe(
      "invited",
    );
    expect(
      await outcome(() =>
        anonymous.auth.signIn.mutate({ email: "nueva.persona@example.org", password: "a long new password" }),
      ),
    ).toBe("UNAUTHORIZED");

    const accepted = await post(
      server.url,
      "auth.acceptInvitation",
      { token, displayName: "Nueva P.", password: "a long new password" },
      { "x-csrf-token": "anonymous" },
    );
    expect(accepted.status).toBe(200);
    const body = (await accepted.json()) as { result: { data: { csrfToken: string; user: { displayName: string } } } };
    expect(body.result.data.user.displayName).toBe("Nueva P.");
    const browser = sessionClient(
      server.url,
      cookiePair(accepted.headers.get("set-cookie") ?? ""),
      body.result.data.csrfToken,
    );
    expect(await outcome(() => browser.pledge.create.mutate(funding()))).toBe("OK");

    const again = await failure(() =>
      anonymous.auth.acceptInvitation.mutate({ token, displayName: "Someone", password: "another long password" }),
    );
    expect(again).toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });
    const unknown = await failure(() => anonymous.auth.invitation.query({ token: "A".repeat(43) }));
    expect(await failure(() => anonymous.auth.invitation.query({ token }))).toEqual(unknown);
    expect((await coordinator.client.user.list.query()).find((user) => user.id === invited.userId)?.status).toBe(
      "active",
    );
  });

  it("reset: the new password works, the old one and every old session do not", async () => {
    const coordinator = await signIn("coordinator");
    const person = demo("state");
    const before = await signIn("state");
    const userId = defined((await before.client.auth.session.query())?.user.id, "the state user's id");
    const link = await coordinator.client.user.resetLink.mutate({ userId });
    expect(link.resetUrl).toContain("/reset-password#token=");
    const anonymous = sessionClient(server.url, "", "anonymous");
    const fresh = "a new state password";
    expect(await anonymous.auth.resetPassword.mutate({ token: tokenOf(link.resetUrl), password: fresh })).toEqual({
      ok: true,
    });
    expect(await before.client.auth.session.query()).toBeNull();
    expect(
      (
        await post(
          server.url,
          "auth.signIn",
          { email: person.email, password: person.password },
          { "x-csrf-token": "anonymous" },
        )
      ).status,
    ).toBe(401);
    const after = await signInAs(server.url, person.email, fresh);
    expect((await after.client.auth.session.query())?.user.email).toBe(person.email);
    expect(
      await outcome(() =>
        anonymous.auth.resetPassword.mutate({ token: tokenOf(link.resetUrl), password: "yet another password" }),
      ),
    ).toBe("NOT_FOUND");
    // Put the demo password back for the other tests.
    const again = await coordinator.client.user.resetLink.mutate({ userId });
    await anonymous.auth.resetPassword.mutate({ token: tokenOf(again.resetUrl), password: person.password });
  });

  it("disabling a person ends their sessions and refuses their sign-in", async () => {
    const coordinator = await signIn("coordinator");
    const invited = await coordinator.client.user.invite.mutate({
      email: "to-disable@example.org",
      displayName: "To Disable",
      organisationId: "demo-observer",
      role: "viewer",
    });
    const anonymous = sessionClient(server.url, "", "anonymous");
    await anonymous.auth.acceptInvitation.mutate({
      token: tokenOf(invited.invitationUrl),
      displayName: "To Disable",
      password: "a viewer password",
    });
    const browser = await signInAs(server.url, "to-disable@example.org", "a viewer password");
    await coordinator.client.user.disable.mutate({ userId: invited.userId });
    expect(await browser.client.auth.session.query()).toBeNull();
    expect(
      await outcome(() =>
        anonymous.auth.signIn.mutate({ email: "to-disable@example.org", password: "a viewer password" }),
      ),
    ).toBe("UNAUTHORIZED");
    expect((await coordinator.client.user.list.query()).find((user) => user.id === invited.userId)?.status).toBe(
      "disabled",
    );
  });
});

describe("cookies", () => {
  it("over http: solidaria_session, HttpOnly, SameSite=Strict, Path=/, not Secure, never cached", async () => {
    const browser = await signIn("viewer");
    expect(browser.setCookie).toMatch(
      /^solidaria_session=[\w-]{43}; Path=\/; Expires=[^;]+ GMT; HttpOnly; SameSite=Strict$/,
    );
    const response = await post(
      server.url,
      "auth.signIn",
      { email: demo("viewer").email, password: demo("viewer").password },
      { "x-csrf-token": "anonymous" },
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const query = await fetch(`${server.url}/trpc/auth.session`, { headers: { cookie: browser.cookie } });
    expect(query.headers.get("cache-control")).toBe("no-store");
    expect(await countOf(server.query, "select count(*) as n from sessions")).toBeGreaterThan(0);
    expect(JSON.stringify(await server.query("select * from sessions"))).not.toContain(browser.cookie.split("=")[1]);
  });

  it("with an https public address: __Host-solidaria_session and Secure, and links on that address", async () => {
    const secure = await startTestServer({ publicUrl: "https://ledger.example.org", anonymousRate: null });
    try {
      const browser = await signInAs(secure.url, demo("coordinator").email, demo("coordinator").password);
      expect(browser.setCookie).toMatch(
        /^__Host-solidaria_session=[\w-]{43}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Strict; Secure$/,
      );
      // The plain name is not read: only the prefixed cookie carries the session there.
      const plain = sessionClient(
        secure.url,
        `solidaria_session=${browser.cookie.split("=")[1] ?? ""}`,
        browser.csrfToken,
      );
      expect(await plain.auth.session.query()).toBeNull();
      const invited = await browser.client.user.invite.mutate({
        email: "secure@example.org",
        displayName: "Secure Person",
        organisationId: "demo-gov-pe",
        role: "state",
      });
      expect(invited.invitationUrl).toMatch(/^https:\/\/ledger\.example\.org\/invitation#token=[\w-]{43}$/);
      // The public address's origin may call.
      const response = await post(
        secure.url,
        "auth.signIn",
        { email: demo("viewer").email, password: demo("viewer").password },
        {
          "x-csrf-token": "anonymous",
          origin: "https://ledger.example.org",
        },
      );
      expect(response.status).toBe(200);
    } finally {
      await secure.close();
    }
  });
});
