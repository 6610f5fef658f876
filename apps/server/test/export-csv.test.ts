import { request, type IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./harness.js";

/** Part 5 and finding 1: the pledges as a real CSV file, streamed from the database page by page. */
let server: TestServer;
let token: string;

/** Funding pledges written straight into the tables: enough for an export of many pages. */
async function addPledges(count: number): Promise<void> {
  const row = `(?, 'funding', 'demo-donor-eu', null, 'training', 2021, 'pledged', 1, ?, 'h', 'EUR', 100000, 0, 0, '1.1',
    '2021-01-01', 'test', 110000, 0, 0, ?, ?)`;
  // Many rows a statement, within the parameter limits of both databases.
  for (let start = 0; start < count; start += 500) {
    const indexes = Array.from({ length: Math.min(500, count - start) }, (_, offset) => start + offset);
    await server.query(
      `insert into pledges (id, kind, organisation_id, appeal_id, programme, year, status, version, idempotency_key,
      request_hash, currency, pledged_minor, committed_minor, paid_minor, usd_rate, usd_rate_date, usd_rate_source,
      pledged_usd_minor, committed_usd_minor, paid_usd_minor, created_at, updated_at)
      values ${indexes.map(() => row).join(", ")}`,
      indexes.flatMap((index) => {
        const at = `2030-01-01T00:00:00.${String(index).padStart(6, "0")}Z`;
        return [`bulk-${String(index).padStart(6, "0")}`, `bulk-${index}`, at, at];
      }),
    );
  }
}

beforeAll(async () => {
  server = await startTestServer();
  token = await server.token("demo-observer", "viewer");
});
afterAll(async () => server?.close());

const exportUrl = (query = "") => `${server.url}/export/pledges.csv${query}`;
const auth = () => ({ authorization: `Bearer ${token}` });

describe("GET /export/pledges.csv", () => {
  it("is a UTF-8 CSV file with the HXL row, the same as the CLI's export, never cached", async () => {
    const response = await fetch(exportUrl(), { headers: auth() });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="solidaria-pledges-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes[0]).not.toBe(0xef);
    expect(bytes.toString("utf8")).toBe(await server.store.pledgesCsv());
  });

  it("starts with a UTF-8 byte-order mark for spreadsheet programs when asked (?bom=1)", async () => {
    const bytes = Buffer.from(await (await fetch(exportUrl("?bom=1"), { headers: auth() })).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8")).toBe(await server.store.pledgesCsv());
  });

  it("refuses an unknown parameter or value, naming what it expects, and a missing token", async () => {
    const bad = await fetch(exportUrl("?bom=yes"), { headers: auth() });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/bom: must be "1" or "true"/);
    const unknown = await fetch(exportUrl("?format=xlsx"), { headers: auth() });
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(
      /unknown parameter format/,
    );
    const anonymous = await fetch(exportUrl());
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("streams a large export without holding the server, from one snapshot", async () => {
    await addPledges(6_000);
    const expected = await server.store.pledgesCsv();
    const chunks: Buffer[] = [];
    let ended = false;
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(exportUrl(), { headers: auth() }, resolve);
      req.on("error", reject);
      req.end();
    });
    response.on("end", () => {
      ended = true;
    });
    // The first page comes; the client stops reading at once.
    const first = new Promise<void>((resolve) => {
      response.on("data", (chunk: Buffer) => {
        if (chunks.push(chunk) > 1) return;
        response.pause();
        resolve();
      });
    });
    await first;
    // Meanwhile the server answers others, and a pledge changes.
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(ended).toBe(false);
    await server.query(
      "update pledges set status = 'cancelled', updated_at = '2031-01-01T00:00:00.000Z' where id = 'bulk-005999'",
    );
    expect(await server.store.pledgesCsv()).not.toBe(expected);
    // Then it reads the rest: the file is the ledger as it was when the export began.
    const done = new Promise((resolve) => response.once("end", resolve));
    response.resume();
    await done;
    expect(Buffer.concat(chunks).toString("utf8")).toBe(expected);
  });
});
