import type { Role } from "@solidaria/db";
import { forbidden, type DomainError } from "../errors.js";

/**
 * Who may do what, in one table: for each operation that changes the ledger, what each role may do.
 * The routers check a token's role against it before parsing anything else (`mayAttempt`); the
 * commands check the organisation and country the change is for (`authorize`). Reads need only a
 * valid token, and a few public aggregates not even that: neither is listed here.
 */

/** What a rule needs to know about the caller. */
export interface Actor {
  readonly role: Role;
  readonly organisation: { readonly id: string; readonly country: string | null };
}

/** What an operation is done to: the organisation it is for and, when places are pledged, in whose name. */
export interface Subject {
  readonly organisationId: string;
  readonly places?: {
    readonly resettlementCountry: string;
    /** The country of the organisation the places are pledged for (null for the EU, an agency...). */
    readonly organisationCountry: string | null;
  };
}

export type Rule =
  /** For any organisation. */
  | "any"
  /** For any organisation, and places only in the name of that organisation's country (when it has one). */
  | "any-in-its-name"
  /** For the caller's own organisation only. */
  | "own"
  /** For the caller's own organisation only, and places only in the name of its own country. */
  | "own-in-its-name"
  | "none";

export type Operation =
  | "organisation.create"
  | "token.manage"
  | "user.manage"
  | "appeal.create"
  | "funding.pledge"
  | "funding.move"
  | "places.pledge"
  | "places.move"
  | "situation.publish"
  | "jurisdiction.publish";

const COORDINATORS_ONLY = { coordinator: "any", state: "none", donor: "none", viewer: "none" } as const;

export const ACCESS_POLICY: Readonly<Record<Operation, Readonly<Record<Role, Rule>>>> = {
  "organisation.create": COORDINATORS_ONLY,
  "token.manage": COORDINATORS_ONLY,
  // Inviting people, resetting their passwords and disabling them: who may act in whose name.
  "user.manage": COORDINATORS_ONLY,
  "appeal.create": { coordinator: "any", state: "own", donor: "none", viewer: "none" },
  "funding.pledge": { coordinator: "any", state: "own", donor: "own", viewer: "none" },
  "funding.move": { coordinator: "any", state: "own", donor: "own", viewer: "none" },
  // Places are the resettlement state's: a state pledges them only as itself (issue 11, finding 2).
  "places.pledge": { coordinator: "any-in-its-name", state: "own-in-its-name", donor: "none", viewer: "none" },
  // Donors handle funding; places, even ones a coordinator recorded for a donor, are moved by states.
  "places.move": { coordinator: "any", state: "own", donor: "none", viewer: "none" },
  "situation.publish": COORDINATORS_ONLY,
  "jurisdiction.publish": COORDINATORS_ONLY,
};

/** What each operation is, for the messages. */
const DOING: Record<Operation, string> = {
  "organisation.create": "create organisations",
  "token.manage": "list or revoke API tokens",
  "user.manage": "invite, list or disable users",
  "appeal.create": "create appeals",
  "funding.pledge": "pledge funding",
  "funding.move": "move funding pledges",
  "places.pledge": "pledge resettlement places",
  "places.move": "move resettlement-place pledges",
  "situation.publish": "publish country situations",
  "jurisdiction.publish": "publish jurisdiction profiles",
};

/** The roles that may do `operation` for at least some organisation. */
export function rolesFor(operation: Operation): Role[] {
  return (Object.entries(ACCESS_POLICY[operation]) as [Role, Rule][])
    .filter(([, rule]) => rule !== "none")
    .map(([role]) => role);
}

/** Whether the caller's role may do `operation` at all; null when it may (the subject is checked later). */
export function mayAttempt(actor: Actor, operation: Operation): DomainError | null {
  if (ACCESS_POLICY[operation][actor.role] !== "none") return null;
  return forbidden(
    null,
    `a ${actor.role} may not ${DOING[operation]}: that needs the role ${rolesFor(operation).join(" or ")}`,
  );
}

/** Whether the caller may do `operation` for `subject`; null when it may. */
export function authorize(actor: Actor, operation: Operation, subject: Subject): DomainError | null {
  const rule = ACCESS_POLICY[operation][actor.role];
  if (rule === "none") return mayAttempt(actor, operation);
  const own = rule === "own" || rule === "own-in-its-name";
  if (own && subject.organisationId !== actor.organisation.id) {
    return forbidden(
      "organisationId",
      `a ${actor.role} may ${DOING[operation]} only for its own organisation (${actor.organisation.id}), not for ${subject.organisationId}`,
    );
  }
  const places = subject.places;
  if (places === undefined || (rule !== "own-in-its-name" && rule !== "any-in-its-name")) return null;
  const country = rule === "own-in-its-name" ? actor.organisation.country : places.organisationCountry;
  if (country === null) {
    // A coordinator may record places for an organisation without a country (the EU, an agency).
    return rule === "own-in-its-name"
      ? forbidden("resettlementCountry", `organisation ${actor.organisation.id} has no country to pledge places in`)
      : null;
  }
  if (places.resettlementCountry !== country) {
    return forbidden(
      "resettlementCountry",
      `places are pledged in the name of the state that resettles: ${subject.organisationId} pledges them as ${country}, not ${places.resettlementCountry}`,
    );
  }
  return null;
}
