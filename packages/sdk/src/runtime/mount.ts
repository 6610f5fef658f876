import { todayLocal } from "@solidaria/domain";
import type { PageDefinition, Plugin } from "../define-plugin.js";
import { anchorOf, evaluateRecord, type EvaluationSettings, type RecordResult } from "./evaluate-record.js";
import { pageHealth, type PageHealth } from "./health.js";

/** Shows results on the page. The extension draws badges in shadow roots; tests record calls. */
export interface Renderer {
  render(record: Element, anchor: Element, result: RecordResult): void;
  remove(record: Element): void;
  /**
   * Called whenever the runtime has processed every record it knows of. A renderer that batches its
   * drawing (each change to a large portal table costs a layout of the whole table) draws now.
   */
  settle?(): void;
  /**
   * Whether the record's badge is (or is about to be) on the page. A portal that rewrites a cell with
   * the same text removes the badge without changing the record's text: such records are redrawn.
   */
  has?(record: Element): boolean;
}

export interface MountOptions extends Partial<EvaluationSettings> {
  readonly document: Document;
  readonly renderer: Renderer;
  /** The page's URL; the document's own by default. */
  readonly url?: string;
  /** Longest slice of work before yielding to the page, in ms (the page must stay responsive). */
  readonly sliceMs?: number;
  /** Called when the runtime itself fails (never the page). */
  readonly onError?: (error: unknown) => void;
  /** Called after each batch with the results so far. */
  readonly onUpdate?: (results: ReadonlyMap<Element, RecordResult>) => void;
  /**
   * Recognises the renderer's own nodes (badges): inserting them is not a change of the portal,
   * and must not make the runtime look at the page again.
   */
  readonly isOwnNode?: (node: Node) => boolean;
}

export interface MountedPlugin {
  /** Every record currently on the page and its result. */
  readonly results: ReadonlyMap<Element, RecordResult>;
  /** Resolves when every record on the page has been processed. */
  whenIdle(): Promise<void>;
  /** Per page kind that declares its fields: those no record on the page showed (names only). */
  health(): PageHealth[];
  /** Looks at the whole page again (e.g. after settings change). */
  refresh(): void;
  stop(): void;
}

/** The longest a slice waits for the page to be idle. */
const IDLE_TIMEOUT_MS = 500;

interface Tracked {
  readonly page: PageDefinition;
  fingerprint: string;
}

/**
 * Mounts a plugin on a document: annotates every record there, then follows the page as rows are
 * added, replaced, re-rendered or paginated. Work is done in short slices so the portal stays
 * responsive; each record is processed once per content (no duplicates), removed records lose their
 * badge, and nothing a plugin throws reaches the page.
 */
