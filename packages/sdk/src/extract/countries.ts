import { getCountry, listCountries } from "@solidaria/domain";
import { cleanText, normalizeLabel } from "./text.js";

/** Demonyms the region's portals write instead of country names (es, pt; masculine and feminine). */
const DEMONYMS: Record<string, string> = {
  venezolano: "VE",
  venezolana: "VE",
  venezuelano: "VE",
  venezuelana: "VE",
  venezuelan: "VE",
  colombiano: "CO",
  colombiana: "CO",
  colombian: "CO",
  ecuatoriano: "EC",
  ecuatoriana: "EC",
  equatoriano: "EC",
  equatoriana: "EC",
  peruano: "PE",
  peruana: "PE",
  peruvian: "PE",
  haitiano: "HT",
  haitiana: "HT",
  haitian: "HT",
  cubano: "CU",
  cubana: "CU",
  cuban: "CU",
  boliviano: "BO",
  boliviana: "BO",
  chileno: "CL",
  chilena: "CL",
  argentino: "AR",
  argentina: "AR",
  brasileno: "BR",
  brasilena: "BR",
  brasileiro: "BR",
  brasileira: "BR",
  brazilian: "BR",
  nicaraguense: "NI",
  hondureno: "HN",
  hondurena: "HN",
  salvadoreno: "SV",
  salvadorena: "SV",
  guatemalteco: "GT",
  guatemalteca: "GT",
  mexicano: "MX",
  mexicana: "MX",
  paraguayo: "PY",
  paraguaya: "PY",
  paraguaio: "PY",
  paraguaia: "PY",
  uruguayo: "UY",
  uruguaya: "UY",
  uruguaio: "UY",
  uruguaia: "UY",
  dominicano: "DO",
  dominicana: "DO",
};

let names: Map<string, string> | null = null;

function nameIndex(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(DEMONYMS));
  for (const country of listCountries()) {
    for (const name of [country.name.es, country.name.pt, country.name.en])
      names.set(normalizeLabel(name), country.alpha2);
  }
  return names;
}

/** "Venezuela", "venezolana", "VEN", "VE", "Venezuela (República Bolivariana de)" -> "VE". */
export function parseCountry(value: string | null | undefined): string | undefined {
  const text = normalizeLabel(value);
  if (text === "") return undefined;
  // Codes are written in capitals; "no" or "si" in a cell are answers, not Norway or Slovenia.
  if (/^[A-Z]{2,3}$/.test(cleanText(value))) {
    const code = getCountry(text.toUpperCase());
    if (code) return code.alpha2;
  }
  const index = nameIndex();
  const exact = index.get(text) ?? index.get(text.replace(/\s*\(.*\)$/, ""));
  if (exact) return exact;
  // Registry order, "Congo, República Democrática del": read it the natural way round first, since
  // the part before the comma alone may name another country.
  const [, beforeComma, afterComma] = /^([^,]+),\s*(.+)$/.exec(text) ?? [];
  if (beforeComma !== undefined && afterComma !== undefined)
    return (
      index.get(`${afterComma} ${beforeComma}`) ??
      index.get(`${beforeComma} (${afterComma})`) ??
      index.get(beforeComma.trim())
    );
  // The name before any remark in parentheses.
  return index.get(text.replace(/\(.*$/s, "").trim());
}
