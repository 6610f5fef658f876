/** Text as portals write it: collapse white space, trim. */
export function cleanText(value: string | null | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

/**
 * A label compared the way people read it: case, accents, punctuation around it and repeated spaces
 * do not matter ("Fecha de Nacimiento:" = "fecha de nacimiento").
 */
export function normalizeLabel(value: string | null | undefined): string {
  return (
    cleanText(value)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      // "Nº" (ordinal sign) and "N°" (degree sign) are the same abbreviation to a reader.
      .replace(/º/g, "°")
      .replace(/^[\s:*#.\-–]+|[\s:*#.\-–]+$/g, "")
  );
}

/** The visible text of an element, normalised; empty string when the element is missing. */
export function textOf(element: Element | null | undefined): string {
  return cleanText(element?.textContent);
}

/** An optional value: empty or placeholder text ("—", "-", "N/A", "s/d") counts as absent. */
export function presentText(value: string | null | undefined): string | undefined {
  const text = cleanText(value);
  if (text === "" || /^(-|—|–|n\/?a|s\/?d|sin dato|sem dados|ninguno|nenhum)$/i.test(text)) return undefined;
  return text;
}

/**
 * A whole number as a portal writes it: "35", "35 años", "1.250" or "1 250" (thousands). Anything
 * else ("desconocida", "1,5", an empty cell) is undefined, never 0.
 */
export function parseInteger(value: string | null | undefined): number | undefined {
  const digits = /^(-?\d{1,3}(?:[.\s\u00a0]\d{3})+|-?\d+)(?:\s*\p{L}+\.?)?$/u.exec(cleanText(value))?.[1];
  return digits === undefined ? undefined : Number(digits.replace(/[.\s\u00a0]/g, ""));
}
