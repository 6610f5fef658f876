import { z } from "zod";
import {
  CountryCode,
  CurrencyCode,
  describeValue,
  expectedGot,
  FUNDING_ACTIONS,
  FUNDING_STATUSES,
  IsoDate,
  MoneyError,
  parseMoney,
  PLACES_ACTIONS,
  PLACES_STATUSES,
  Programme,
  ResettlementCategory,
  toUsd,
  type Money,
} from "@solidaria/domain";
import { ORGANISATION_KINDS, ROLES } from "@solidaria/db/enums";
import { text } from "./text.js";

/**
 * Inputs of every procedure, and of the CLI and demo seeding, which parse with the same schemas:
 * strict objects, so an unknown field is an error rather than ignored.
 */

/** A whole number; a value of another type is named ("expected a whole number, got text"), not "required". */
function wholeNumber() {
  return z.int({
    error: (issue) =>
      issue.code === "invalid_type" && issue.input !== undefined ? expectedGot("int", issue.input) : undefined,
  });
}

export const Id = text({ max: 100 });
export const Year = wholeNumber().min(2000, "must be 2000 or later").max(2100, "must be 2100 or earlier");
const Reason = text({ min: 3, max: 500, multiline: true, tooShort: "must say why (3 characters or more)" });
const RecentDate = IsoDate.check(
  z.refine((value: string) => value >= "2000-01-01" && value <= "2100-12-31", {
    message: "must be between 2000-01-01 and 2100-12-31",
  }),
);

/** A decimal amount as a string ("1500000.50"): numbers in JSON lose exactness. */
export const Amount = z
  .string({
    error: (issue) =>
      issue.code === "invalid_type" && issue.input !== undefined
        ? `expected a decimal number written as text, such as "1500.50", got ${describeValue(issue.input)}`
        : undefined,
  })
  .trim()
  .min(1)
  .max(40);

/**
 * The largest amount one pledge may carry, in minor units (and its USD equivalent too): 100 billion
 * in a two-decimal currency. Far above any real pledge, and low enough that a thousand of them still
 * add up exactly in JavaScript numbers (the appeal totals are sums of these). It also bounds what one
 * organisation may pledge to one appeal in one currency, all its pledges together.
 */
export const MAX_PLEDGE_MINOR = 10 ** 13;

/** Validates amount + currency together, naming `amount` when the value is wrong for the currency. */
function checkMoney(
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
function usdEquivalentFits(money: Money, rate: { usdPerUnit: string; date: string; source: string }): boolean {
  try {
    return toUsd(money, { currency: money.currency, ...rate }).minor <= MAX_PLEDGE_MINOR;
  } catch (error) {
    if (error instanceof MoneyError) return false;
    throw error;
  }
}

export const OrganisationCreate = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "must be 2-63 lower-case letters, digits or dashes"),
    name: text({ min: 2, max: 200 }),
    kind: z.enum(ORGANISATION_KINDS),
    country: z.nullable(CountryCode).default(null),
  })
  .superRefine((input, context) => {
    // A state pledges places in its country's name: without one it could pledge none.
    if (input.kind === "state" && input.country === null) {
      context.addIssue({ code: "custom", path: ["country"], message: "is required for a state (an ISO 3166-1 code)" });
    }
  });
export type OrganisationCreate = z.infer<typeof OrganisationCreate>;

export const TokenCreate = z.strictObject({
  organisationId: Id,
  role: z.enum(ROLES),
  label: text({ max: 100 }),
});
export type TokenCreate = z.infer<typeof TokenCreate>;

export const TokenListInput = z
  .strictObject({
    organisationId: Id.optional(),
    /** Revoked tokens too (they stay listed, with the time they were revoked). */
    includeRevoked: z.boolean().default(false),
  })
  .default({ includeRevoked: false });

/** A token by its id, or by the first 8 or more characters of it as the lists show them. */
export const TokenRevoke = z.strictObject({
  id: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f-]{8,36}$/, "must be a token id, or its first 8 characters or more, as token lists show them"),
});

export const UsdRateInput = z.strictObject({
  usdPerUnit: z
    .string()
    .regex(/^\d{1,9}(\.\d{1,12})?$/, "must be a decimal number such as 0.2965")
    .refine((rate) => /[1-9]/.test(rate), "must be greater than zero"),
  date: RecentDate,
  source: text({ min: 2, max: 200 }),
});

const common = {
  idempotencyKey: text({ min: 8, max: 100, tooShort: "must be at least 8 characters (use a UUID)" }),
  /** Coordinators pledge on behalf of an organisation; everyone else pledges for their own. */
  organisationId: Id.optional(),
  appealId: Id.optional(),
  programme: Programme,
  year: Year,
  note: text({ max: 500, multiline: true }).optional(),
};

const FundingPledgeCreate = z.strictObject({
  kind: z.literal("funding"),
  ...common,
  amount: Amount,
  currency: CurrencyCode,
  /** Required unless the currency is USD. */
  usdRate: UsdRateInput.optional(),
});

const PlacesPledgeCreate = z.strictObject({
  kind: z.literal("places"),
  ...common,
  places: wholeNumber().min(1, "must be at least 1").max(1_000_000),
  resettlementCountry: CountryCode,
  hostCountry: CountryCode,
  category: ResettlementCategory,
});

/**
 * Amounts parsed by a schema's refinement, for its transform to pick up: refinements run even when
 * other fields are wrong (so every bad field is named at once), transforms only when all are right,
 * and the amount is parsed once.
 */
const parsedAmounts = new WeakMap<object, Money>();

