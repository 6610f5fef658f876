import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@solidaria/db";
import {
  ACCESS_POLICY,
  authorize,
  mayAttempt,
  rolesFor,
  type Actor,
  type Operation,
  type Subject,
} from "./access-policy.js";

/** The access policy on its own: no database, no transport. */
const actor = (role: Role, organisation = "gov-br", country: string | null = "BR"): Actor => ({
  role,
  organisation: { id: organisation, country },
});

/** "OK", or the refusal as "kind field". */
function verdict(who: Actor, operation: Operation, subject: Subject): string {
  const refusal = authorize(who, operation, subject);
  return refusal === null ? "OK" : `${refusal.kind} ${String(refusal.field)}`;
}

const byRole = (operation: Operation, subject: Subject, organisationOf: (role: Role) => Actor = actor) =>
  Object.fromEntries(ROLES.map((role) => [role, verdict(organisationOf(role), operation, subject)]));

describe("the access policy table", () => {
  it("covers every role for every operation", () => {
    for (const rules of Object.values(ACCESS_POLICY)) expect(Object.keys(rules).sort()).toEqual([...ROLES].sort());
  });

  it("leaves organisations, tokens and publishing to coordinators", () => {
    for (const operation of [
      "organisation.create",
      "token.manage",
      "situation.publish",
      "jurisdiction.publish",
    ] as const) {
      expect(rolesFor(operation)).toEqual(["coordinator"]);
      expect(mayAttempt(actor("state"), operation)).toMatchObject({ kind: "forbidden", field: null });
      expect(mayAttempt(actor("viewer"), operation)?.message).toMatch(/needs the role coordinator/);
    }
  });

  it("lets each role act on its own organisation's funding; viewers on nothing", () => {
    const own: Subject = { organisationId: "gov-br" };
    const other: Subject = { organisationId: "donor-eu" };
    for (const operation of ["funding.pledge", "funding.move"] as const) {
      expect(byRole(operation, own)).toEqual({
        coordinator: "OK",
        state: "OK",
        donor: "OK",
        viewer: "forbidden null",
      });
      expect(byRole(operation, other)).toEqual({
        coordinator: "OK",
        state: "forbidden organisationId",
        donor: "forbidden organisationId",
        viewer: "forbidden null",
      });
    }
  });

  it("a state pledges places only in its own name", () => {
    const inItsName: Subject = {
      organisationId: "gov-br",
      places: { resettlementCountry: "BR", organisationCountry: "BR" },
    };
    const asMexico: Subject = {
      organisationId: "gov-br",
      places: { resettlementCountry: "MX", organisationCountry: "BR" },
    };
    expect(byRole("places.pledge", inItsName)).toEqual({
      coordinator: "OK",
      state: "OK",
      donor: "forbidden null",
      viewer: "forbidden null",
    });
    expect(byRole("places.pledge", asMexico)).toEqual({
      coordinator: "forbidden resettlementCountry",
      state: "forbidden resettlementCountry",
      donor: "forbidden null",
      viewer: "forbidden null",
    });
    expect(authorize(actor("state"), "places.pledge", asMexico)?.message).toMatch(/as BR, not MX/);
  });

  it("a state without a country pledges no places; a coordinator may record them for such an organisation", () => {
    const forTheEu: Subject = {
      organisationId: "donor-eu",
      places: { resettlementCountry: "BR", organisationCountry: null },
    };
    expect(verdict(actor("state", "donor-eu", null), "places.pledge", forTheEu)).toBe("forbidden resettlementCountry");
    expect(verdict(actor("coordinator", "secretariat", null), "places.pledge", forTheEu)).toBe("OK");
  });

  it("places are moved by states and coordinators, never by donors, even their own", () => {
    expect(byRole("places.move", { organisationId: "gov-br" })).toEqual({
      coordinator: "OK",
      state: "OK",
      donor: "forbidden null",
      viewer: "forbidden null",
    });
    expect(verdict(actor("state", "gov-cl", "CL"), "places.move", { organisationId: "gov-br" })).toBe(
      "forbidden organisationId",
    );
  });

  it("states create appeals for themselves, coordinators for anyone", () => {
    expect(byRole("appeal.create", { organisationId: "gov-pe" })).toEqual({
      coordinator: "OK",
      state: "forbidden organisationId",
      donor: "forbidden null",
      viewer: "forbidden null",
    });
  });
});
