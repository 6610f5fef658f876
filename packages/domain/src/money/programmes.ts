import * as z from "zod/mini";
import type { LocalizedText } from "../i18n/locale.js";

/** The Mexico Plan of Action's programmes that pledges are earmarked to (reference: Mexico Plan of Action 2004, ch. 2-3). */
export const PROGRAMMES = [
  "solidarity-cities",
  "borders-of-solidarity",
  "solidarity-resettlement",
  "commission-strengthening",
  "protection-networks",
  "training",
] as const;
export const Programme = z.enum(PROGRAMMES);
export type Programme = z.infer<typeof Programme>;

export const PROGRAMME_NAMES: Record<Programme, LocalizedText> = {
  "solidarity-cities": { es: "Ciudades Solidarias", pt: "Cidades Solidárias", en: "Solidarity Cities" },
  "borders-of-solidarity": { es: "Fronteras Solidarias", pt: "Fronteiras Solidárias", en: "Borders of Solidarity" },
  "solidarity-resettlement": {
    es: "Reasentamiento Solidario",
    pt: "Reassentamento Solidário",
    en: "Solidarity Resettlement",
  },
  "commission-strengthening": {
    es: "Fortalecimiento de las Comisiones Nacionales de Refugiados",
    pt: "Fortalecimento das Comissões Nacionais de Refugiados",
    en: "Strengthening National Refugee Commissions",
  },
  "protection-networks": {
    es: "Redes nacionales y regionales de protección",
    pt: "Redes nacionais e regionais de proteção",
    en: "National and regional protection networks",
  },
  training: {
    es: "Programa Latinoamericano de Capacitación",
    pt: "Programa Latino-Americano de Capacitação",
    en: "Latin American Training Programme",
  },
};
