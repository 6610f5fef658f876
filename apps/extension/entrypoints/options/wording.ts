import { AdapterManifest, adapterFromManifest, invalidSelectors } from "@solidaria/sdk";
import type { AddressProblem, SyncProblem, SyncStatus } from "../../src/settings.js";
import type { MessageKey } from "../../src/ui/messages.js";
import type { Wording } from "../../src/ui/wording.js";
import type { Outcome } from "./status-line.js";

/** A message in the page's language. */
export type Tr = (key: MessageKey) => string;

/** A server address or token that cannot be saved, in a sentence. */
const ADDRESS_SENTENCE: Record<AddressProblem, MessageKey> = {
  noServer: "optAddrNoServer",
  notUrl: "optAddrNotUrl",
  notHttp: "optAddrNotHttp",
  tokenNeedsHttps: "tokenNeedsHttps",
  tokenMalformed: "optTokenMalformed",
};

/** Why a sync failed, as the clause after "La sincronización falló: ". */
const SYNC_REASON: Record<Exclude<SyncProblem, "tokenRefused">, MessageKey> = {
  noServer: "optWhyNoServer",
  notUrl: "optWhyNotUrl",
  notHttp: "optWhyNotHttp",
  tokenNeedsHttps: "optWhyTokenNeedsHttps",
  tokenMalformed: "optWhyTokenMalformed",
  unreachable: "optWhyUnreachable",
  notSolidaria: "optWhyNotSolidaria",
  refused: "optWhyRefused",
  serverError: "optWhyServerError",
  invalidData: "optWhyInvalidData",
};

export function addressOutcome(problem: AddressProblem, tr: Tr): Outcome {
  return { tone: "error", text: tr(ADDRESS_SENTENCE[problem]) };
}

/** Technical detail, numbers and codes only; anything else (an older version stored error messages) is left out. */
const SAFE_DETAIL = /^(?:[\w.[\]]+|(?:[\w.]+ · )?HTTP \d{3})$/;

function technicalDetail(detail: string | undefined, tr: Tr): string | undefined {
  return detail && SAFE_DETAIL.test(detail) ? `${tr("optTechnicalDetail")}: ${detail}` : undefined;
}

function counts(status: SyncStatus, words: Wording): string {
  return words.list([
    words.count({ one: "situationsOne", other: "situationsOther" }, status.situations ?? 0),
    words.count({ one: "jurisdictionsOne", other: "jurisdictionsOther" }, status.jurisdictions ?? 0),
    words.count({ one: "placeOffersOne", other: "placeOffersOther" }, status.places ?? 0),
  ]);
}

/** A sync's outcome in words: what was synced, or why not (and what was synced all the same). */
export function syncOutcome(status: SyncStatus, words: Wording): Outcome {
  const tr: Tr = (key) => words.text(key);
  if (status.ok) {
    const token =
      status.organisation === undefined
        ? ""
        : `. ${tr("optTokenAccepted")}${status.organisation ? `: ${status.organisation}` : ""}.`;
    return { tone: "ok", text: `${tr("syncDone")}: ${counts(status, words)}${token}` };
  }
  const problem = status.problem ?? "unreachable";
  const sentence =
    problem === "tokenRefused" ? tr("optTokenRefused") : `${tr("syncFailed")}: ${tr(SYNC_REASON[problem])}.`;
  const synced = status.situations === undefined ? "" : ` ${tr("optPublicStillSynced")}: ${counts(status, words)}.`;
  const detail = technicalDetail(status.detail, tr);
  return { tone: "error", text: `${sentence}${synced}`, ...(detail ? { detail } : {}) };
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

/**
 * The fields that make an adapter manifest not valid ("jurisdiction", "pages[0].records"), or null when it is
 * valid. Field names are codes: they go in the technical detail, never in the sentence.
 */
export function adapterProblemFields(manifest: unknown): string[] | null {
  const parsed = AdapterManifest.safeParse(manifest);
  if (!parsed.success) {
    const fields = parsed.error.issues.flatMap((issue) =>
      "keys" in issue && Array.isArray(issue.keys)
        ? issue.keys.map((key) => pathText([...issue.path, String(key)]))
        : [pathText(issue.path)],
    );
    return [...new Set(fields.filter(Boolean))];
  }
  const selectors = invalidSelectors(parsed.data).map((problem) => problem.slice(0, problem.indexOf(":")));
  if (selectors.length > 0) return [...new Set(selectors)];
  try {
    adapterFromManifest(manifest);
    return null;
  } catch (error) {
    // The SDK names each bad field at the start of a line: "- matches: ...", "- pages[1].kind ...".
    const lines = error instanceof Error ? error.message.split("\n") : [];
    return [...new Set(lines.flatMap((line) => /^-\s+([A-Za-z][\w.[\]]*)/.exec(line)?.[1] ?? []))];
  }
}