function parsedAmount(input: object, context: z.RefinementCtx, path: string[]): Money {
  const money = parsedAmounts.get(input);
  if (money) return money;
  context.addIssue({ code: "custom", path, message: "could not be read" });
  return z.NEVER;
}

/**
 * A pledge to create. The amount is parsed here, once, into exact minor units (`money`): the ledger
 * and the idempotency check use that, never the text again.
 */
export const PledgeCreate = z
  .discriminatedUnion("kind", [FundingPledgeCreate, PlacesPledgeCreate])
  .superRefine((input, context) => {
    if (input.kind !== "funding") return;
    const money = checkMoney(input.amount, input.currency, context);
    if (money) parsedAmounts.set(input, money);
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
  })
  .transform((input, context) => {
    if (input.kind !== "funding") return input;
    const { amount: _amount, currency: _currency, ...rest } = input;
    return { ...rest, money: parsedAmount(input, context, ["amount"]) };
  });
export type PledgeCreate = z.output<typeof PledgeCreate>;

export const PledgeTransition = z
  .strictObject({
    id: Id,
    expectedVersion: wholeNumber().min(1),
    action: z.enum([...new Set([...FUNDING_ACTIONS, ...PLACES_ACTIONS])] as [string, ...string[]]),
    /** Funding: the amount this step adds (commit, pay) or the new pledged total (amend). */
    amount: Amount.optional(),
    /** Places: how many places this step moves, or the new pledged total (amend). */
    places: wholeNumber().min(1).max(1_000_000).optional(),
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
export type PledgeTransition = z.output<typeof PledgeTransition>;

export const PledgeListInput = z
  .strictObject({
    year: Year.optional(),
    programme: z.optional(Programme),
    organisationId: Id.optional(),
    /** Matches the pledging organisation's country, or a places pledge's resettlement or host country. */
    country: z.optional(CountryCode),
    status: z.enum([...new Set([...FUNDING_STATUSES, ...PLACES_STATUSES])]).optional(),
    kind: z.enum(["funding", "places"]).optional(),
    appealId: Id.optional(),
    limit: wholeNumber().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .default({ limit: 50 });
export type PledgeListInput = z.output<typeof PledgeListInput>;

const PlaceNeed = z.strictObject({
  hostCountry: CountryCode,
  category: ResettlementCategory,
  needed: wholeNumber().min(1).max(10_000_000),
});

export const AppealCreate = z
  .strictObject({
    code: z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, "must be 2-40 upper-case letters, digits or dashes"),
    title: text({ min: 3, max: 300 }),
    year: Year,
    organisationId: Id.optional(),
    requiredUsd: Amount,
    startDate: z.optional(RecentDate),
    endDate: z.optional(RecentDate),
    placeNeeds: z.array(PlaceNeed).max(500).default([]),
  })
  .superRefine((input, context) => {
    const required = checkMoney(input.requiredUsd, "USD", context, ["requiredUsd"]);
    if (required) parsedAmounts.set(input, required);
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
  })
  .transform((input, context) => {
    const { requiredUsd: _requiredUsd, ...rest } = input;
    return { ...rest, requiredUsdMinor: parsedAmount(input, context, ["requiredUsd"]).minor };
  });
export type AppealCreate = z.output<typeof AppealCreate>;

/*
 * People and their sign-in (the dashboard imports these through `@solidaria/api/validators`).
 */

/** The shortest and longest password accepted (characters after NFC), as OWASP's guidance has it. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** An email address, stored and compared trimmed and lower-cased. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "must have at most 254 characters")
  .pipe(z.email("must be an email address, such as name@example.org"));

/**
 * A new password: 12-128 characters, any of them (spaces included, nothing trimmed), in NFC so that
 * "é" typed on any keyboard is the same password. That it differs from the email is checked where
 * the email is known.
 */
export const NewPassword = z
  .string()
  .transform((value) => value.normalize("NFC"))
  .refine((value) => [...value].length >= PASSWORD_MIN_LENGTH, {
    message: `must have at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  .refine((value) => [...value].length <= PASSWORD_MAX_LENGTH, {
    message: `must have at most ${PASSWORD_MAX_LENGTH} characters`,
  });

/** A password typed to sign in: not checked against the rules (they may have changed), only bounded. */
const GivenPassword = z
  .string()
  .min(1, "is required")
  .max(4 * PASSWORD_MAX_LENGTH, "is too long")
  .transform((value) => value.normalize("NFC"));

/** The token of an invitation or reset link (43 base64url characters), as the link's fragment carries it. */
export const LinkToken = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, "must be the token from the link, 43 letters, digits, - or _");

export const DisplayName = text({ min: 2, max: 100 });

export const SignInInput = z.strictObject({ email: Email, password: GivenPassword });
export type SignInInput = z.output<typeof SignInInput>;

export const InvitationQuery = z.strictObject({ token: LinkToken });

export const AcceptInvitationInput = z.strictObject({
  token: LinkToken,
  displayName: DisplayName,
  password: NewPassword,
});
export type AcceptInvitationInput = z.output<typeof AcceptInvitationInput>;

export const ResetPasswordInput = z.strictObject({ token: LinkToken, password: NewPassword });
export type ResetPasswordInput = z.output<typeof ResetPasswordInput>;

export const UserInvite = z.strictObject({
  email: Email,
  displayName: DisplayName,
  organisationId: Id,
  role: z.enum(ROLES),
});
export type UserInvite = z.output<typeof UserInvite>;

export const UserReference = z.strictObject({ userId: Id });

/** What the dashboard shows of a user's state. */
export const USER_STATUSES = ["active", "invited", "disabled"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
