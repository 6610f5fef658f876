import { describe, expectTypeOf, it } from "vitest";
import type * as sqlite from "../schema.js";
import type * as pg from "./schema.js";

// Checked by the type checker (`tsc --noEmit` reads the tests): the code above the store handles rows
// of either database, so the two schemas must give exactly the same row types.
describe("the PostgreSQL schema's row types", () => {
  it("are the SQLite schema's, table by table", () => {
    expectTypeOf<typeof pg.organisations.$inferSelect>().toEqualTypeOf<typeof sqlite.organisations.$inferSelect>();
    expectTypeOf<typeof pg.tokens.$inferSelect>().toEqualTypeOf<typeof sqlite.tokens.$inferSelect>();
    expectTypeOf<typeof pg.appeals.$inferSelect>().toEqualTypeOf<typeof sqlite.appeals.$inferSelect>();
    expectTypeOf<typeof pg.appealPlaceNeeds.$inferSelect>().toEqualTypeOf<
      typeof sqlite.appealPlaceNeeds.$inferSelect
    >();
    expectTypeOf<typeof pg.pledges.$inferSelect>().toEqualTypeOf<typeof sqlite.pledges.$inferSelect>();
    expectTypeOf<typeof pg.pledgeEvents.$inferSelect>().toEqualTypeOf<typeof sqlite.pledgeEvents.$inferSelect>();
    expectTypeOf<typeof pg.countrySituations.$inferSelect>().toEqualTypeOf<
      typeof sqlite.countrySituations.$inferSelect
    >();
    expectTypeOf<typeof pg.jurisdictionProfiles.$inferSelect>().toEqualTypeOf<
      typeof sqlite.jurisdictionProfiles.$inferSelect
    >();
    expectTypeOf<typeof pg.fundingTotals.$inferSelect>().toEqualTypeOf<typeof sqlite.fundingTotals.$inferSelect>();
    expectTypeOf<typeof pg.users.$inferSelect>().toEqualTypeOf<typeof sqlite.users.$inferSelect>();
    expectTypeOf<typeof pg.sessions.$inferSelect>().toEqualTypeOf<typeof sqlite.sessions.$inferSelect>();
    expectTypeOf<typeof pg.userLinks.$inferSelect>().toEqualTypeOf<typeof sqlite.userLinks.$inferSelect>();
    expectTypeOf<typeof pg.signInFailures.$inferSelect>().toEqualTypeOf<typeof sqlite.signInFailures.$inferSelect>();
    expectTypeOf<typeof pg.rateLimits.$inferSelect>().toEqualTypeOf<typeof sqlite.rateLimits.$inferSelect>();
  });

  it("export the same tables and enums", () => {
    expectTypeOf<keyof typeof pg>().toEqualTypeOf<keyof typeof sqlite>();
  });
});
