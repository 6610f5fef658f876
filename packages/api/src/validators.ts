import { z } from "zod";
import {
  CountryCode,
  CurrencyCode,
  FUNDING_ACTIONS,
  IsoDate,
  MoneyError,
  parseMoney,
  PLACES_ACTIONS,
  Programme,
  ResettlementCategory,
  toUsd,
  type Money,
} from "@solidaria/domain";
import { ORGANISATION_KINDS, ROLES } from "@solidaria/db";

/** Inputs of every procedure: strict objects, so an unknown field is an error rather than ignored. */

export const Id = z.string().trim().min(1).max(100);
export const Year = z.number().int().min(2000, "must be 2000 or later").max(2100, "must be 2100 or earlier");
const Reason = z.string().trim().min(3, "must say why (3 characters or more)").max(500);
const RecentDate = IsoDate.check(
  z.refine((value: string) => value >= "2000-01-01" && value <= "2100-12-31", {
    message: "must be between 2000-01-01 and 2100-12-31",
  }),
);

/** A decimal amount as a string ("1500000.50"): numbers in JSON lose exactness. */
export const Amount = z.string().trim().min(1).max(40);

/**
 * The largest amount one pledge may carry, in minor units (and its USD equivalent too): 100 billion
 * in a two-decimal currency. Far above any real pledge, and low enough that a thousand of them still
 * add up exactly in JavaScript numbers (the appeal totals are sums of these).
 */
export const MAX_PLEDGE_MINOR = 10 ** 13;

/** Validates amount + currency together, naming `amount` when the value is wrong for the currency. */
export function checkMoney(
  amount: string,
  currency: string,
  context: z.RefinementCtx,
  path: string[] = ["amount"],
): Money | undefined {
  try {
    const money = parseMoney(amount, currency);
    if (money.minor === 0) {
      context.addIssue({ code: "custom", path, message: "must be greater than zero" });
      return undefined;
    }
    if (money.minor > MAX_PLEDGE_MINOR) {
      context.addIssue({ code: "custom", path, message: `is too large (at most ${MAX_PLEDGE_MINOR} minor units)` });
      return undefined;
    }
    return money;
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    context.addIssue({
      code: "custom",
      path: error.reason === "unknown-currency" ? ["currency"] : path,
      message: error.message,
    });
    return undefined;
  }
}

/** Whether an amount's USD equivalent at this rate stays within what one pledge may carry. */
export function usdEquivalentFits(money: Money, rate: { usdPerUnit: string; date: string; source: string }): boolean {
  try {
    return toUsd(money, { currency: money.currency, ...rate }).minor <= MAX_PLEDGE_MINOR;
  } catch (error) {
    if (error instanceof MoneyError) return false;
    throw error;
  }
}

export const OrganisationCreate = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "must be 2-63 lower-case letters, digits or dashes"),
  name: z.string().trim().min(2).max(200),
  kind: z.enum(ORGANISATION_KINDS),
  country: z.nullable(CountryCode).default(null),
});

export const TokenCreate = z.strictObject({
  organisationId: Id,
  role: z.enum(ROLES),
  label: z.string().trim().min(1).max(100),
});

export const UsdRateInput = z.strictObject({
  usdPerUnit: z
    .string()
    .regex(/^\d{1,9}(\.\d{1,12})?$/, "must be a decimal number such as 0.2965")
    .refine((rate) => /[1-9]/.test(rate), "must be greater than zero"),
  date: RecentDate,
  source: z.string().trim().min(2).max(200),
});

const common = {
  idempotencyKey: z.string().trim().min(8, "must be at least 8 characters (use a UUID)").max(100),
  /** Coordinators pledge on behalf of an organisation; everyone else pledges for their own. */
  organisationId: Id.optional(),
  appealId: Id.optional(),
  programme: Programme,
  year: Year,
  note: z.string().trim().max(500).optional(),
};

