import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, validators, valueOf } from "@solidaria/api";
import { createToken } from "../src/admin.js";
import { DEMO_USERS } from "../src/demo-data.js";
import { defined, key, outcome, startTestServer, type Client, type TestServer } from "./harness.js";

/**
 * The full access table: every procedure, called by every role and without a token, with valid
 * input, gives exactly the expected outcome.
 */
type Who = "coordinator" | "state" | "donor" | "viewer" | "anonymous";
const WHO: Who[] = ["coordinator", "state", "donor", "viewer", "anonymous"];

const ORG: Record<Exclude<Who, "anonymous">, string> = {
  coordinator: "demo-secretariat",
  state: "demo-gov-br",
  donor: "demo-donor-eu",
  viewer: "demo-observer",
};

const ALL = { coordinator: "OK", state: "OK", donor: "OK", viewer: "OK", anonymous: "OK" };
const AUTHED = { coordinator: "OK", state: "OK", donor: "OK", viewer: "OK", anonymous: "UNAUTHORIZED" };

let server: TestServer;
const clients = {} as Record<Who, Client>;
let otherPledge: { id: string; version: number };
const ownPledges = {} as Record<Who, { id: string; version: number }>;

beforeAll(async () => {
  server = await startTestServer();
  // As the dashboard does: sign-in calls without a session carry `x-csrf-token` (any value).
  const headers = { "x-csrf-token": "anonymous" };
  for (const who of WHO)
    clients[who] =
      who === "anonymous"
        ? await server.client(undefined, undefined, headers)
        : await server.client(ORG[who], who, headers);
  const coordinator = clients.coordinator;
  const funding = (organisationId: string) =>
    coordinator.pledge.create.mutate({
      kind: "funding",
      idempotencyKey: key(),
      organisationId,
      programme: "training",
      year: 2020,
      amount: "1000",
      currency: "USD",
    });
  otherPledge = await funding("demo-donor-us");
  for (const who of WHO) ownPledges[who] = await funding(who === "anonymous" ? "demo-donor-us" : ORG[who]);
});

afterAll(async () => server?.close());

