import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failure, startTestServer, type Client, type TestServer } from "./harness.js";

let server: TestServer;
let viewer: Client;
beforeAll(async () => {
  server = await startTestServer();
  viewer = await server.client("demo-observer", "viewer");
});
afterAll(async () => server?.close());

describe("pledge.list", () => {
  it("filters by year, programme, organisation, country, status and kind", async () => {
    const all = await viewer.pledge.list.query({ limit: 200 });
    expect(all.items).toHaveLength(12);
    const places = await viewer.pledge.list.query({ kind: "places" });
    expect(places.items.every((pledge) => pledge.kind === "places")).toBe(true);
    expect(places.items).toHaveLength(6);
    const brazil = await viewer.pledge.list.query({ country: "BR" });
    expect(brazil.items.map((pledge) => pledge.organisationId)).toEqual(["demo-gov-br", "demo-gov-br"]);
    const hostedInPeru = await viewer.pledge.list.query({ country: "PE" });
    expect(hostedInPeru.items.every((pledge) => pledge.places?.hostCountry === "PE")).toBe(true);
    expect((await viewer.pledge.list.query({ programme: "commission-strengthening" })).items).toHaveLength(1);
    expect((await viewer.pledge.list.query({ organisationId: "demo-donor-ca" })).items).toHaveLength(2);
    expect(
      (await viewer.pledge.list.query({ status: "cancelled" })).items.map((pledge) => pledge.organisationId),
    ).toEqual(["demo-donor-ca"]);
    expect((await viewer.pledge.list.query({ year: 2021 })).items).toEqual([]);
  });

  it("pages with a cursor, without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await viewer.pledge.list.query({ limit: 5, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((pledge) => pledge.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const all = await viewer.pledge.list.query({ limit: 200 });
    expect(seen).toEqual(all.items.map((pledge) => pledge.id));
    expect((await failure(() => viewer.pledge.list.query({ cursor: "not-a-cursor" }))).code).toBe("BAD_REQUEST");
  });
});

describe("appeals", () => {
  it("are created with their place needs and read back", async () => {
    const state = await server.client("demo-gov-ec", "state");
    const created = await state.appeal.create.mutate({
      code: "EC-2020-SYN",
      title: "Synthetic appeal for Ecuador",
      year: 2020,
      requiredUsd: "2500000.50",
      placeNeeds: [{ hostCountry: "EC", category: "medical-needs", needed: 40 }],
    });
    expect(created).toMatchObject({ organisationId: "demo-gov-ec", requiredUsd: "2500000.50" });
    expect(await viewer.appeal.get.query({ id: created.id })).toMatchObject({
      code: "EC-2020-SYN",
      placeNeeds: [{ hostCountry: "EC", category: "medical-needs", needed: 40 }],
    });
    expect((await viewer.appeal.list.query({ year: 2020 })).map((appeal) => appeal.code)).toContain("EC-2020-SYN");
    expect(
      (
        await failure(() =>
          state.appeal.create.mutate({ code: "EC-2020-SYN", title: "Again", year: 2020, requiredUsd: "1" }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect((await failure(() => viewer.appeal.get.query({ id: "nope" }))).code).toBe("NOT_FOUND");
    const bad = await failure(() =>
      state.appeal.create.mutate({
        code: "X-1",
        title: "Dates",
        year: 2020,
        requiredUsd: "1",
        startDate: "2020-05-01",
        endDate: "2020-01-01",
      }),
    );
    expect(bad.message).toMatch(/endDate: must not be before startDate/);
  });
});
