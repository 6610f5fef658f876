import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { tokens } from "@solidaria/db";
import { createToken, revokeToken } from "../src/admin.js";
import { clientFor, failure, startTestServer, type TestServer } from "./harness.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe("API tokens", () => {
  it("carry at least 128 random bits and are stored only as a hash", () => {
    const { id, secret } = createToken(server.db, { organisationId: "demo-gov-pe", role: "state", label: "t" });
    const random = secret.replace(/^sol_/, "");
    expect(Buffer.from(random, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    const row = server.db.select().from(tokens).where(eq(tokens.id, id)).get();
    expect(row?.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(random);
    server.db.$client.pragma("wal_checkpoint(TRUNCATE)");
    expect(readFileSync(server.dbPath).includes(Buffer.from(random))).toBe(false);
  });

  it("identify the organisation and role; revoked or unknown tokens get UNAUTHORIZED", async () => {
    const { id, secret } = createToken(server.db, { organisationId: "demo-gov-pe", role: "state", label: "t" });
    const client = clientFor(server.url, secret);
    expect(await client.me.query()).toMatchObject({
      role: "state",
      organisation: { id: "demo-gov-pe", country: "PE" },
    });
    revokeToken(server.db, id);
    expect((await failure(() => client.me.query())).code).toBe("UNAUTHORIZED");
    expect((await failure(() => clientFor(server.url, "sol_made-up").me.query())).code).toBe("UNAUTHORIZED");
    expect(() => revokeToken(server.db, id)).toThrow(/no active token/);
  });

  it("are listed for coordinators by short id, label, organisation and role, never with a secret or hash", async () => {
    const coordinator = server.client("demo-secretariat", "coordinator");
    const issued = createToken(server.db, { organisationId: "demo-gov-ec", role: "state", label: "Quito desk" });
    const listed = await coordinator.token.list.query({ organisationId: "demo-gov-ec" });
    expect(listed).toContainEqual({
      id: issued.id,
      shortId: issued.id.slice(0, 8),
      label: "Quito desk",
      role: "state",
      organisationId: "demo-gov-ec",
      organisationName: "[DEMO] Government of Ecuador",
      createdAt: expect.any(String) as string,
      revokedAt: null,
    });
    const everything = await coordinator.token.list.query({ includeRevoked: true });
    expect(JSON.stringify(everything)).not.toContain(issued.secret);
    for (const token of everything)
      expect(Object.keys(token).filter((field) => /secret|hash/i.test(field))).toEqual([]);
  });

  it("are revoked from the list by their short id; the token stops working at once", async () => {
    const coordinator = server.client("demo-secretariat", "coordinator");
    const issued = createToken(server.db, { organisationId: "demo-gov-ec", role: "state", label: "to revoke" });
    const holder = clientFor(server.url, issued.secret);
    expect((await holder.me.query()).organisation.id).toBe("demo-gov-ec");
    const revoked = await coordinator.token.revoke.mutate({ id: issued.id.slice(0, 8).toUpperCase() });
    expect(revoked).toMatchObject({ id: issued.id, label: "to revoke", revokedAt: expect.any(String) as string });
    expect((await failure(() => holder.me.query())).code).toBe("UNAUTHORIZED");
    expect((await coordinator.token.list.query()).map((token) => token.id)).not.toContain(issued.id);
    const again = await failure(() => coordinator.token.revoke.mutate({ id: issued.id }));
    expect(again).toMatchObject({ code: "NOT_FOUND" });
    expect(again.message).toMatch(/no active token .*revoked at/);
    const short = await failure(() => coordinator.token.revoke.mutate({ id: "abc" }));
    expect(short.message).toMatch(/id: must be a token id, or its first 8 characters/);
  });
});
