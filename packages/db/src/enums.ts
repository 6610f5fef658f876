/**
 * The ledger's fixed vocabularies, in a module with no database code, so that a browser bundle (the
 * dashboard's forms) can import them through `@solidaria/db/enums` without pulling in SQLite.
 */
export const ROLES = ["coordinator", "state", "donor", "viewer"] as const;
export type Role = (typeof ROLES)[number];
export const ORGANISATION_KINDS = ["state", "donor", "agency", "coordinator"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
