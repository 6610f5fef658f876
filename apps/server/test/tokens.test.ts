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
});
