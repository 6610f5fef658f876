import { describe, expect, it } from "vitest";
import { PledgeCreate, PledgeTransition } from "@solidaria/api/validators";
import { IntlMessageFormat } from "intl-messageformat";
import { INTL_TAGS, type Locale } from "@solidaria/domain";
import { CATALOGUES } from "../i18n/catalogue.js";
import { localizedResolver } from "./form-resolver.js";
import { issueMessage } from "./issues.js";
import { pledgeInput, type PledgeForm } from "./pledge-form.js";

const KEY = "0b6f3d0e-3f59-4a70-8d4b-0e5e0c8f4a11";

const empty: PledgeForm = {
  kind: "funding",
  organisationId: "",
  appealId: "",
  programme: "",
  year: "",
  note: "",
  amount: "",
  currency: "USD",
  usdRate: { usdPerUnit: "", date: "", source: "" },
  places: "",
  resettlementCountry: "",
  hostCountry: "",
  category: "",
};

function resolverFor(locale: Locale) {
  return localizedResolver<PledgeForm, unknown>(
    PledgeCreate,
    (values) => pledgeInput(values, locale, KEY),
    (message) =>
      new IntlMessageFormat(CATALOGUES[locale][message.id], INTL_TAGS[locale]).format(message.values) as string,
  );
}

const options = { fields: {}, shouldUseNativeValidation: false } as never;

async function errorsOf(values: PledgeForm, locale: Locale = "en") {
  const result = await resolverFor(locale)(values, undefined, options);
  return result.errors as Record<string, { message: string } & Record<string, { message: string }>>;
}

describe("the new-pledge form, checked with the API's PledgeCreate", () => {
  it("words every missing field, in the reader's language", async () => {
    const errors = await errorsOf(empty, "es");
    expect(errors.programme?.message).toBe("Este dato es obligatorio.");
    expect(errors.year?.message).toBe("Este dato es obligatorio.");
    expect(errors.amount?.message).toBe("Este dato es obligatorio.");
  });

  it("never shows zod's English or a field path", async () => {
    const errors = await errorsOf({ ...empty, year: "1999", amount: "0", programme: "training" }, "pt");
    expect(errors.year?.message).toBe("Informe um ano entre 2000 e 2100.");
    expect(errors.amount?.message).toBe("O valor deve ser maior que zero.");
    for (const error of Object.values(errors)) expect(error.message).not.toMatch(/expected|must|Invalid|year|amount/);
  });

  it("reads amounts the locale's way and says what is wrong with them", async () => {
    const valid = { ...empty, programme: "training", year: "2025", amount: "1.500,50", currency: "USD" };
    expect(await errorsOf(valid, "pt")).toEqual({});
    const yen = await errorsOf(
      {
        ...valid,
        amount: "1500.5",
        currency: "JPY",
        usdRate: { usdPerUnit: "0.0067", date: "2025-01-02", source: "BoJ" },
      },
      "en",
    );
    expect(yen.amount?.message).toBe("JPY has no decimal places.");
  });

  it("asks for the dated USD rate of another currency", async () => {
    const errors = await errorsOf(
      { ...empty, programme: "training", year: "2025", amount: "100", currency: "PEN" },
      "en",
    );
    expect(errors.usdRate?.usdPerUnit?.message).toBe("This is required.");
    expect(errors.usdRate?.date?.message).toBe("This is required.");
  });

  it("hands the API input to the submit handler when all is well", async () => {
    const result = await resolverFor("pt")(
      {
        ...empty,
        programme: "training",
        year: "2025",
        amount: "1.000,5",
        currency: "PEN",
        usdRate: { usdPerUnit: "0,2965", date: "2025-01-02", source: "BCRP" },
      },
      undefined,
      options,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      kind: "funding",
      idempotencyKey: KEY,
      programme: "training",
      year: 2025,
      amount: "1000.5",
      currency: "PEN",
      usdRate: { usdPerUnit: "0.2965", date: "2025-01-02", source: "BCRP" },
    });
  });

  it("checks places pledges too", async () => {
    const errors = await errorsOf(
      { ...empty, kind: "places", programme: "training", year: "2025", places: "1.5" },
      "en",
    );
    expect(errors.places?.message).toBe("Enter a whole number of places, from 1 to 1,000,000.");
    expect(errors.resettlementCountry?.message).toBe("This is required.");
    expect(errors.category?.message).toBe("This is required.");
  });
});

describe("a transition, checked with the API's PledgeTransition", () => {
  it("moves the API's amount or places error under the form's quantity field", async () => {
    const resolver = localizedResolver<{ reason: string; quantity: string }, unknown>(
      PledgeTransition,
      (values) => ({ input: { id: "p", expectedVersion: 1, action: "confirm", places: 0, reason: values.reason } }),
      (message) => new IntlMessageFormat(CATALOGUES.en[message.id], "en-GB").format(message.values) as string,
      { places: "quantity" },
    );
    const result = await resolver({ reason: "no", quantity: "0" }, undefined, options);
    const errors = result.errors as Record<string, { message: string }>;
    expect(errors.reason?.message).toBe("Say why, in 3 to 500 characters.");
    expect(errors.quantity?.message).toBe("Enter a whole number of places, from 1 to 1,000,000.");
  });
});

describe("issueMessage", () => {
  it("words an issue by its field and code", () => {
    expect(issueMessage({ code: "invalid_type", path: ["year"] })).toEqual({ id: "issue.required" });
    expect(issueMessage({ code: "too_small", path: ["year"], input: 1999 })).toEqual({ id: "issue.year" });
    expect(issueMessage({ code: "custom", path: ["usdRate", "usdPerUnit"], input: "9" })).toEqual({
      id: "issue.usdRateTooLarge",
    });
    expect(issueMessage({ code: "too_big", path: ["note"], origin: "string", maximum: 500, input: "x" })).toEqual({
      id: "issue.tooLong",
      values: { max: 500 },
    });
    expect(issueMessage({ code: "too_small", path: ["title"], origin: "string", minimum: 3, input: "x" })).toEqual({
      id: "issue.tooShort",
      values: { min: 3 },
    });
    expect(issueMessage({ code: "too_small", path: ["placeNeeds", 2, "needed"], input: 0 })).toEqual({
      id: "issue.placesNeeded",
    });
    expect(issueMessage({ code: "custom", path: ["endDate"], input: "2020-01-01" })).toEqual({
      id: "issue.endBeforeStart",
    });
    expect(issueMessage({ code: "weird", path: ["unknown"], input: 1 })).toEqual({ id: "issue.invalid" });
  });
});