export function mountPlugin(plugin: Plugin, options: MountOptions): MountedPlugin {
  const { document, renderer } = options;
  const view = document.defaultView;
  const url = new URL(options.url ?? document.location?.href ?? "about:blank");
  const pages = plugin.pagesFor(url);
  const sliceMs = options.sliceMs ?? 8;
  const onError = options.onError ?? ((error: unknown) => console.error("[solidaria]", error));
  const settings: EvaluationSettings = {
    // The portal user's calendar day, not UTC's: an evening in Lima is not yet tomorrow.
    today: options.today ?? todayLocal(),
    ...(options.situations ? { situations: options.situations } : {}),
    ...(options.jurisdictions ? { jurisdictions: options.jurisdictions } : {}),
    resettlementPlaces: options.resettlementPlaces ?? null,
  };
  const context = { today: settings.today, url, document };
  const tracked = new Map<Element, Tracked>();
  const results = new Map<Element, RecordResult>();
  const queue: Element[] = [];
  const queued = new Set<Element>();
  let scanScheduled = false;
  /** Records found by the last scan and not yet looked at, per page kind. */
  let scanning: { page: PageDefinition; records: Element[]; next: number }[] = [];
  let working = false;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];
  const setTimer = (view?.setTimeout ?? setTimeout).bind(view ?? globalThis);
  // Between slices, where the page cannot report idle time, give it a turn without setTimeout's 4 ms
  // clamp: a message-channel task.
  const channel = view?.MessageChannel
    ? new view.MessageChannel()
    : typeof MessageChannel === "function"
      ? new MessageChannel()
      : null;
  const continuations: (() => void)[] = [];
  if (channel) channel.port1.onmessage = () => continuations.shift()?.();
  // In a browser the slices after the first run while the page is idle: a loop of tasks, however
  // short each, can keep the browser from painting for seconds on a list of thousands of rows (the
  // badges of the rows in view would wait for all the others). The timeout bounds the wait on a page
  // that is never idle.
  const idle = view?.requestIdleCallback?.bind(view);
  const nextTask = (callback: () => void) => {
    if (idle) return void idle(callback, { timeout: IDLE_TIMEOUT_MS });
    if (!channel) return void setTimer(callback, 0);
    continuations.push(callback);
    channel.port2.postMessage(null);
  };
  const now = () => (view?.performance ?? performance).now();

  const settleIdle = () => {
    if (!stopped && (queue.length > 0 || scanScheduled || working || scanning.length > 0)) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const enqueue = (record: Element, page: PageDefinition) => {
    const fingerprint = record.textContent ?? "";
    const known = tracked.get(record);
    if (
      known &&
      known.fingerprint === fingerprint &&
      known.page === page &&
      (queued.has(record) || !results.has(record) || renderer.has?.(record) !== false)
    )
      return;
    tracked.set(record, { page, fingerprint });
    if (!queued.has(record)) {
      queued.add(record);
      queue.push(record);
    }
  };

  const scan = () => {
    scanScheduled = false;
    if (stopped) return;
    try {
      for (const [record] of tracked) {
        if (!record.isConnected) {
          tracked.delete(record);
          results.delete(record);
          queued.delete(record);
          renderer.remove(record);
        }
      }
      // Reading every record's text is itself work on a list of 10,000 rows: done in slices too.
      scanning = pages.map((page) => ({ page, records: [...document.querySelectorAll(page.records)], next: 0 }));
    } catch (error) {
      onError(error);
      scanning = [];
    }
    continueScan();
  };

  const continueScan = () => {
    if (stopped) return;
    const started = now();
    try {
      for (let current = scanning[0]; current; current = scanning[0]) {
        for (let record = current.records[current.next]; record; record = current.records[current.next]) {
          enqueue(record, current.page);
          current.next += 1;
          if (current.next % 64 === 0 && now() - started >= sliceMs) {
            // The records found so far (the first rows, usually those in view) are evaluated before
            // yielding, not after the page next falls idle: their badges appear with the rows.
            evaluateSome();
            return nextTask(evaluateThenScan);
          }
        }
        scanning.shift();
      }
    } catch (error) {
      onError(error);
      scanning = [];
    }
    work();
  };

  const scheduleScan = () => {
    if (scanScheduled || stopped) return;
    scanScheduled = true;
    setTimer(scan, 0);
  };

  /** Evaluates queued records, in page order, for at most one slice. */
  const evaluateSome = () => {
    if (working || stopped) return;
    working = true;
    const started = now();
    try {
      while (queue.length > 0 && now() - started < sliceMs) {
        const record = queue.shift();
        if (!record) break;
        queued.delete(record);
        const entry = tracked.get(record);
        if (!entry || !record.isConnected) continue;
        const result = evaluateRecord(plugin, entry.page, record, context, settings);
        results.set(record, result);
        try {
          renderer.render(record, anchorOf(entry.page, record), result);
        } catch (error) {
          onError(error);
        }
      }
      options.onUpdate?.(results);
    } catch (error) {
      onError(error);
    } finally {
      working = false;
    }
  };

  // On a long list the scan itself takes several slices: the records it has already found are evaluated
  // between them, not after the whole page was read.
  const evaluateThenScan = () => {
    evaluateSome();
    continueScan();
  };

  const work = () => {
    if (working || stopped) return;
    evaluateSome();
    if (queue.length > 0) return nextTask(work);
    if (scanning.length > 0 || scanScheduled) return; // the scan still running calls work() again
    try {
      renderer.settle?.();
    } catch (error) {
      onError(error);
    }
    settleIdle();
  };

  const isOwn = options.isOwnNode ?? (() => false);
  const portalChanged = (mutations: MutationRecord[]) =>
    mutations.some((mutation) => {
      if (mutation.type !== "childList") return !isOwn(mutation.target);
      const nodes = [...mutation.addedNodes, ...mutation.removedNodes];
      return nodes.length === 0 || nodes.some((node) => !isOwn(node));
    });
  const observer = view?.MutationObserver
    ? new view.MutationObserver((mutations) => {
        if (portalChanged(mutations)) scheduleScan();
      })
    : null;
  if (pages.length > 0) {
    observer?.observe(document.documentElement ?? document, { childList: true, subtree: true, characterData: true });
    scheduleScan();
  }

  return {
    results,
    whenIdle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      }),
    health: () => pageHealth(pages, results.values()),
    refresh() {
      tracked.clear();
      scheduleScan();
    },
    stop() {
      stopped = true;
      observer?.disconnect();
      queue.length = 0;
      queued.clear();
      scanning = [];
      if (channel) channel.port1.onmessage = null;
      for (const record of tracked.keys()) renderer.remove(record);
      tracked.clear();
      results.clear();
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    },
  };
}
