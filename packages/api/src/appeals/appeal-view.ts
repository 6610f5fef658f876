import { toDecimalString } from "@solidaria/domain";
import { authorize, mayAttempt, type Actor } from "../access/access-policy.js";
import { conflict, invalid, type DomainError } from "../errors.js";
import type { AppealCreate } from "../validators.js";

/** A row of `appeals`, on either database. */
export interface AppealRow {
  id: string;
  code: string;
  title: string;
  year: number;
  organisationId: string;
  requiredUsdMinor: number;
  startDate: string | null;
  endDate: string | null;
  demo: boolean;
  createdAt: string;
}

export type PlaceNeed = { hostCountry: string; category: string; needed: number };

/** Byte order of host country, then category: the same order on every database and every path. */
const byCountryAndCategory = (a: PlaceNeed, b: PlaceNeed) =>
  a.hostCountry < b.hostCountry
    ? -1
    : a.hostCountry > b.hostCountry
      ? 1
      : a.category < b.category
        ? -1
        : a.category > b.category
          ? 1
          : 0;

/**
 * An appeal as answered. Its place needs are sorted here, not by the query: a table read without
 * ORDER BY has no order of its own (on PostgreSQL a scan may start mid-table), and a new appeal's
 * needs come in the order they were sent.
 */
export function toAppealView(row: AppealRow, needs: readonly PlaceNeed[]) {
  const { requiredUsdMinor, ...rest } = row;
  return {
    ...rest,
    requiredUsd: toDecimalString({ minor: requiredUsdMinor, currency: "USD" }),
    placeNeeds: [...needs].sort(byCountryAndCategory),
  };
}
export type AppealView = ReturnType<typeof toAppealView>;

/** The organisation an appeal is created for (the actor's own when none is named), or the refusal (thrown). */
export function appealOwner(actor: Actor, input: AppealCreate): string {
  const owner = input.organisationId ?? actor.organisation.id;
  const refused = mayAttempt(actor, "appeal.create") ?? authorize(actor, "appeal.create", { organisationId: owner });
  if (refused) throw refused;
  return owner;
}

export const unknownOwner = (owner: string): DomainError => invalid("organisationId", `no organisation "${owner}"`);
export const codeTaken = (code: string): DomainError =>
  conflict("code", `an appeal with code "${code}" already exists`);

/** The row a new appeal is stored as (without `createdAt`, which the database sets). */
export function newAppealRow(input: AppealCreate, owner: string, id: string, demo: boolean) {
  return {
    id,
    code: input.code,
    title: input.title,
    year: input.year,
    organisationId: owner,
    requiredUsdMinor: input.requiredUsdMinor,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    demo,
  };
}

/** The place needs of every appeal, by appeal id. */
export function needsByAppeal(rows: readonly (PlaceNeed & { appealId: string })[]): Map<string, PlaceNeed[]> {
  const needs = new Map<string, PlaceNeed[]>();
  for (const { appealId, ...need } of rows) needs.set(appealId, [...(needs.get(appealId) ?? []), need]);
  return needs;
}
