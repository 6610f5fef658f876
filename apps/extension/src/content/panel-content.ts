import {
  annotationName,
  citationLabel,
  describeFact,
  factLabel,
  getInstrument,
  householdOf,
  localizeLocator,
  SEVERITY_NAMES,
  type Annotation,
  type LegalBasis,
  type LocalizedText,
} from "@solidaria/domain";
import type { RecordResult } from "@solidaria/sdk";
import { SEVERITY_ICON } from "../ui/severity-icons.js";
import type { Wording } from "../ui/wording.js";
import { element } from "../ui/dom.js";

/**
 * The explanation behind a badge, built as DOM with text nodes only (portal text is never parsed as
 * HTML): for each annotation why it applies, what to do, by when, the facts it rests on in words, and
 * its grounds, with what a source concludes shown apart from the law. Then the checks that could not be
 * made for lack of a fact.
 */
export function panelContent(
  document: Document,
  result: RecordResult,
  annotations: readonly Annotation[],
  words: Wording,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const people = result.facts ? householdOf(result.facts, words.today) : [];
  for (const annotation of annotations) fragment.append(annotationView(document, annotation, people, words));
  if (annotations.length === 0) fragment.append(element(document, "p", "quiet", words.text("checkedNothingFound")));
  if (result.undetermined.length > 0) fragment.append(undeterminedView(document, result, people, words));
  return fragment;
}

type Household = readonly { readonly id: string; readonly label: LocalizedText }[];

function labelled(document: Document, label: string, value: string): HTMLElement {
  const paragraph = element(document, "p");
  paragraph.append(element(document, "strong", undefined, `${label}: `), document.createTextNode(value));
  return paragraph;
}

/** A list under its label; nothing at all when there is nothing to list. */
function labelledList(document: Document, className: string, label: string, items: readonly string[]): HTMLElement[] {
  if (items.length === 0) return [];
  const list = element(document, "ul", className);
  for (const item of items) list.append(element(document, "li", undefined, item));
  return [element(document, "p", "list-label", label), list];
}

function annotationView(document: Document, annotation: Annotation, people: Household, words: Wording): HTMLElement {
  const { locale } = words;
  const section = element(document, "section", `annotation ${annotation.severity}`);
  section.dataset.code = annotation.code;
  const heading = element(document, "h3");
  heading.tabIndex = -1;
  heading.append(
    element(document, "span", "icon", SEVERITY_ICON[annotation.severity]),
    `${SEVERITY_NAMES[annotation.severity][locale]}: ${annotation.title[locale]}`,
  );
  heading.firstElementChild?.setAttribute("aria-hidden", "true");
  section.append(heading, labelled(document, words.text("why"), annotation.detail[locale]));
  if (annotation.action) section.append(labelled(document, words.text("suggestedAction"), annotation.action[locale]));
  if (annotation.due !== null) {
    const when =
      annotation.daysLeft === null
        ? words.longDate(annotation.due)
        : words.text("dueWhen", {
            date: words.longDate(annotation.due),
            relative: words.fromToday(annotation.daysLeft),
          });
    section.append(labelled(document, words.text("due"), when));
  }
  const concerned = people.filter((person) => annotation.people.includes(person.id));
  if (concerned.length > 0)
    section.append(
      labelled(document, words.text("concerns"), words.list(concerned.map((person) => person.label[locale]))),
    );
  const facts = unique(
    annotation.facts.map((fact) => {
      const { label, value } = describeFact(fact, locale, people);
      return `${label}: ${value}`;
    }),
  );
  section.append(...labelledList(document, "facts", words.text("facts"), facts));
  section.append(...labelledList(document, "grounds", words.text("grounds"), groundLines(annotation.basis, words)));
  section.append(
    ...labelledList(
      document,
      "findings",
      words.text("sourceFindings"),
      annotation.findings.map((finding) => `${finding.text[locale]} (${citationLabel(finding.source, locale)})`),
    ),
  );
  section.append(
    ...labelledList(
      document,
      "data-age",
      words.text("dataVerified"),
      annotation.dataAge.map((age) =>
        words.text("dataVerifiedOn", { what: age.what[locale], date: words.longDate(age.lastVerified) }),
      ),
    ),
  );
  return section;
}

/**
 * One line per provision: "Convención de 1951, art. 33(1) (vinculante) — según <fuente>; <fuente>",
 * naming every source that documents its application to such facts. A fact resting on a source alone
 * says that the source documents practice and is not a rule of law.
 */
function groundLines(basis: readonly LegalBasis[], words: Wording): string[] {
  const { locale } = words;
  const lines = new Map<string, { head: string; sources: string[] }>();
  for (const ground of basis) {
    const source = citationLabel(ground.source, locale);
    if (ground.instrument === null) {
      const head = `${source} (${words.text("groundPractice")})`;
      lines.set(head, { head, sources: [] });
      continue;
    }
    const instrument = getInstrument(ground.instrument);
    const name = instrument?.shortTitle[locale] ?? citationLabel({ source: ground.instrument, locator: null }, locale);
    const provision = ground.provision === null ? "" : `, ${localizeLocator(ground.provision, locale)}`;
    const binding =
      instrument === undefined ? "" : ` (${words.text(instrument.binding ? "groundBinding" : "groundNotBinding")})`;
    const head = `${name}${provision}${binding}`;
    const line = lines.get(head) ?? { head, sources: [] };
    if (ground.source.source !== ground.instrument && !line.sources.includes(source)) line.sources.push(source);
    lines.set(head, line);
  }
  return [...lines.values()].map(({ head, sources }) =>
    sources.length === 0 ? head : `${head} — ${words.text("accordingTo", { source: sources.join("; ") })}`,
  );
}

function undeterminedView(document: Document, result: RecordResult, people: Household, words: Wording): HTMLElement {
  const section = element(document, "section", "undetermined");
  const items = result.undetermined.map((rule) =>
    words.text("undeterminedItem", {
      check: annotationName(rule.code)?.[words.locale] ?? words.text("otherCheck"),
      missing: words.list(unique(rule.missing.map((path) => factLabel(path, words.locale, people)))),
    }),
  );
  section.append(...labelledList(document, "missing", words.text("undeterminedHeading"), unique(items)));
  return section;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
