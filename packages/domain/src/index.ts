// @solidaria/domain: what the law says, what a case is, and what money is. Pure: no I/O.

export * from "./i18n/locale.js";
export * from "./i18n/ui-messages.js";
export * from "./dates/iso-date.js";
export * from "./sources/citation.js";
export * from "./sources/documents.js";
export * from "./sources/resolve-source.js";
export * from "./reference-data/countries.js";
export * from "./reference-data/currencies.js";
export * from "./reference-data/indicators.js";
export * from "./instruments/catalogue.js";
export * from "./situations/cartagena-grounds.js";
export * from "./situations/country-situation.js";
export { BUILTIN_SITUATIONS } from "./situations/builtin-situations.js";
export * from "./jurisdictions/jurisdiction.js";
export * from "./jurisdictions/registry.js";
export * from "./case/case-facts.js";
export * from "./annotations/annotation.js";
export * from "./resettlement/categories.js";
export * from "./rules/rule.js";
export * from "./rules/registry.js";
export * from "./rules/evaluate.js";
export { BUILTIN_RULES } from "./rules/builtin/index.js";
export * from "./money/money.js";
export * from "./money/exchange-rate.js";
export * from "./money/programmes.js";
export * from "./fair-share/fair-share.js";
export * from "./validation/describe-issues.js";
