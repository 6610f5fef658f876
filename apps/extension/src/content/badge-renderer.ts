import { todayLocal, type Annotation, type Locale } from "@solidaria/domain";
import type { RecordResult, Renderer } from "@solidaria/sdk";
import type { CaseSummary } from "../messaging/page-summary.js";
import { Wording } from "../ui/wording.js";
import { badgeLabel } from "./badge-label.js";
import { LAYER_CSS } from "./badge-styles.js";
import { createCasePanel, type PanelSubject } from "./case-panel.js";
import { element } from "../ui/dom.js";
import { panelContent } from "./panel-content.js";
import { measureGaps, placeBadges, type Box } from "./placement.js";

/** The one element the extension adds to a portal's DOM: a layer with every badge and the panel. */
export const LAYER_TAG = "solidaria-layer";

/**
 * Draws the badges in a layer above the portal (one shadow root: the portal's CSS cannot reach it,
 * ours cannot reach the portal), positioned beside their rows instead of inserted into them. A
 * portal's table is then never laid out again because of a badge, which on a list of thousands of
 * rows is what made pages freeze. Only rows in or near the viewport have a badge element: the others
 * get theirs as they scroll into view. Portal text and annotation text are set as text, never parsed.
 */
export interface BadgeRenderer {
  /** What one plugin's runtime draws through: its badges are its own. */
  forPlugin(pluginId: string): Required<Renderer>;
  /**
   * A plugin failed as a whole (not one record): a note in the corner of the page says which,
   * instead of badges silently missing.
   */
  reportFailure(pluginName: string, error: unknown): void;
  /** Names of the plugins that failed on this page. */
  failures(): string[];
  /** Resolves once the badges of the rows in view are drawn (at once when the page is not shown). */
  whenDrawn(): Promise<void>;
  setLocale(locale: Locale): void;
  /**
   * The day deadlines and ages are counted to. `pinned` (a developer's testing setting) also puts a note
   * in the page's corner saying so: nobody should act on deadlines counted to another day unawares.
   */
  setToday(today: string, pinned: boolean): void;
  setCriticalOnly(criticalOnly: boolean): void;
  readonly criticalOnly: boolean;
  summary(): CaseSummary[];
  /** Scrolls to the case whose summary has this id and focuses its badge. */
  jumpTo(id: number): boolean;
  clear(): void;
}

interface Entry {
  /** Stable while the case is on the page (also across a re-render of its row): the popup jumps by it. */
  readonly id: number;
  readonly plugin: string;
  record: Element;
  anchor: Element;
  result: RecordResult;
  /** The badge element while the row is in or near view (or the badge has focus or its panel is open). */
  badge: HTMLElement | null;
  /** What the badge shows; redrawn only when this changes. */
  drawn: string;
  /** Whether the row is in or near the viewport; null until the browser has said. */
  inView: boolean | null;
}

/** Values by plugin, then by record: two plugins reading the same rows each keep their own badge. */
class ByPluginAndRecord<V> {
  private readonly maps = new Map<string, Map<Element, V>>();
  size = 0;
  get(plugin: string, record: Element): V | undefined {
    return this.maps.get(plugin)?.get(record);
  }
  set(plugin: string, record: Element, value: V): void {
    let byRecord = this.maps.get(plugin);
    if (!byRecord) this.maps.set(plugin, (byRecord = new Map<Element, V>()));
    if (!byRecord.has(record)) this.size += 1;
    byRecord.set(record, value);
  }
  delete(plugin: string, record: Element): void {
    if (this.maps.get(plugin)?.delete(record)) this.size -= 1;
  }
  *values(): Generator<V> {
    for (const byRecord of this.maps.values()) yield* byRecord.values();
  }
  clear(): void {
    this.maps.clear();
    this.size = 0;
  }
}