const appealCode = () => `T-${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
const COORDINATORS_ONLY = {
  coordinator: "OK",
  state: "FORBIDDEN",
  donor: "FORBIDDEN",
  viewer: "FORBIDDEN",
  anonymous: "UNAUTHORIZED",
};
const NOBODY_WITHOUT_A_SESSION = {
  coordinator: "UNAUTHORIZED",
  state: "UNAUTHORIZED",
  donor: "UNAUTHORIZED",
  viewer: "UNAUTHORIZED",
  anonymous: "UNAUTHORIZED",
};
const viewerUser = DEMO_USERS.find((user) => user.role === "viewer");

/** A new invited person, for the calls that use an invitation or a reset link up. */
async function invited() {
  const email = `${Math.random().toString(36).slice(2, 10)}@example.org`;
  return valueOf(
    await server.store.inviteUser(
      validators.UserInvite.parse({
        email,
        displayName: "Invited person",
        organisationId: "demo-donor-us",
        role: "donor",
      }),
      null,
      new Date(),
    ),
  );
}

const TABLE: Record<string, { expected: Record<Who, string>; call: (client: Client, who: Who) => Promise<unknown> }> = {
  health: { expected: ALL, call: (c) => c.health.query() },
  me: { expected: AUTHED, call: (c) => c.me.query() },
  "org.list": { expected: AUTHED, call: (c) => c.org.list.query() },
  "org.create": {
    expected: {
      coordinator: "OK",
      state: "FORBIDDEN",
      donor: "FORBIDDEN",
      viewer: "FORBIDDEN",
      anonymous: "UNAUTHORIZED",
    },
    call: (c) =>
      c.org.create.mutate({
        id: `org-${Math.random().toString(36).slice(2, 10)}`,
        name: "Test organisation",
        kind: "donor",
      }),
  },
  "token.list": {
    expected: {
      coordinator: "OK",
      state: "FORBIDDEN",
      donor: "FORBIDDEN",
      viewer: "FORBIDDEN",
      anonymous: "UNAUTHORIZED",
    },
    call: (c) => c.token.list.query(),
  },
  "token.revoke": {
    // A fresh token of the donor each time: the coordinator revokes it, nobody else may.
    expected: {
      coordinator: "OK",
      state: "FORBIDDEN",
      donor: "FORBIDDEN",
      viewer: "FORBIDDEN",
      anonymous: "UNAUTHORIZED",
    },
    call: async (c) =>
      c.token.revoke.mutate({
        id: (await createToken(server.store, { organisationId: "demo-donor-us", role: "donor", label: "to revoke" }))
          .id,
      }),
  },
  "appeal.create": {
    expected: { coordinator: "OK", state: "OK", donor: "FORBIDDEN", viewer: "FORBIDDEN", anonymous: "UNAUTHORIZED" },
    call: (c) =>
      c.appeal.create.mutate({ code: appealCode(), title: "Test appeal", year: 2020, requiredUsd: "1000000" }),
  },
  "appeal.list": { expected: AUTHED, call: (c) => c.appeal.list.query() },
  "appeal.get": { expected: AUTHED, call: (c) => c.appeal.get.query({ id: "demo-rmrp-2019" }) },
  "pledge.create": {
    expected: { coordinator: "OK", state: "OK", donor: "OK", viewer: "FORBIDDEN", anonymous: "UNAUTHORIZED" },
    call: (c, who) =>
      c.pledge.create.mutate({
        kind: "funding",
        idempotencyKey: key(),
        ...(who === "coordinator" ? { organisationId: "demo-donor-us" } : {}),
        programme: "training",
        year: 2020,
        amount: "10",
        currency: "USD",
      }),
  },
  "pledge.transition": {
    // On the caller's own organisation's pledge.
    expected: { coordinator: "OK", state: "OK", donor: "OK", viewer: "FORBIDDEN", anonymous: "UNAUTHORIZED" },
    call: (c, who) => {
      const pledge = ownPledges[who];
      return c.pledge.transition
        .mutate({
          id: pledge.id,
          expectedVersion: pledge.version,
          action: "commit",
          amount: "1",
          reason: "access test",
        })
        .then((next) => {
          ownPledges[who] = next;
        });
    },
  },
  "pledge.get": { expected: AUTHED, call: (c) => c.pledge.get.query({ id: otherPledge.id }) },
  "pledge.list": { expected: AUTHED, call: (c) => c.pledge.list.query({ limit: 5 }) },
  "pledge.history": { expected: AUTHED, call: (c) => c.pledge.history.query({ id: otherPledge.id }) },
  "report.coverage": { expected: AUTHED, call: (c) => c.report.coverage.query() },
  "report.places": { expected: AUTHED, call: (c) => c.report.places.query() },
  "report.stageTimes": { expected: AUTHED, call: (c) => c.report.stageTimes.query({}) },
  "report.fairShare": { expected: AUTHED, call: (c) => c.report.fairShare.query({ kind: "places" }) },
  "situation.list": { expected: ALL, call: (c) => c.situation.list.query() },
  "situation.placesAvailable": { expected: ALL, call: (c) => c.situation.placesAvailable.query() },
  "situation.publish": {
    expected: {
      coordinator: "OK",
      state: "FORBIDDEN",
      donor: "FORBIDDEN",
      viewer: "FORBIDDEN",
      anonymous: "UNAUTHORIZED",
    },
    call: async (c) => {
      const current = defined(
        (await clients.anonymous.situation.list.query()).find((situation) => situation.country === "VE"),
        "the situation for VE",
      );
      return c.situation.publish.mutate({ ...current, version: current.version + 1, updated: "2020-06-01" });
    },
  },
  "jurisdiction.list": { expected: ALL, call: (c) => c.jurisdiction.list.query() },
  "auth.session": { expected: ALL, call: (c) => c.auth.session.query() },
  "auth.signIn": {
    expected: ALL,
    call: (c) =>
      c.auth.signIn.mutate({ email: defined(viewerUser, "a demo viewer").email, password: viewerUser?.password ?? "" }),
  },
  "auth.signOut": { expected: ALL, call: (c) => c.auth.signOut.mutate() },
  // Tokens have no session to end.
  "auth.signOutEverywhere": { expected: NOBODY_WITHOUT_A_SESSION, call: (c) => c.auth.signOutEverywhere.mutate() },
  "auth.invitation": { expected: ALL, call: async (c) => c.auth.invitation.query({ token: (await invited()).token }) },
  "auth.acceptInvitation": {
    expected: ALL,
    call: async (c) =>
      c.auth.acceptInvitation.mutate({
        token: (await invited()).token,
        displayName: "New person",
        password: "a long password",
      }),
  },
  "auth.resetPassword": {
    expected: ALL,
    call: async (c) => {
      const person = await invited();
      await clients.anonymous.auth.acceptInvitation.mutate({
        token: person.token,
        displayName: "Person",
        password: "the first password",
      });
      const link = valueOf(await server.store.issueResetLink(person.userId, null, new Date()));
      return c.auth.resetPassword.mutate({ token: link.token, password: "the second password" });
    },
  },
  "user.list": { expected: COORDINATORS_ONLY, call: (c) => c.user.list.query() },
  "user.invite": {
    expected: COORDINATORS_ONLY,
    call: (c) =>
      c.user.invite.mutate({
        email: `${Math.random().toString(36).slice(2, 10)}@example.org`,
        displayName: "Invited by the table",
        organisationId: "demo-gov-br",
        role: "state",
      }),
  },
  "user.resetLink": {
    expected: COORDINATORS_ONLY,
    call: async (c) => c.user.resetLink.mutate({ userId: (await invited()).userId }),
  },
  "user.disable": {
    expected: COORDINATORS_ONLY,
    call: async (c) => c.user.disable.mutate({ userId: (await invited()).userId }),
  },
  "jurisdiction.publish": {
    expected: {
      coordinator: "OK",
      state: "FORBIDDEN",
      donor: "FORBIDDEN",
      viewer: "FORBIDDEN",
      anonymous: "UNAUTHORIZED",
    },
    call: async (c) => {
      const current = defined(
        (await clients.anonymous.jurisdiction.list.query()).find((profile) => profile.country === "PE"),
        "the profile for PE",
      );
      return c.jurisdiction.publish.mutate({ ...current, version: current.version + 1, lastVerified: "2020-06-01" });
    },
  },
};

describe("access table", () => {
  it("lists every procedure of the router", () => {
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });

  for (const [procedure, { expected, call }] of Object.entries(TABLE)) {
    it(procedure, async () => {
      const actual: Record<string, string> = {};
      for (const who of WHO) actual[who] = await outcome(() => call(clients[who], who));
      expect(actual).toEqual(expected);
    });
  }

  it("nobody but a coordinator changes another organisation's pledge", async () => {
    const actual: Record<string, string> = {};
    for (const who of WHO) {
      actual[who] = await outcome(async () => {
        const current = await clients.coordinator.pledge.get.query({ id: otherPledge.id });
        return clients[who].pledge.transition.mutate({
          id: current.id,
          expectedVersion: current.version,
          action: "commit",
          amount: "1",
          reason: "ownership test",
        });
      });
    }
    expect(actual).toEqual({
      coordinator: "OK",
      state: "FORBIDDEN",
      donor: "FORBIDDEN",
      viewer: "FORBIDDEN",
      anonymous: "UNAUTHORIZED",
    });
  });

  const places = (organisationId: string | undefined, resettlementCountry: string) => ({
    kind: "places" as const,
    idempotencyKey: key(),
    ...(organisationId ? { organisationId } : {}),
    programme: "solidarity-resettlement" as const,
    year: 2020,
    places: 3,
    resettlementCountry,
    hostCountry: "PE",
    category: "medical-needs" as const,
  });

  it("donors cannot pledge places, and nobody but a coordinator pledges for another organisation", async () => {
    expect(await outcome(() => clients.donor.pledge.create.mutate(places(undefined, "BR")))).toBe("FORBIDDEN");
    expect(await outcome(() => clients.state.pledge.create.mutate(places("demo-gov-cl", "CL")))).toBe("FORBIDDEN");
    expect(await outcome(() => clients.coordinator.pledge.create.mutate(places("demo-gov-cl", "CL")))).toBe("OK");
    expect(
      await outcome(() =>
        clients.state.appeal.create.mutate({
          code: appealCode(),
          title: "Other state's appeal",
          year: 2020,
          requiredUsd: "5",
          organisationId: "demo-gov-pe",
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("places in another country's name: nobody pledges them, not even a coordinator on a state's behalf", async () => {
    const actual: Record<string, string> = {};
    for (const who of WHO) {
      actual[who] = await outcome(() =>
        clients[who].pledge.create.mutate(places(who === "coordinator" ? "demo-gov-br" : undefined, "MX")),
      );
    }
    expect(actual).toEqual({
      coordinator: "FORBIDDEN",
      state: "FORBIDDEN",
      donor: "FORBIDDEN",
      viewer: "FORBIDDEN",
      anonymous: "UNAUTHORIZED",
    });
  });
});
