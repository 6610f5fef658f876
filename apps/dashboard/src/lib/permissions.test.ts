import { describe, expect, it } from "vitest";
import { can, navigationFor } from "./permissions.js";

const as = (role: "coordinator" | "state" | "donor" | "viewer") => ({ role, organisation: { id: "own" } });

describe("can", () => {
  it("lets coordinators do everything, for anyone", () => {
    expect(can(as("coordinator"), "token.manage")).toBe(true);
    expect(can(as("coordinator"), "places.move", "other")).toBe(true);
  });

  it("lets states and donors act for their own organisation only", () => {
    expect(can(as("state"), "funding.move", "own")).toBe(true);
    expect(can(as("state"), "funding.move", "other")).toBe(false);
    expect(can(as("donor"), "funding.pledge")).toBe(true);
    expect(can(as("donor"), "places.pledge")).toBe(false);
    expect(can(as("donor"), "places.move", "own")).toBe(false);
    expect(can(as("state"), "appeal.create")).toBe(true);
    expect(can(as("donor"), "appeal.create")).toBe(false);
  });

  it("gives viewers no edit control anywhere", () => {
    for (const operation of [
      "organisation.create",
      "user.manage",
      "token.manage",
      "appeal.create",
      "funding.pledge",
      "funding.move",
      "places.pledge",
      "places.move",
      "situation.publish",
    ] as const)
      expect(can(as("viewer"), operation, "own"), operation).toBe(false);
  });
});

describe("navigationFor", () => {
  it("shows each role its pages", () => {
    expect(navigationFor("coordinator")).toEqual(["overview", "pledges", "appeals", "coordination"]);
    expect(navigationFor("state")).toEqual(["overview", "pledges", "appeals"]);
    expect(navigationFor("donor")).toEqual(["overview", "pledges"]);
    expect(navigationFor("viewer")).toEqual(["overview", "pledges"]);
  });
});
