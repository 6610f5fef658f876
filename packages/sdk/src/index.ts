// @solidaria/sdk: teach the extension a portal (code or JSON) and test it on saved pages.
export {
  definePlugin,
  PluginDefinitionError,
  type Plugin,
  type PluginDefinition,
  type PageDefinition,
  type ExtractContext,
} from "./define-plugin.js";
export { compileMatchPattern, matchesAny, MatchPatternError } from "./url-match.js";
export * from "./extract/text.js";
export * from "./extract/dates.js";
export * from "./extract/dom.js";
export * from "./extract/countries.js";
export * from "./extract/vocabulary.js";
export { evaluateRecord, anchorOf, type RecordResult, type EvaluationSettings } from "./runtime/evaluate-record.js";
export { mountPlugin, type Renderer, type MountOptions, type MountedPlugin } from "./runtime/mount.js";
export { pageHealth, type PageHealth } from "./runtime/health.js";
export {
  AdapterManifest,
  AdapterManifestV1,
  AdapterManifestV2,
  FieldMapping,
  FieldMatch,
  FieldSource,
  FieldTransform,
  ItemFieldMapping,
  ItemsSource,
} from "./adapters/manifest.js";
export { migrateV1 } from "./adapters/migrate.js";
export {
  adapterFromManifest,
  AdapterManifestError,
  invalidSelectors,
  setPath,
} from "./adapters/declarative-adapter.js";
