import * as z from "zod/mini";
import type { LocalizedText } from "../i18n/locale.js";

/** The five situations of the Cartagena Declaration's extended definition, conclusion III(3). */
export const CARTAGENA_GROUNDS = [
  "generalized-violence",
  "foreign-aggression",
  "internal-conflict",
  "massive-human-rights-violations",
  "serious-public-order-disturbance",
] as const;
export const CartagenaGround = z.enum(CARTAGENA_GROUNDS);
export type CartagenaGround = z.infer<typeof CartagenaGround>;

export const CARTAGENA_GROUND_NAMES: Record<CartagenaGround, LocalizedText> = {
  "generalized-violence": { es: "violencia generalizada", pt: "violência generalizada", en: "generalized violence" },
  "foreign-aggression": { es: "agresión extranjera", pt: "agressão estrangeira", en: "foreign aggression" },
  "internal-conflict": { es: "conflictos internos", pt: "conflitos internos", en: "internal conflicts" },
  "massive-human-rights-violations": {
    es: "violación masiva de los derechos humanos",
    pt: "violação maciça dos direitos humanos",
    en: "massive violation of human rights",
  },
  "serious-public-order-disturbance": {
    es: "circunstancias que han perturbado gravemente el orden público",
    pt: "circunstâncias que perturbaram gravemente a ordem pública",
    en: "circumstances which have seriously disturbed public order",
  },
};
