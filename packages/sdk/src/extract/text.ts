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

// Elements a reader sees as separate lines: their text is never run together with their neighbours'.
const LINES = new Set(["BR", "LI", "P", "DIV", "TR", "DT", "DD", "UL", "OL", "TABLE", "SECTION", "ARTICLE"]);

/**
 * The visible text of an element with one line per list item, paragraph or `<br>`-separated line
 * ("Titular, 34 anos\nFilha, 7 anos"). `textContent` runs them together ("Titular, 34 anosFilha, 7
 * anos"), which no later split can undo. Each line is cleaned; empty lines are dropped.
 */
export function listText(element: Element | null | undefined): string {
  if (!element) return "";
  // The common case, a value with no markup inside: no walk.
  if (element.childElementCount === 0) return cleanText(element.textContent);
  let text = "";
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      // Line breaks in the page's source are spaces to a reader: only elements make lines.
      if (child.nodeType === 3) text += (child.textContent ?? "").replace(/\s+/g, " ");
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === "SCRIPT" || tag === "STYLE" || tag === "TEMPLATE") continue;
        const line = LINES.has(tag);
        if (line) text += "\n";
        walk(child);
        if (line) text += "\n";
      }
    }
  };
  walk(element);
  return text
    .split("\n")
    .map((line) => cleanText(line))
    .filter((line) => line !== "")
    .join("\n");
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
