import { element } from "../ui/dom.js";
import { placePanel, type Box } from "./placement.js";

/** What the panel explains: a case's badge, the row it belongs to, and the words to show. */
export interface PanelSubject {
  /** The badge that opened the panel: focus returns to it, and clicks on it toggle the panel. */
  readonly badge: HTMLElement;
  /** Where the case's row is now, in viewport coordinates (the panel opens beside it, not over it). */
  row(): Box;
  readonly title: string;
  readonly closeLabel: string;
  /** Identifies the content: an unchanged key keeps the panel's DOM, and so the reader's focus. */
  readonly contentKey: string;
  content(): DocumentFragment;
}

export interface CasePanel {
  /** The subject shown, or null when closed. */
  readonly subject: PanelSubject | null;
  open(subject: PanelSubject, options: { readonly focus: boolean }): void;
  /** Shows a new version of the open subject (a redraw, a re-rendered row): focus stays where it was. */
  update(subject: PanelSubject): void;
  close(options: { readonly restoreFocus: boolean }): void;
  /** Follows the row after a scroll or a change of layout. */
  reposition(): void;
  /** Whether a node belongs to the panel (focus moving there is not focus leaving). */
  contains(node: Node | null): boolean;
}

const PANEL_ID = "solidaria-panel";

/**
 * One panel for the whole page, in the layer's shadow root, shown in the top layer (a manual popover)
 * so no portal element covers or clips it. Closes on Escape (from the panel or its badge), on a click
 * outside, and when focus moves elsewhere; the badge reflects it with aria-expanded.
 */
export function createCasePanel(document: Document, shadow: ShadowRoot): CasePanel {
  const view = document.defaultView ?? globalThis;
  const panel = element(document, "div", "panel");
  panel.id = PANEL_ID;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-labelledby", `${PANEL_ID}-title`);
  const usePopover = typeof panel.showPopover === "function";
  if (usePopover) panel.popover = "manual";
  panel.hidden = !usePopover;
  const head = element(document, "div", "panel-head");
  const title = element(document, "h2");
  title.id = `${PANEL_ID}-title`;
  title.tabIndex = -1;
  const close = element(document, "button", "close");
  close.type = "button";
  head.append(title, close);
  const body = element(document, "div", "panel-body");
  panel.append(head, body);
  shadow.append(panel);

  let subject: PanelSubject | null = null;
  let shownKey: string | null = null;
  let frame: number | null = null;

  function fill(next: PanelSubject): void {
    title.textContent = next.title;
    close.textContent = next.closeLabel;
    if (shownKey !== next.contentKey) {
      const hadFocus = panel.contains(shadow.activeElement);
      body.replaceChildren(next.content());
      shownKey = next.contentKey;
      // The element that had focus is gone with the old content: the title takes it.
      if (hadFocus && !panel.contains(shadow.activeElement)) title.focus();
    }
  }

  function reposition(): void {
    if (subject === null) return;
    const root = document.documentElement;
    panel.style.maxHeight = "none";
    const spot = placePanel(
      subject.row(),
      subject.badge.getBoundingClientRect(),
      { width: root.clientWidth, height: root.clientHeight },
      panel.scrollHeight + 2,
    );
    panel.style.left = `${spot.left}px`;
    panel.style.top = `${spot.top}px`;
    panel.style.width = `${spot.width}px`;
    panel.style.maxHeight = `${spot.maxHeight}px`;
  }

  function show(): void {
    if (usePopover) {
      if (!panel.matches(":popover-open")) panel.showPopover();
    } else panel.hidden = false;
  }

  function hide(): void {
    if (usePopover) {
      if (panel.matches(":popover-open")) panel.hidePopover();
    } else panel.hidden = true;
  }

  const api: CasePanel = {
    get subject() {
      return subject;
    },
    open(next, { focus }) {
      if (subject !== null && subject.badge !== next.badge) subject.badge.setAttribute("aria-expanded", "false");
      subject = next;
      fill(next);
      next.badge.setAttribute("aria-expanded", "true");
      next.badge.setAttribute("aria-controls", PANEL_ID);
      show();
      // Width first: the height the content needs depends on it.
      reposition();
      reposition();
      body.scrollTop = 0;
      panel.scrollTop = 0;
      if (focus) ((body.querySelector("h3") as HTMLElement | null) ?? title).focus();
      document.addEventListener("pointerdown", onPointerDown, true);
      document.addEventListener("keydown", onDocumentKey, true);
      view.addEventListener("scroll", onScroll, { capture: true, passive: true });
      view.addEventListener("resize", onScroll, { passive: true });
    },
    update(next) {
      if (subject === null) return;
      if (subject.badge !== next.badge) {
        next.badge.setAttribute("aria-expanded", "true");
        next.badge.setAttribute("aria-controls", PANEL_ID);
      }
      subject = next;
      fill(next);
      reposition();
    },
    close({ restoreFocus }) {
      if (subject === null) return;
      const { badge } = subject;
      const focusWasHere = panel.contains(shadow.activeElement) || shadow.activeElement === badge;
      subject = null;
      badge.setAttribute("aria-expanded", "false");
      hide();
      document.removeEventListener("pointerdown", onPointerDown, true);
      document.removeEventListener("keydown", onDocumentKey, true);
      view.removeEventListener("scroll", onScroll, true);
      view.removeEventListener("resize", onScroll);
      if (frame !== null) view.cancelAnimationFrame(frame);
      frame = null;
      if (restoreFocus && focusWasHere && badge.isConnected) badge.focus();
    },
    reposition,
    contains: (node) => node !== null && panel.contains(node),
  };

  close.addEventListener("click", () => api.close({ restoreFocus: true }));

  // A click anywhere else closes the panel; a click on its own badge is the badge's (it toggles).
  function onPointerDown(event: PointerEvent): void {
    if (subject === null) return;
    const path = event.composedPath();
    if (!path.includes(panel) && !path.includes(subject.badge)) api.close({ restoreFocus: false });
  }

  // Escape with focus in the portal closes the panel and leaves focus where it is; from the panel or
  // its badge it is handled below, returning focus to the badge.
  function onDocumentKey(event: KeyboardEvent): void {
    if (event.key === "Escape" && subject !== null && !event.composedPath().includes(panel))
      if (!event.composedPath().includes(subject.badge)) api.close({ restoreFocus: false });
  }

  shadow.addEventListener("keydown", (event) => {
    const key = event as KeyboardEvent;
    if (key.key !== "Escape" || subject === null) return;
    const path = key.composedPath();
    if (!path.includes(panel) && !path.includes(subject.badge)) return;
    key.preventDefault();
    // Escape here is the panel's: the portal must not also act on it (closing its own dialog, say).
    key.stopPropagation();
    api.close({ restoreFocus: true });
  });

  // Focus leaving for anything but the panel or its badge closes it. `relatedTarget` is null when focus
  // goes nowhere (a click on plain text): that is not leaving, and a click outside is handled above.
  shadow.addEventListener("focusout", (event) => {
    const next = (event as FocusEvent).relatedTarget as Node | null;
    if (subject === null || next === null) return;
    if (panel.contains(next) || next === subject.badge) return;
    api.close({ restoreFocus: false });
  });

  function onScroll(event: Event): void {
    if (event.target === panel || (event.target instanceof Node && panel.contains(event.target))) return;
    if (frame !== null) return;
    frame = view.requestAnimationFrame(() => {
      frame = null;
      reposition();
    });
  }

  return api;
}
