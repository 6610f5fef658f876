import { getInstrument, type Instrument } from "../instruments/catalogue.js";
import { getReport, type SourceDocument } from "./documents.js";

export type ResolvedSource =
  | { readonly kind: "instrument"; readonly instrument: Instrument }
  | { readonly kind: "document"; readonly document: SourceDocument };

/** What a citation's `source` id names: a legal instrument or a report/dataset. */
export function resolveSource(id: string): ResolvedSource | undefined {
  const instrument = getInstrument(id);
  if (instrument) return { kind: "instrument", instrument };
  const document = getReport(id);
  return document ? { kind: "document", document } : undefined;
}
