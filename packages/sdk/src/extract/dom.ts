import { cleanText, normalizeLabel, textOf } from "./text.js";

/**
 * Finding values by what people see (a column header, a label) rather than by position: portals
 * reorder columns and add fields, and a selector tied to an index silently reads the wrong value.
 */

/** The cells of a row (td and th children). */
function cellsOf(row: Element): HTMLTableCellElement[] {
  return [...row.children].filter((cell) => cell.tagName === "TD" || cell.tagName === "TH") as HTMLTableCellElement[];
}

/** Every row of a table, header included, in document order (not rows of nested tables). */
function allRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.tagName === "TR") rows.push(child);
    else if (["THEAD", "TBODY", "TFOOT"].includes(child.tagName)) rows.push(...[...child.children].filter((row) => row.tagName === "TR"));
  }
  return rows;
}

/** The header cells of the table a row belongs to: the thead row, else the first row with th cells. */
function headerCells(table: Element): Element[] {
  const headRow = allRows(table).find((row) => row.parentElement?.tagName === "THEAD" || row.querySelector(":scope > th") !== null);
  return headRow ? cellsOf(headRow) : [];
}

/** Column index of the header whose text matches `header` (colspan-aware), or -1. */
export function columnIndex(table: Element, header: string | RegExp): number {
  let column = 0;
  for (const cell of headerCells(table)) {
    const text = normalizeLabel(cell.textContent);
    const matches = typeof header === "string" ? text === normalizeLabel(header) : header.test(cleanText(cell.textContent));
    if (matches) return column;
    column += Number((cell as HTMLTableCellElement).colSpan || 1);
  }
  return -1;
}

/** The cell of `row` under the column headed `header`; undefined when the table has no such column. */
export function cellByHeader(row: Element, header: string | RegExp): HTMLTableCellElement | undefined {
  const table = row.closest("table");
  if (!table) return undefined;
  const index = columnIndex(table, header);
  if (index < 0) return undefined;
  let column = 0;
  for (const cell of cellsOf(row)) {
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

/** The <dd> (or the element after a label-like element) whose <dt> reads `label`, within `root`. */
export function definitionValue(root: ParentNode, label: string): string | undefined {
  const wanted = normalizeLabel(label);
  for (const term of root.querySelectorAll("dt, th[scope=row], .label, .etiqueta, .rotulo")) {
    if (normalizeLabel(term.textContent) !== wanted) continue;
    const value = term.tagName === "TH" ? term.nextElementSibling : nextValueElement(term);
    return value ? textOf(value) : undefined;
  }
  return undefined;
}

function nextValueElement(term: Element): Element | null {
  let next = term.nextElementSibling;
  while (next && (next.tagName === "DT" || next.tagName === "BR")) next = next.nextElementSibling;
  return next;
}

/**
 * The value of the form field labelled `label`: <label for>, a wrapping <label>, or aria-label.
 * Reads inputs, selects (the selected option's text), textareas and read-only spans.
 */
export function fieldValue(root: ParentNode, label: string): string | undefined {
  const wanted = normalizeLabel(label);
  for (const element of root.querySelectorAll("label")) {
    if (normalizeLabel(ownLabelText(element)) !== wanted) continue;
    const forId = element.getAttribute("for");
    const document = element.ownerDocument;
    const control = forId ? document.getElementById(forId) : element.querySelector("input, select, textarea, output, span, strong");
    if (control) return controlValue(control);
  }
  const labelled = [...root.querySelectorAll("[aria-label]")].find((element) => normalizeLabel(element.getAttribute("aria-label")) === wanted);
  return labelled ? controlValue(labelled) : undefined;
}

/** A label's own words, without the text of a control nested in it. */
function ownLabelText(label: Element): string {
  let text = "";
  for (const node of label.childNodes) {
    if (node.nodeType === 3) text += node.textContent;
    else if (node.nodeType === 1 && !(node as Element).matches("input, select, textarea, output, span, strong")) text += node.textContent;
  }
  return text;
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
  return allRows(table).filter((row) => row.parentElement?.tagName !== "THEAD" && cellsOf(row).some((cell) => cell.tagName === "TD")) as HTMLTableRowElement[];
}
