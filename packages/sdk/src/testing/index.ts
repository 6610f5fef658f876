import { Window } from "happy-dom";
import type { Annotation, CountrySituation, PlaceAvailability } from "@solidaria/domain";
import type { Plugin } from "../define-plugin.js";
import { evaluateRecord, type RecordResult } from "../runtime/evaluate-record.js";
import { pageHealth, type PageHealth } from "../runtime/health.js";

/**
 * Runs a plugin on saved HTML in Node, the way the extension runs it in the browser, but in one
 * synchronous pass: no scripts in the page run, nothing is fetched.
 */
export interface RunPluginOptions {
  readonly url: string;
  readonly today: string;
  readonly situations?: readonly CountrySituation[];
  readonly resettlementPlaces?: readonly PlaceAvailability[] | null;
}

export interface TestedRecord extends RecordResult {
  /** Position of the record on the page (0-based, per page kind). */
  readonly index: number;
  /** Annotation codes, most urgent first. */
  readonly codes: string[];
}

export interface PluginRun {
  readonly records: TestedRecord[];
  /** The page kinds that matched the URL. */
  readonly pages: string[];
  /** The parsed document, for further assertions. */
  readonly document: Document;
  /** Per page kind that declares its fields: which no record showed (as the extension's popup reports). */
  readonly health: PageHealth[];
}

export function parseHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

export function runPlugin(plugin: Plugin, html: string, options: RunPluginOptions): PluginRun {
  const document = parseHtml(html, options.url);
  const url = new URL(options.url);
  const pages = plugin.pagesFor(url);
  const context = { today: options.today, url, document };
  const records: TestedRecord[] = [];
  for (const page of pages) {
    [...document.querySelectorAll(page.records)].forEach((record, index) => {
      const result = evaluateRecord(plugin, page, record, context, {
        today: options.today,
        ...(options.situations ? { situations: options.situations } : {}),
        resettlementPlaces: options.resettlementPlaces ?? null,
      });
      records.push({ ...result, index, codes: result.annotations.map((annotation: Annotation) => annotation.code) });
    });
  }
  return { records, pages: pages.map((page) => page.kind), document, health: pageHealth(pages, records) };
}
