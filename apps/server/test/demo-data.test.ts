import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validators, valueOf, type LedgerStore } from "@solidaria/api";
import { seedDemoData } from "../src/demo-data.js";
import { openStore } from "../src/open-store.js";
import { countOf, freshLocation, openReader } from "./harness.js";

/**
 * The demo data is loaded one step (one transaction) at a time, so a process killed midway leaves
 * part of it: the next start must complete it, never duplicate it, and never touch a real ledger.
 */

const dir = mkdtempSync(join(tmpdir(), "solidaria-demo-"));
const opened: LedgerStore[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A new, empty ledger: an SQLite file of its own (its folder made on opening), or a PostgreSQL database. */
async function freshStore(name: string): Promise<{ store: LedgerStore; location: string }> {
  const location = await freshLocation(join(dir, name));
  const store = await openStore(location);
  opened.push(store);
  return { store, location };
}

/** What a complete demo ledger holds, in numbers and figures. */
async function fingerprint(store: LedgerStore, location: string) {
  const reader = openReader(location);
  try {
    return {
      organisations: (await store.listOrganisations()).map((organisation) => organisation.id),
      users: (await store.listUsers()).map((user) => user.email).sort(),
      pledges: await countOf(reader.query, "select count(*) as n from pledges"),
      events: await countOf(reader.query, "select count(*) as n from pledge_events"),
      coverage: await store.coverageReport(),
      places: await store.placesReport(),
      projection: await store.rebuildProjection(),
      totals: await store.verifyFundingTotals(),
    };
  } finally {
    await reader.close();
  }
}

describe("demo data", () => {
  let complete: Awaited<ReturnType<typeof fingerprint>>;

  beforeAll(async () => {
    const { store, location } = await freshStore("complete");
    expect(await seedDemoData(store)).toBe(true);
    complete = await fingerprint(store, location);
    expect(complete.pledges).toBeGreaterThan(10);
    expect(complete.events).toBeGreaterThan(complete.pledges);
  });

  it("is loaded once: a second start finds it complete and writes nothing", async () => {
    const { store, location } = await freshStore("twice");
    expect(await seedDemoData(store)).toBe(true);
    expect(await seedDemoData(store)).toBe(false);
    expect(await fingerprint(store, location)).toEqual(complete);
  });

  it("is completed, not duplicated, after a load cut short between two steps", async () => {
    const { store, location } = await freshStore("cut");
    let transitions = 0;
    // The process dies at its sixth transition: everything before it is committed, nothing after.
    const dying: LedgerStore = {
      ...store,
      transitionPledge: (...args) =>
        (transitions += 1) > 5 ? Promise.reject(new Error("killed")) : store.transitionPledge(...args),
    };
    await expect(seedDemoData(dying)).rejects.toThrow("killed");
    const cut = await fingerprint(store, location);
    expect(cut.pledges).toBeLessThan(complete.pledges);
    expect(await seedDemoData(store)).toBe(false);
    expect(await fingerprint(store, location)).toEqual(complete);
  });

  it("leaves a ledger of real organisations alone", async () => {
    const { store } = await freshStore("real");
    valueOf(
      await store.addOrganisation(
        validators.OrganisationCreate.parse({
          id: "gov-uy",
          name: "Government of Uruguay",
          kind: "state",
          country: "UY",
        }),
      ),
    );
    expect(await seedDemoData(store)).toBe(false);
    expect((await store.listOrganisations()).map((organisation) => organisation.id)).toEqual(["gov-uy"]);
  });
});
