import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createToken, revokeToken } from "../src/admin.js";
import { clientFor, countOf, failure, startTestServer, type TestServer } from "./harness.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe("API tokens", () => {
  it("carry at least 128 random bits and are stored only as a hash", async () => {
    const { id, secret } = await createToken(server.store, {
      organisationId: "demo-gov-pe",
      role: "state",
      label: "t",
    });
    const random = secret.replace(/^sol_/, "");
    expect(Buffer.from(random, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    const [row] = await server.query<{ secret_hash: string }>("select * from tokens where id = ?", [id]);
    expect(row?.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(random);
    if (server.sqlite !== null) {
      // Every byte of the file, once the WAL is copied into it.
      server.sqlite.$client.pragma("wal_checkpoint(TRUNCATE)");
      expect(readFileSync(server.location).includes(Buffer.from(random))).toBe(false);
    } else {
      // PostgreSQL's files are not the test's to read: no column of any table holds the secret.
      const columns = await server.query<{ schema: string; table: string; column: string }>(
        `select c.table_schema as "schema", c.table_name as "table", c.column_name as "column"
           from information_schema.columns c
           join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
          where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')`,
      );
      expect(columns.map((column) => column.table)).toContain("tokens");
      const holding = async (value: string) => {
        const found: string[] = [];
        for (const { schema, table, column } of columns) {
          const name = `"${schema}"."${table}"`;
          const n = await countOf(
            server.query,
            `select count(*) as n from ${name} where strpos("${column}"::text, ?) > 0`,
            [value],
          );
          if (n > 0) found.push(`${table}.${column}`);
        }
        return found;
      };
      // The search finds what is stored (the token's id), and finds no secret.
      expect(await holding(id)).toContain("tokens.id");
      expect(await holding(random)).toEqual([]);
    }
  });

  it("identify the organisation and role; revoked or unknown tokens get UNAUTHORIZED", async () => {
    const { id, secret } = await createToken(server.store, {
      organisationId: "demo-gov-pe",
      role: "state",
      label: "t",
    });
    const client = clientFor(server.url, secret);
    expect(await client.me.query()).toMatchObject({
      role: "state",
      organisation: { id: "demo-gov-pe", country: "PE" },
    });
    await revokeToken(server.store, id);
    expect((await failure(() => client.me.query())).code).toBe("UNAUTHORIZED");
    expect((await failure(() => clientFor(server.url, "sol_made-up").me.query())).code).toBe("UNAUTHORIZED");
    await expect(revokeToken(server.store, id)).rejects.toThrow(/no active token/);
  });

  it("are listed for coordinators by short id, label, organisation and role, never with a secret or hash", async () => {
    const coordinator = await server.client("demo-secretariat", "coordinator");
    const issued = await createToken(server.store, {
      organisationId: "demo-gov-ec",
      role: "state",
      label: "Quito desk",
    });
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
    const coordinator = await server.client("demo-secretariat", "coordinator");
    const issued = await createToken(server.store, {
      organisationId: "demo-gov-ec",
      role: "state",
      label: "to revoke",
    });
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