/** How long a case whose row vanished keeps its open panel or focused badge, waiting for the row to return. */
const REATTACH_MS = 3_000;
/** Rows this far outside the viewport get their badges ahead of scrolling. */
const DRAW_MARGIN = "50% 0px";
/** Rows whose place is looked up directly in one frame (the browser reports the others a frame later). */
const VISIBILITY_LOOKUPS_PER_FRAME = 200;
/** A frame is drawn by this time even where the browser does not animate (a page in the background). */
const FRAME_FALLBACK_MS = 200;

export function createBadgeRenderer(document: Document, initialLocale: Locale): BadgeRenderer {
  const view = document.defaultView ?? (globalThis as unknown as Window & typeof globalThis);
  let words = new Wording(initialLocale, todayLocal());
  let criticalOnly = false;
  let nextId = 1;
  const entries = new ByPluginAndRecord<Entry>();
  const byAnchor = new Map<Element, Set<Entry>>();
  /** Cases whose row vanished while their panel was open or their badge focused, by plugin and reference. */
  const detached = new Map<string, { entry: Entry; timer: number }>();
  /** Entries to draw, move or remove at the next frame. */
  const dirty = new Set<Entry>();
  /** Entries with a badge element. */
  const drawn = new Set<Entry>();
  let unknownVisibility = 0;
  const failed = new Map<string, string>();
  /** The day pinned for testing, when one is. */
  let pinnedDay: string | null = null;
  let drawnWaiters: (() => void)[] = [];
  const range = document.createRange();

  const host = document.createElement(LAYER_TAG);
  // Inline and !important: a portal's own rules (`* { position: relative }`) must not move the layer.
  host.style.cssText =
    "position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;" +
    "margin:0!important;padding:0!important;border:0!important;display:block!important;z-index:1!important;" +
    "transform:none!important;overflow:visible!important;" +
    // Contained, so that drawing a badge lays out the layer alone, never the portal's page around it.
    "contain:size layout style!important";
  const shadow = host.attachShadow({ mode: "open" });
  const Sheet = view.CSSStyleSheet as typeof CSSStyleSheet | undefined;
  if (Sheet && "replaceSync" in Sheet.prototype) {
    const sheet = new Sheet();
    sheet.replaceSync(LAYER_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } else shadow.append(element(document, "style", undefined, LAYER_CSS));
  const badges = element(document, "div", "badges");
  shadow.append(badges);
  const panel = createCasePanel(document, shadow);
  let status: HTMLElement | null = null;

  let watchingPage = false;
  function ensureAttached(): void {
    if (!host.isConnected) document.documentElement.append(host);
    if (!watchingPage && document.body) {
      // The page's height changes when content above the rows does: every drawn badge follows.
      resizes?.observe(document.body);
      // Any change of the portal may move rows (a column grows, a banner appears): placed badges follow.
      mutations?.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      watchingPage = true;
    }
    countCases();
  }

  /**
   * How many cases were read, and how many wait for their re-rendered row: figures for the page's own
   * tools (and tests), no case data.
   */
  function countCases(): void {
    host.dataset.cases = String(entries.size);
    host.dataset.detached = String(detached.size);
  }

  // Rows in and near the viewport, as the browser reports them (no layout work of ours to find out).
  const visibility =
    typeof view.IntersectionObserver === "function"
      ? new view.IntersectionObserver(
          (changes) => {
            for (const change of changes)
              for (const entry of byAnchor.get(change.target) ?? []) {
                if (entry.inView === null) unknownVisibility -= 1;
                entry.inView = change.isIntersecting;
                dirty.add(entry);
              }
            scheduleFrame();
          },
          { rootMargin: DRAW_MARGIN },
        )
      : null;

  function watch(entry: Entry): void {
    let sharing = byAnchor.get(entry.anchor);
    if (!sharing) {
      byAnchor.set(entry.anchor, (sharing = new Set()));
      visibility?.observe(entry.anchor);
    }
    if (visibility === null) entry.inView = true;
    else if (entry.inView === null) {
      // An anchor already watched reports no change for a newcomer: it shares what is known.
      const known = [...sharing].find((other) => other.inView !== null);
      if (known) entry.inView = known.inView;
      else unknownVisibility += 1;
    }
    sharing.add(entry);
  }

  function unwatch(entry: Entry): void {
    const sharing = byAnchor.get(entry.anchor);
    if (entry.inView === null && visibility !== null) unknownVisibility -= 1;
    entry.inView = null;
    if (!sharing) return;
    sharing.delete(entry);
    if (sharing.size > 0) return;
    byAnchor.delete(entry.anchor);
    visibility?.unobserve(entry.anchor);
  }

  // Drawing happens once per frame, for the entries that changed: reads of the rows' positions first,
  // then writes to the layer only, so the portal's layout is never invalidated by us.
  let frame: number | null = null;
  let fallback: number | null = null;
  function scheduleFrame(): void {
    if (frame !== null) return;
    frame = view.requestAnimationFrame(drawFrame);
    fallback = view.setTimeout(drawFrame, FRAME_FALLBACK_MS);
  }

  function drawFrame(): void {
    if (frame !== null) view.cancelAnimationFrame(frame);
    if (fallback !== null) view.clearTimeout(fallback);
    frame = null;
    fallback = null;
    ensureAttached();
    settleVisibility();
    const toPlace = new Set<Element>();
    for (const entry of dirty) {
      if (shouldShow(entry)) {
        drawBadge(entry);
        if (entry.badge) toPlace.add(entry.anchor);
      } else dropBadge(entry);
    }
    dirty.clear();
    placeAll(toPlace);
    if (panel.subject !== null) panel.reposition();
    resolveWaiters();
  }

  /**
   * The browser reports where new rows are one frame after they are watched: the rows in view are
   * looked up now instead (a bounded number per frame; the layout is fresh at this point), so their
   * badges appear in this frame.
   */
  function settleVisibility(): void {
    let budget = VISIBILITY_LOOKUPS_PER_FRAME;
    const height = view.innerHeight;
    for (const entry of dirty) {
      if (entry.inView !== null || !entry.anchor.isConnected) continue;
      if (budget-- === 0) return;
      const box = entry.anchor.getBoundingClientRect();
      entry.inView = box.bottom >= -height / 2 && box.top <= height * 1.5;
      unknownVisibility -= 1;
    }
  }

  function shownAnnotations(result: RecordResult): Annotation[] {
    return criticalOnly ? result.annotations.filter((a) => a.severity === "critical") : result.annotations;
  }

  function keepsBadge(entry: Entry): boolean {
    return entry.badge !== null && (panel.subject?.badge === entry.badge || shadow.activeElement === entry.badge);
  }

  /** Whether the case has a badge at all: with "critical only", cases with no critical annotation have none. */
  function hasBadge(entry: Entry): boolean {
    return shownAnnotations(entry.result).length > 0 || (!criticalOnly && entry.result.annotations.length === 0);
  }

  function shouldShow(entry: Entry): boolean {
    return hasBadge(entry) && (entry.inView === true || keepsBadge(entry));
  }

  function drawBadge(entry: Entry): void {
    const annotations = shownAnnotations(entry.result);
    const failedToRead = entry.result.errors.length > 0 && entry.result.annotations.length === 0;
    const key = `${words.locale}|${criticalOnly}|${failedToRead}|${annotations.map((a) => `${a.code}:${a.severity}:${a.due}:${a.title.en}`).join(",")}`;
    if (entry.badge && entry.drawn === key) return;
    const label = badgeLabel(annotations, words);
    // A read error turned into a result, or the reverse: a note and a button are different elements.
    if (entry.badge && failedToRead !== (entry.badge.tagName !== "BUTTON")) dropBadge(entry);
    const badge = entry.badge ?? createBadge(entry, failedToRead);
    badge.className = `badge ${failedToRead ? "error" : (label.severity ?? "clear")}${entry.badge ? "" : " unplaced"}`;
    badge.dataset.severity = label.severity ?? (failedToRead ? "error" : "clear");
    badge.dataset.code = annotations[0]?.code ?? "";
    // For the page's own tools and tests: which case a badge belongs to (the reference the portal shows).
    badge.dataset.reference = entry.result.reference ?? "";
    if (failedToRead) badge.replaceChildren(words.text("readError"));
    else {
      const icon = element(document, "span", "icon", label.icon);
      icon.setAttribute("aria-hidden", "true");
      // The visible words are the accessible name; the title adds the counts (and shows words cut short).
      badge.replaceChildren(icon, label.text);
      badge.title = `${label.text} — ${label.description}`;
    }
    entry.badge = badge;
    entry.drawn = key;
    drawn.add(entry);
    if (panel.subject?.badge === badge) panel.update(subjectOf(entry));
  }

  function createBadge(entry: Entry, failedToRead: boolean): HTMLElement {
    if (failedToRead) {
      const note = element(document, "span");
      note.setAttribute("role", "note");
      note.dataset.caseId = String(entry.id);
      note.title = words.text("readErrorLong");
      badges.append(note);
      return note;
    }
    const button = element(document, "button");
    button.type = "button";
    button.dataset.caseId = String(entry.id);
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-haspopup", "dialog");
    button.addEventListener("click", () => {
      if (panel.subject?.badge === button) panel.close({ restoreFocus: true });
      else panel.open(subjectOf(entry), { focus: true });
    });
    badges.append(button);
    return button;
  }

  function dropBadge(entry: Entry): void {
    if (!entry.badge) return;
    if (panel.subject?.badge === entry.badge) panel.close({ restoreFocus: false });
    entry.badge.remove();
    entry.badge = null;
    entry.drawn = "";
    drawn.delete(entry);
  }

  function subjectOf(entry: Entry): PanelSubject {
    const annotations = shownAnnotations(entry.result);
    const badge = entry.badge;
    if (badge === null) throw new Error("a panel opens from a badge");
    return {
      badge,
      row: () => rowBox(entry),
      title: entry.result.reference
        ? words.text("panelTitle", { reference: entry.result.reference })
        : words.text("panelTitleNoReference"),
      closeLabel: words.text("close"),
      contentKey: `${words.locale}|${criticalOnly}|${JSON.stringify([annotations, entry.result.undetermined])}`,
      content: () => panelContent(document, entry.result, annotations, words),
    };
  }

  /** The row the panel must not cover: the record, or for a record as tall as a page, its anchor. */
  function rowBox(entry: Entry): Box {
    const record = entry.record.isConnected ? entry.record.getBoundingClientRect() : null;
    const anchor = entry.anchor.isConnected ? entry.anchor.getBoundingClientRect() : null;
    const viewportHeight = document.documentElement.clientHeight;
    if (record && record.height > 0 && record.height <= viewportHeight / 3) return record;
    return anchor ?? record ?? (entry.badge ?? host).getBoundingClientRect();
  }

  /** Positions the badges of the given anchors beside their text, all reads before all writes. */
  function placeAll(anchors: Iterable<Element>): void {
    const plans: { spots: ReturnType<typeof placeBadges>; group: Entry[] }[] = [];
    const scrollX = view.scrollX;
    const scrollY = view.scrollY;
    for (const anchor of anchors) {
      const group = [...(byAnchor.get(anchor) ?? [])].filter((entry) => entry.badge !== null);
      if (group.length === 0 || !anchor.isConnected) continue;
      const sizes = group.map((entry) => {
        // Fractional widths round up: a badge a fraction of a pixel too narrow shows its words cut short.
        const box = (entry.badge as HTMLElement).getBoundingClientRect();
        return { width: Math.ceil(box.width) + 1, height: box.height };
      });
      plans.push({ spots: placeBadges(measureGaps(anchor, range), sizes), group });
    }
    for (const { spots, group } of plans)
      group.forEach((entry, index) => {
        const spot = spots[index];
        const badge = entry.badge;
        if (!spot || !badge) return;
        badge.style.transform = `translate(${Math.round(spot.left + scrollX)}px, ${Math.round(spot.top + scrollY)}px)`;
        badge.style.maxWidth = `${spot.maxWidth}px`;
        badge.classList.remove("unplaced");
      });
  }

  /** Every drawn badge follows its row: after the portal changes, the viewport resizes or an inner box scrolls. */
  function placeDrawn(): void {
    for (const entry of drawn) dirty.add(entry);
    const anchors = new Set<Element>();
    for (const entry of drawn) anchors.add(entry.anchor);
    placeAll(anchors);
    dirty.clear();
    if (panel.subject !== null) panel.reposition();
  }
  let relayout: number | null = null;
  const scheduleRelayout = () => {
    if (relayout !== null || drawn.size === 0) return;
    relayout = view.requestAnimationFrame(() => {
      relayout = null;
      placeDrawn();
    });
  };
  const resizes = typeof view.ResizeObserver === "function" ? new view.ResizeObserver(scheduleRelayout) : null;
  view.addEventListener("resize", scheduleRelayout, { passive: true });
  // A scroll of the page moves the layer with it; a scroll inside a portal's own box does not.
  const onScroll = (event: Event) => {
    if (event.target !== document && event.target !== host) scheduleRelayout();
  };
  view.addEventListener("scroll", onScroll, { capture: true, passive: true });
  const mutations =
    typeof view.MutationObserver === "function"
      ? new view.MutationObserver((records) => {
          if (records.some((record) => record.target !== document.documentElement || !hasOnlyOurs(record)))
            scheduleRelayout();
        })
      : null;
  const hasOnlyOurs = (record: MutationRecord) =>
    [...record.addedNodes, ...record.removedNodes].every((node) => node === host);

  function resolveWaiters(): void {
    if (drawnWaiters.length === 0) return;
    const hidden = document.visibilityState === "hidden";
    if (!hidden && (unknownVisibility > 0 || dirty.size > 0 || frame !== null)) return;
    const waiters = drawnWaiters;
    drawnWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function drawStatus(): void {
    if (failed.size === 0 && pinnedDay === null) {
      status?.remove();
      status = null;
      return;
    }
    ensureAttached();
    if (!status) {
      status = element(document, "p", "status");
      status.setAttribute("role", "status");
      // In the top layer, fixed to the viewport's corner: the layer itself is a box of no size.
      if (typeof status.showPopover === "function") status.popover = "manual";
    }
    const notes = [
      failed.size > 0 ? `${words.list([...failed.keys()])}: ${words.text("pluginFailed")}` : null,
      pinnedDay === null ? null : words.text("pinnedTodayNote", { date: words.longDate(pinnedDay) }),
    ];
    status.textContent = `⚠ ${notes.filter((note) => note !== null).join(". ")}`;
    if (!status.isConnected) {
      shadow.append(status);
      if (status.popover) status.showPopover();
    }
  }

  function redrawAll(): void {
    for (const entry of entries.values()) dirty.add(entry);
    for (const { entry } of detached.values()) dirty.add(entry);
    if (failed.size > 0 || pinnedDay !== null) drawStatus();
    scheduleFrame();
  }

  /** One id per case: the same reference keeps its id when the portal re-renders the row. */
  const ids = new Map<string, number>();
  function idFor(plugin: string, reference: string | null): number {
    if (reference === null) return nextId++;
    const key = detachKey(plugin, reference);
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = nextId++));
    return id;
  }

  function detachKey(plugin: string, reference: string): string {
    return `${plugin}\u0000${reference}`;
  }

  function forget(entry: Entry): void {
    unwatch(entry);
    dirty.delete(entry);
    dropBadge(entry);
  }

  return {
    forPlugin(plugin) {
      return {
        render(record, anchor, result) {
          let entry = entries.get(plugin, record);
          if (!entry && result.reference !== null) {
            // The same case back after its row was re-rendered: it keeps its badge, panel and focus.
            const key = detachKey(plugin, result.reference);
            const waiting = detached.get(key);
            if (waiting) {
              view.clearTimeout(waiting.timer);
              detached.delete(key);
              entry = waiting.entry;
              entry.record = record;
            }
          }
          if (!entry) {
            entry = {
              id: idFor(plugin, result.reference),
              plugin,
              record,
              anchor,
              result,
              badge: null,
              drawn: "",
              inView: null,
            };
          }
          if (entry.anchor !== anchor || !byAnchor.get(anchor)?.has(entry)) {
            unwatch(entry);
            entry.anchor = anchor;
            watch(entry);
          }
          entry.result = result;
          entries.set(plugin, record, entry);
          dirty.add(entry);
          scheduleFrame();
        },
        settle() {
          scheduleFrame();
        },
        has(record) {
          return entries.get(plugin, record) !== undefined;
        },
        remove(record) {
          const entry = entries.get(plugin, record);
          if (!entry) return;
          entries.delete(plugin, record);
          const reference = entry.result.reference;
          if (reference !== null && keepsBadge(entry)) {
            unwatch(entry);
            const key = detachKey(plugin, reference);
            const timer = view.setTimeout(() => {
              detached.delete(key);
              forget(entry);
              countCases();
            }, REATTACH_MS);
            detached.set(key, { entry, timer });
            countCases();
            return;
          }
          forget(entry);
          countCases();
        },
      };
    },
    whenDrawn() {
      return new Promise((resolve) => {
        drawnWaiters.push(resolve);
        resolveWaiters();
      });
    },
    reportFailure(pluginName, error) {
      failed.set(pluginName, (error as Error | null)?.message ?? String(error));
      drawStatus();
    },
    failures: () => [...failed.keys()],
    setLocale(next) {
      if (next === words.locale) return;
      words = new Wording(next, words.today);
      redrawAll();
    },
    setToday(today, pinned) {
      const day = pinned ? today : null;
      if (today === words.today && day === pinnedDay) return;
      words = new Wording(words.locale, today);
      pinnedDay = day;
      redrawAll();
      drawStatus();
    },
    setCriticalOnly(next) {
      criticalOnly = next;
      redrawAll();
    },
    get criticalOnly() {
      return criticalOnly;
    },
    summary() {
      return [...entries.values()].map((entry): CaseSummary => {
        // The engine orders annotations most urgent first: the first is the one the badge names.
        const [top] = entry.result.annotations;
        return {
          id: entry.id,
          reference: entry.result.reference,
          state: top ? "annotated" : entry.result.errors.length > 0 ? "failed" : "clear",
          severity: top?.severity ?? null,
          top: top ? { code: top.code, title: top.title, due: top.due, daysLeft: top.daysLeft } : null,
          codes: entry.result.annotations.map((annotation) => annotation.code),
          titles: Object.fromEntries(entry.result.annotations.map((annotation) => [annotation.code, annotation.title])),
        };
      });
    },
    jumpTo(id) {
      const entry = [...entries.values()].find((candidate) => candidate.id === id);
      if (!entry || !entry.anchor.isConnected || !hasBadge(entry)) return false;
      entry.anchor.scrollIntoView({ block: "center" });
      // Drawn now, not at the next frame: focus must land on it in this same step.
      if (entry.inView === null) unknownVisibility -= 1;
      entry.inView = true;
      ensureAttached();
      drawBadge(entry);
      placeAll([entry.anchor]);
      entry.badge?.focus();
      return true;
    },
    clear() {
      panel.close({ restoreFocus: false });
      for (const entry of [...entries.values()]) forget(entry);
      for (const { entry, timer } of detached.values()) {
        view.clearTimeout(timer);
        forget(entry);
      }
      detached.clear();
      entries.clear();
      dirty.clear();
      unknownVisibility = 0;
      failed.clear();
      // The next start says again whether a day is pinned.
      pinnedDay = null;
      drawStatus();
      host.remove();
      resolveWaiters();
    },
  };
}
