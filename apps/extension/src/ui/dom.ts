/**
 * Small DOM builders for every page of the extension. Text is always set as a text node, never parsed
 * as HTML: portal text, adapter names and server data are shown as written.
 */

/** An element of `document` with its class and text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A new element at the end of `parent`. */
export function add<K extends keyof HTMLElementTagNameMap>(
  parent: Element,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = element(parent.ownerDocument, tag, className, text);
  parent.append(node);
  return node;
}

/** An element the extension page's own markup must have (`what` names the page in the error). */
export function pageElement(document: Document, selector: string, what: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`the ${what} has no ${selector} element`);
  return found;
}
