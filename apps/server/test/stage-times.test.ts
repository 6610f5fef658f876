import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { key, startTestServer, type TestServer } from "./harness.js";

/** The ledger's clock is moved by the test: each step of the pledge happens on a day of its own. */
let today = new Date("2026-03-01T12:00:00.000Z");
const setDay = (day: number) => (today = new Date(Date.UTC(2026, 2, day, 12)));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ empty: false, now: () => today });
});
afterAll(async () => server?.close());

describe("report.stageTimes", () => {
  it("gives the average days places spent at each stage, first in first out, and those still waiting", async () => {
    const chile = await server.client("demo-gov-cl", "state");
    setDay(1);
    const pledge = await chile.pledge.create.mutate({
      kind: "places",
      idempotencyKey: key(),
      appealId: "demo-rmrp-2019",
      programme: "solidarity-resettlement",
      year: 2026,
      resettlementCountry: "CL",
      hostCountry: "PE",
      category: "survivors-of-violence-torture",
      places: 10,
    });
    setDay(5);
    await chile.pledge.transition.mutate({
      id: pledge.id,
      expectedVersion: 1,
      action: "confirm",
      places: 10,
      reason: "approved",
    });
    setDay(11);
    await chile.pledge.transition.mutate({
      id: pledge.id,
      expectedVersion: 2,
      action: "allocate",
      places: 4,
      reason: "selected",
    });
    setDay(21);

    const report = await (await server.client("demo-observer", "viewer")).report.stageTimes.query({ year: 2026 });
    expect(report.method).toBe("first-in-first-out");
    expect(report.asOf).toBe(today.toISOString());
    const group = report.groups.find((entry) => entry.resettlementCountry === "CL" && entry.hostCountry === "PE");
    expect(group?.stages).toEqual([
      { stage: "pledged", movedOn: 10, averageDaysBeforeMovingOn: 4, waiting: 0, averageDaysWaiting: null },
      { stage: "confirmed", movedOn: 4, averageDaysBeforeMovingOn: 6, waiting: 6, averageDaysWaiting: 16 },
      { stage: "allocated", movedOn: 0, averageDaysBeforeMovingOn: null, waiting: 4, averageDaysWaiting: 10 },
      { stage: "departed", movedOn: 0, averageDaysBeforeMovingOn: null, waiting: 0, averageDaysWaiting: null },
    ]);
  });
});