export const FundingPledgeCreate = z.strictObject({
  kind: z.literal("funding"),
  ...common,
  amount: Amount,
  currency: CurrencyCode,
  /** Required unless the currency is USD. */
  usdRate: UsdRateInput.optional(),
});

export const PlacesPledgeCreate = z.strictObject({
  kind: z.literal("places"),
  ...common,
  places: z.number().int().min(1, "must be at least 1").max(1_000_000),
  resettlementCountry: CountryCode,
  hostCountry: CountryCode,
  category: ResettlementCategory,
});

export const PledgeCreate = z
  .discriminatedUnion("kind", [FundingPledgeCreate, PlacesPledgeCreate])
  .superRefine((input, context) => {
    if (input.kind !== "funding") return;
    const money = checkMoney(input.amount, input.currency, context);
    if (input.currency !== "USD" && input.usdRate === undefined) {
      context.addIssue({
        code: "custom",
        path: ["usdRate"],
        message: `is required for ${input.currency}: the dated USD rate used`,
      });
    }
    if (money && input.usdRate && input.currency !== "USD" && !usdEquivalentFits(money, input.usdRate)) {
      context.addIssue({
        code: "custom",
        path: ["usdRate", "usdPerUnit"],
        message: `gives a USD equivalent above the limit for one pledge (${MAX_PLEDGE_MINOR} cents)`,
      });
    }
  });
export type PledgeCreate = z.infer<typeof PledgeCreate>;

export const PledgeTransition = z
  .strictObject({
    id: Id,
    expectedVersion: z.number().int().min(1),
    action: z.enum([...new Set([...FUNDING_ACTIONS, ...PLACES_ACTIONS])] as [string, ...string[]]),
    /** Funding: the amount this step adds (commit, pay) or the new pledged total (amend). */
    amount: Amount.optional(),
    /** Places: how many places this step moves, or the new pledged total (amend). */
    places: z.number().int().min(1).max(1_000_000).optional(),
    reason: Reason,
  })
  .superRefine((input, context) => {
    if (input.amount !== undefined && input.places !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["places"],
        message: "give either amount (funding) or places, not both",
      });
    }
  });
export type PledgeTransition = z.infer<typeof PledgeTransition>;

export const PledgeListInput = z
  .strictObject({
    year: Year.optional(),
    programme: z.optional(Programme),
    organisationId: Id.optional(),
    /** Matches the pledging organisation's country, or a places pledge's resettlement or host country. */
    country: z.optional(CountryCode),
    status: z.string().max(20).optional(),
    kind: z.enum(["funding", "places"]).optional(),
    appealId: Id.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .default({ limit: 50 });

export const PlaceNeed = z.strictObject({
  hostCountry: CountryCode,
  category: ResettlementCategory,
  needed: z.number().int().min(1).max(10_000_000),
});

export const AppealCreate = z
  .strictObject({
    code: z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, "must be 2-40 upper-case letters, digits or dashes"),
    title: z.string().trim().min(3).max(300),
    year: Year,
    organisationId: Id.optional(),
    requiredUsd: Amount,
    startDate: z.optional(RecentDate),
    endDate: z.optional(RecentDate),
    placeNeeds: z.array(PlaceNeed).max(500).default([]),
  })
  .superRefine((input, context) => {
    checkMoney(input.requiredUsd, "USD", context, ["requiredUsd"]);
    if (input.startDate && input.endDate && input.endDate < input.startDate) {
      context.addIssue({ code: "custom", path: ["endDate"], message: "must not be before startDate" });
    }
    const seen = new Set<string>();
    input.placeNeeds.forEach((need, index) => {
      const key = `${need.hostCountry}/${need.category}`;
      if (seen.has(key))
        context.addIssue({
          code: "custom",
          path: ["placeNeeds", index],
          message: `repeats ${need.hostCountry} ${need.category}: give each host country and category once`,
        });
      seen.add(key);
    });
  });
