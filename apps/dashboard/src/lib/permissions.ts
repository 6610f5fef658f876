import type { Role } from "@solidaria/db/enums";

/**
 * What the dashboard offers each role, mirroring the server's ACCESS_POLICY
 * (packages/api/src/access/access-policy.ts): the server decides; this only hides controls a person
 * could not use. Viewers see no edit control anywhere.
 */
export type Operation =
  | "organisation.create"
  | "user.manage"
  | "token.manage"
  | "appeal.create"
  | "funding.pledge"
  | "funding.move"
  | "places.pledge"
  | "places.move"
  | "situation.publish";

export interface Actor {
  readonly role: Role;
  readonly organisation: { readonly id: string };
}

const ROLES_FOR: Record<Operation, readonly Role[]> = {
  "organisation.create": ["coordinator"],
  "user.manage": ["coordinator"],
  "token.manage": ["coordinator"],
  "appeal.create": ["coordinator", "state"],
  "funding.pledge": ["coordinator", "state", "donor"],
  "funding.move": ["coordinator", "state", "donor"],
  "places.pledge": ["coordinator", "state"],
  "places.move": ["coordinator", "state"],
  "situation.publish": ["coordinator"],
};

/** Whether `actor` may do `operation`, for the organisation `organisationId` when one is concerned. */
export function can(actor: Actor, operation: Operation, organisationId?: string): boolean {
  if (!ROLES_FOR[operation].includes(actor.role)) return false;
  if (actor.role === "coordinator" || organisationId === undefined) return true;
  return organisationId === actor.organisation.id;
}

/** The pages a role sees in the navigation. */
export function navigationFor(role: Role): ("overview" | "pledges" | "appeals" | "coordination")[] {
  switch (role) {
    case "coordinator":
      return ["overview", "pledges", "appeals", "coordination"];
    case "state":
      return ["overview", "pledges", "appeals"];
    case "donor":
    case "viewer":
      return ["overview", "pledges"];
  }
}
