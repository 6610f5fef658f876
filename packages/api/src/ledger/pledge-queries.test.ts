import { afterAll, describe, expect, it } from "vitest";
import { ledgerFixture } from "../../test/ledger-fixture.js";
import { PledgeListInput } from "../validators.js";
import { pledgePageQuery } from "./pledge-queries.js";

const ledger = ledgerFixture();
afterAll(() => ledger.close());

/** SQLite's plan for one page with these filters, one line per step. */
function plan(filters: Record<string, unknown>): string[] {
  const { sql, params } = pledgePageQuery(ledger.db, PledgeListInput.parse(filters)).toSQL();
  return ledger.db.$client
    .prepare<unknown[], { detail: string }>(`explain query plan ${sql}`)
    .all(...params)
    .map((step) => step.detail);
}

/**
 * A page reads an index, never the whole table: a filter that matched no pledge scanned all of them
 * (340 ms a call at 250,000 pledges, 3.4 s for one batch), so every filter has an index.
 */
describe("a page of pledges", () => {
  it("without a filter walks the page order's index, with no sort", () => {
    expect(plan({})).toEqual(["SCAN pledges USING INDEX pledges_list"]);
  });

  it.each([
    [{ year: 2100 }, "pledges_list_year"],
    [{ programme: "solidarity-resettlement" }, "pledges_list_programme"],
    [{ status: "arrived" }, "pledges_list_status"],
    [{ organisationId: "gov-br" }, "pledges_list_organisation"],
    [{ appealId: "appeal" }, "pledges_appeal"],
  ])("filtered by %o searches %s", (filters, index) => {
    const steps = plan(filters);
    expect(steps[0]).toMatch(new RegExp(`^SEARCH pledges USING (COVERING )?INDEX ${index} `));
    expect(steps.join("\n")).not.toMatch(/^SCAN pledges(?! USING INDEX)/m);
  });

  it("filtered by country searches the three indexes it may match, and sorts only what they found", () => {
    const steps = plan({ country: "BR" }).join("\n");
    expect(steps).toContain("MULTI-INDEX OR");
    expect(steps).toMatch(/USING INDEX pledges_resettlement_country/);
    expect(steps).toMatch(/USING INDEX pledges_host_country/);
    expect(steps).not.toMatch(/^SCAN pledges/m);
  });
});
