import { cleanText, listText, normalizeLabel, textOf } from "./text.js";

/**
 * Finding values by what people see (a column header, a label) rather than by position: portals
 * reorder columns and add fields, and a selector tied to an index silently reads the wrong value.
 */

/** The cells of a row (td and th children). */
function isCell(element: Element): element is HTMLTableCellElement {
  return element.tagName === "TD" || element.tagName === "TH";
}

function cellsOf(row: Element): HTMLTableCellElement[] {
  return [...row.children].filter(isCell);
}

/** Every row of a table, header included, in document order (not rows of nested tables). */
function allRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.tagName === "TR") rows.push(child);
    else if (["THEAD", "TBODY", "TFOOT"].includes(child.tagName))
      rows.push(...[...child.children].filter((row) => row.tagName === "TR"));
  }
  return rows;
}

/**
 * The header rows: every row of the thead, else the rows with th cells at the top of the table
 * ("Fechas" over "Nac." and "Solicitud" is two rows). Empty when data comes first.
 */
function headerRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.tagName === "THEAD")
      return [...child.children].filter((row) => row.tagName === "TR" && cellsOf(row).length > 0);
    const candidates = child.tagName === "TR" ? [child] : child.tagName === "TBODY" ? [...child.children] : [];
    for (const row of candidates) {
      if (row.tagName !== "TR" || cellsOf(row).length === 0) continue;
      if (cellsOf(row).some((cell) => cell.tagName === "TH")) rows.push(row);
      else return rows; // the first data row ends the header
    }
  }
  return rows;
}

/**
 * Which cell covers each column of each row, with colspan and rowspan as a browser lays them out:
 * a cell spanning two rows also answers for the column in the second.
 */
function grid(rows: readonly Element[]): Map<Element, HTMLTableCellElement[]> {
  const layout = new Map<Element, HTMLTableCellElement[]>();
  // Cells reaching down from rows above: column -> the cell and how many more rows it covers.
  let above: ({ cell: HTMLTableCellElement; rows: number } | undefined)[] = [];
  let section: Element | null = null;
  for (const row of rows) {
    // Rowspans do not cross thead/tbody/tfoot.
    if (row.parentElement !== section) {
      section = row.parentElement;
      above = [];
    }
    const columns: HTMLTableCellElement[] = [];
    const starting: typeof above = [];
    let column = 0;
    for (const cell of cellsOf(row)) {
      for (let reaching = above[column]; reaching; reaching = above[column]) {
        columns[column] = reaching.cell;
        column += 1;
      }
      const span = Math.max(1, cell.colSpan || 1);
      // rowspan="0" reaches the end of the section.
      const down = cell.rowSpan === 0 ? Number.MAX_SAFE_INTEGER : Math.max(1, cell.rowSpan || 1);
      for (let offset = 0; offset < span; offset += 1) {
        columns[column + offset] = cell;
        if (down > 1) starting[column + offset] = { cell, rows: down - 1 };
      }
      column += span;
    }
    above.forEach((entry, index) => {
      if (entry && columns[index] === undefined) columns[index] = entry.cell;
    });
    layout.set(row, columns);
    const next: typeof above = above.map((entry) =>
      entry && entry.rows > 1 ? { cell: entry.cell, rows: entry.rows - 1 } : undefined,
    );
    starting.forEach((entry, index) => (next[index] = entry));
    above = next;
  }
  return layout;
}

interface HeaderIndex {
  readonly rows: readonly Element[];
  readonly text: string;
  /** Normalised header label -> column (colspan- and rowspan-aware), deepest header row first. */
  readonly columns: readonly { label: string; raw: string; column: number }[];
  /** Answers already given: plugins ask for the same few headers on every row. */
  readonly answers: Map<string, number>;
  /** How many columns the header spans. */
  readonly width: number;
}

// One header per table, read once: a list of 10,000 rows asks for the same columns 10,000 times.
const headerCache = new WeakMap<Element, HeaderIndex>();

// A table cannot change while a plugin reads a row (no other script runs meanwhile), so what is
// cached about it is checked against the page once per turn of the event loop, not on every cell.
let thisTurn = {
  checked: new WeakSet<HeaderIndex>(),
  bodies: new WeakMap<Element, Map<Element, HTMLTableCellElement[]> | null>(),
};
let forgetScheduled = false;

