import * as z from "zod/mini";
import type { LocalizedText } from "../i18n/locale.js";
import { CountryCode } from "../reference-data/countries.js";
import { IsoDate } from "../dates/iso-date.js";

/** UNHCR resettlement submission categories (Resettlement Handbook, ch. 6). */
export const RESETTLEMENT_CATEGORIES = [
  "legal-physical-protection",
  "survivors-of-violence-torture",
  "medical-needs",
  "women-girls-at-risk",
  "family-reunification",
  "children-adolescents-at-risk",
  "no-alternative-durable-solution",
] as const;
export const ResettlementCategory = z.enum(RESETTLEMENT_CATEGORIES);
export type ResettlementCategory = z.infer<typeof ResettlementCategory>;

export const ResettlementPriority = z.enum(["emergency", "urgent", "normal"]);
export type ResettlementPriority = z.infer<typeof ResettlementPriority>;

export const RESETTLEMENT_CATEGORY_NAMES: Record<ResettlementCategory, LocalizedText> = {
  "legal-physical-protection": {
    es: "necesidades de protección legal o física",
    pt: "necessidades de proteção legal ou física",
    en: "legal and/or physical protection needs",
  },
  "survivors-of-violence-torture": {
    es: "sobrevivientes de violencia o tortura",
    pt: "sobreviventes de violência ou tortura",
    en: "survivors of violence and/or torture",
  },
  "medical-needs": { es: "necesidades médicas", pt: "necessidades médicas", en: "medical needs" },
  "women-girls-at-risk": {
    es: "mujeres y niñas en riesgo",
    pt: "mulheres e meninas em risco",
    en: "women and girls at risk",
  },
  "family-reunification": { es: "reunificación familiar", pt: "reunificação familiar", en: "family reunification" },
  "children-adolescents-at-risk": {
    es: "niños, niñas y adolescentes en riesgo",
    pt: "crianças e adolescentes em risco",
    en: "children and adolescents at risk",
  },
  "no-alternative-durable-solution": {
    es: "falta de soluciones duraderas alternativas previsibles",
    pt: "falta de soluções duradouras alternativas previsíveis",
    en: "lack of foreseeable alternative durable solutions",
  },
};

/**
 * Pledged resettlement places still free, as the coordination server publishes them: an aggregate,
 * never a case. `hostCountry` is where refugees are now, `resettlementCountry` the state offering places.
 */
export const PlaceAvailability = z.strictObject({
  hostCountry: CountryCode,
  resettlementCountry: CountryCode,
  category: ResettlementCategory,
  available: z.number().check(z.int(), z.nonnegative()),
  asOf: IsoDate,
});
export type PlaceAvailability = z.infer<typeof PlaceAvailability>;
