import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tokens } from "@solidaria/db";
import { issueToken, listTokens, revokeToken } from "../src/admin/tokens.js";
import { ledgerFixture, type LedgerFixture } from "./ledger-fixture.js";

let ledger: LedgerFixture;
beforeEach(() => {
  ledger = ledgerFixture();
});
afterEach(() => ledger.close());

const now = new Date("2020-06-01T12:00:00Z");

describe("tokens as an operator manages them", () => {
  it("are issued for an existing organisation only, and listed without their secret", () => {
    const issued = issueToken(ledger.db, { organisationId: "gov-br", role: "state", label: "ops laptop" });
    if (!issued.ok) throw issued.error;
    expect(issueToken(ledger.db, { organisationId: "nobody", role: "state", label: "x" })).toMatchObject({
      ok: false,
      error: { kind: "invalid", field: "organisationId" },
    });
    const listed = listTokens(ledger.db, { includeRevoked: false });
    expect(listed).toEqual([
      expect.objectContaining({ id: issued.value.id, shortId: issued.value.id.slice(0, 8), label: "ops laptop" }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(issued.value.secret);
  });

  it("revoke by a short id only when it names one token", () => {
    ledger.db
      .insert(tokens)
      .values([
        {
          id: "abcdef01-0000-4000-8000-000000000001",
          organisationId: "gov-br",
          role: "state",
          label: "a",
          secretHash: "h1",
        },
        {
          id: "abcdef01-0000-4000-8000-000000000002",
          organisationId: "gov-br",
          role: "state",
          label: "b",
          secretHash: "h2",
        },
      ])
      .run();
    expect(revokeToken(ledger.db, "abcdef01", now)).toMatchObject({
      ok: false,
      error: { kind: "conflict", field: "id" },
    });
    expect(revokeToken(ledger.db, "abcdef01-0000-4000-8000-000000000002", now)).toMatchObject({
      ok: true,
      value: { label: "b", revokedAt: now.toISOString() },
    });
    expect(revokeToken(ledger.db, "abcdef01-0000-4000-8000-00000000000", now)).toMatchObject({
      ok: true,
      value: { label: "a" },
    });
    expect(revokeToken(ledger.db, "abcdef01", now)).toMatchObject({
      ok: false,
      error: { kind: "not-found", message: expect.stringMatching(/revoked at/) as string },
    });
    expect(listTokens(ledger.db, { includeRevoked: false })).toEqual([]);
    expect(listTokens(ledger.db, { includeRevoked: true })).toHaveLength(2);
  });
});