function rememberThisTurn(): void {
  if (forgetScheduled) return;
  forgetScheduled = true;
  queueMicrotask(() => {
    thisTurn = { checked: new WeakSet(), bodies: new WeakMap() };
    forgetScheduled = false;
  });
}

const textOfRows = (rows: readonly Element[]) => rows.map((row) => row.textContent ?? "").join("\u0001");

function stillValid(index: HeaderIndex, table: Element): boolean {
  if (thisTurn.checked.has(index)) return true;
  if (
    index.rows.some((row) => !row.parentNode || row.closest("table") !== table) ||
    textOfRows(index.rows) !== index.text
  )
    return false;
  thisTurn.checked.add(index);
  rememberThisTurn();
  return true;
}

function headerIndex(table: Element): HeaderIndex | undefined {
  const cached = headerCache.get(table);
  if (cached && stillValid(cached, table)) return cached;
  const rows = headerRows(table);
  if (rows.length === 0) return undefined;
  const layout = grid(rows);
  const columns: { label: string; raw: string; column: number }[] = [];
  // The layout has every row, in order.
  for (const [row, cells] of [...layout].reverse()) {
    for (const cell of cellsOf(row)) {
      const column = cells.indexOf(cell);
      columns.push({ label: normalizeLabel(cell.textContent), raw: cleanText(cell.textContent), column });
    }
  }
  const width = Math.max(...[...layout.values()].map((cells) => cells.length));
  const index = { rows, text: textOfRows(rows), columns, answers: new Map<string, number>(), width };
  headerCache.set(table, index);
  return index;
}

/** The body's layout when some cell spans rows (null when none does: the common, fast case). */
function bodyLayout(table: Element): Map<Element, HTMLTableCellElement[]> | null {
  const known = thisTurn.bodies.get(table);
  if (known !== undefined) return known;
  const spanning = [...table.querySelectorAll("td[rowspan], th[rowspan]")].some(
    (cell) => (cell as HTMLTableCellElement).rowSpan !== 1 && cell.closest("table") === table,
  );
  const layout = spanning ? grid(allRows(table)) : null;
  thisTurn.bodies.set(table, layout);
  rememberThisTurn();
  return layout;
}

/** Column index of the header whose text matches `header` (colspan-aware), or -1. */
export function columnIndex(table: Element, header: string | RegExp): number {
  const index = headerIndex(table);
  if (!index) return -1;
  // Keyed by text: a regular expression literal in a plugin is a new object on every call.
  const key = typeof header === "string" ? `=${header}` : `/${header.source}/${header.flags}`;
  const known = index.answers.get(key);
  if (known !== undefined) return known;
  const wanted = typeof header === "string" ? normalizeLabel(header) : null;
  const found = index.columns.find((entry) =>
    wanted !== null ? entry.label === wanted : (header as RegExp).test(entry.raw),
  );
  const column = found ? found.column : -1;
  index.answers.set(key, column);
  return column;
}

/** The cell of `row` under the column headed `header`; undefined when the table has no such column. */
export function cellByHeader(row: Element, header: string | RegExp): HTMLTableCellElement | undefined {
  const table = row.closest("table");
  if (!table) return undefined;
  const index = columnIndex(table, header);
  if (index < 0) return undefined;
  // A row whose own cells fill the header's width has no cell reaching into it from above: read it
  // directly. Otherwise lay out the table (rowspans), once per turn.
  let width = 0;
  for (const cell of row.children) if (isCell(cell)) width += cell.colSpan || 1;
  if (width < (headerCache.get(table)?.width ?? 0)) {
    const layout = bodyLayout(table);
    if (layout) return layout.get(row)?.[index];
  }
  let column = 0;
  for (const cell of row.children) {
    if (!isCell(cell)) continue;
    if (column === index) return cell;
    column += cell.colSpan || 1;
    if (column > index) return undefined;
  }
  return undefined;
}

/** Text of the cell under `header`, or undefined. */
export function cellText(row: Element, header: string | RegExp): string | undefined {
  const cell = cellByHeader(row, header);
  return cell ? textOf(cell) : undefined;
}

/**
 * The element holding the value labelled `label` within `root`: the <dd> of a <dt>, the cell after a
 * th[scope=row], or the element after a `.label`, `.etiqueta` or `.rotulo`. Null when no label reads so.
 */
export function definitionElement(root: ParentNode, label: string): Element | null {
  const wanted = normalizeLabel(label);
  for (const term of root.querySelectorAll("dt, th[scope=row], .label, .etiqueta, .rotulo")) {
    if (normalizeLabel(term.textContent) !== wanted) continue;
    return term.tagName === "TH" ? term.nextElementSibling : nextValueElement(term);
  }
  return null;
}

/**
 * The text of the value labelled `label` (see definitionElement), or undefined. A value shown as a
 * list keeps one line per item ("Titular, 34 anos\nFilha, 7 anos"); presentText and cleanText join
 * the lines with spaces.
 */
export function definitionValue(root: ParentNode, label: string): string | undefined {
  const value = definitionElement(root, label);
  return value ? listText(value) : undefined;
}

function nextValueElement(term: Element): Element | null {
  let next = term.nextElementSibling;
  while (next && (next.tagName === "DT" || next.tagName === "BR")) next = next.nextElementSibling;
  return next;
}

const CONTROLS = "input, select, textarea, output";

/**
 * The value of the form field labelled `label`: <label for>, a wrapping <label>, or aria-label.
 * Reads inputs, selects (the selected option's text), textareas and read-only spans. A required-field
 * marker ("*") or a hint in the label is neither the label nor the value.
 */
export function fieldValue(root: ParentNode, label: string): string | undefined {
  const wanted = normalizeLabel(label);
  for (const element of root.querySelectorAll("label")) {
    const forId = element.getAttribute("for");
    const control = forId
      ? element.ownerDocument.getElementById(forId)
      : (element.querySelector(CONTROLS) ?? readOnlyValue(element));
    if (!labelReads(element, wanted, forId ? null : control)) continue;
    if (control) return controlValue(control);
  }
  const labelled = [...root.querySelectorAll("[aria-label]")].find(
    (element) => normalizeLabel(element.getAttribute("aria-label")) === wanted,
  );
  return labelled ? controlValue(labelled) : undefined;
}

/** In a label with no form control, the span or strong that holds the value (the last one with words). */
function readOnlyValue(label: Element): Element | null {
  const candidates = [...label.querySelectorAll("span, strong")].filter(
    (element) => normalizeLabel(element.textContent) !== "",
  );
  if (candidates.length > 1) return candidates.at(-1) ?? null;
  const directText = [...label.childNodes].some(
    (node) => node.nodeType === 3 && normalizeLabel(node.textContent) !== "",
  );
  return candidates.length === 1 && directText ? (candidates[0] ?? null) : null;
}

/**
 * Whether a label reads `wanted`: its own words, either with the text of its other elements
 * ("<strong>Fecha:</strong>") or without them ("Fecha <span>(dd/mm/aaaa)</span>").
 */
function labelReads(label: Element, wanted: string, value: Element | null): boolean {
  let direct = "";
  let full = "";
  for (const node of label.childNodes) {
    if (node.nodeType === 3) {
      direct += node.textContent;
      full += node.textContent;
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (element.matches(CONTROLS) || (value !== null && element.contains(value))) continue;
      full += element.textContent;
    }
  }
  return normalizeLabel(direct) === wanted || normalizeLabel(full) === wanted;
}

function controlValue(control: Element): string | undefined {
  if (control.tagName === "SELECT") {
    const select = control as HTMLSelectElement;
    return cleanText(select.selectedOptions[0]?.textContent ?? select.value);
  }
  if (control.tagName === "INPUT") {
    const input = control as HTMLInputElement;
    if (input.type === "checkbox" || input.type === "radio") return input.checked ? "sí" : "no";
    return cleanText(input.value || input.getAttribute("value"));
  }
  if (control.tagName === "TEXTAREA") return cleanText((control as HTMLTextAreaElement).value || control.textContent);
  return textOf(control);
}

/** Rows of a table body (not the header), as elements. */
export function bodyRows(table: Element | null): HTMLTableRowElement[] {
  if (!table) return [];
  // Walks children rather than tBodies/rows: the same in browsers and in DOM implementations for tests.
  return allRows(table).filter(
    (row) => row.parentElement?.tagName !== "THEAD" && cellsOf(row).some((cell) => cell.tagName === "TD"),
  ) as HTMLTableRowElement[];
}
