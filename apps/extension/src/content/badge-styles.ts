/**
 * Styles of the layer above the portal, inside its shadow root only. Severity is shown by colour,
 * symbol and words together. Every target is at least 24 px; the panel reflows down to 320 px.
 */
export const LAYER_CSS = `
.badge { position: absolute; left: 0; top: 0; box-sizing: border-box; display: block; min-width: 28px; min-height: 24px; max-width: 380px;
  margin: 0; padding: 3px 8px; border: 1px solid; border-radius: 12px; font: 12px/16px system-ui, sans-serif; text-align: start;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; cursor: pointer; box-shadow: 0 1px 2px rgba(0,0,0,.2); }
.badge.unplaced { visibility: hidden; }
.badge:focus-visible, .panel :focus-visible { outline: 3px solid #1a4fd6; outline-offset: 2px; }
.badge.critical { background: #fde2e1; color: #7a0b06; border-color: #b42318; }
.badge.warning { background: #fff4d6; color: #5c3b00; border-color: #b7791f; }
.badge.info { background: #e3eefc; color: #183b73; border-color: #2f5fb3; }
.badge.clear { background: #f3f4f6; color: #374151; border-color: #9ca3af; box-shadow: none; }
.badge.error { cursor: default; color: #7a0b06; background: #fff; border-style: dashed; border-color: #b42318; }
.icon { margin-inline-end: 4px; }
.panel { position: fixed; inset: auto; margin: 0; box-sizing: border-box; z-index: 2147483647; overflow: auto; overscroll-behavior: contain;
  padding: 0 12px 8px; background: #fff; color: #111; border: 1px solid #555; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.25);
  font: 13px/1.45 system-ui, sans-serif; text-align: start; white-space: normal; overflow-wrap: anywhere; }
.panel[hidden] { display: none; }
.panel-head { position: sticky; top: 0; display: flex; align-items: center; justify-content: space-between; gap: 8px;
  margin: 0 -12px 4px; padding: 6px 12px; background: #fff; border-bottom: 1px solid #ddd; }
h2 { margin: 0; font-size: 14px; }
h3 { margin: 6px 0 4px; font-size: 13px; }
h3:focus { outline: none; }
h3:focus-visible { outline: 3px solid #1a4fd6; }
.close { flex: none; min-width: 24px; min-height: 28px; padding: 2px 10px; font: inherit; cursor: pointer; }
.annotation, .undetermined { border-inline-start: 4px solid #6b7280; padding: 2px 8px; margin: 8px 0; }
.annotation.critical { border-color: #b42318; } .annotation.warning { border-color: #b7791f; } .annotation.info { border-color: #2f5fb3; }
p { margin: 2px 0; } ul { margin: 2px 0 6px; padding-inline-start: 18px; }
.list-label { font-weight: 600; margin-top: 6px; }
.findings li { font-style: italic; }
.quiet { color: #374151; margin: 8px 0; }
.status { position: fixed; z-index: 2147483647; inset: auto 12px 12px auto; margin: 0; max-width: min(360px, calc(100vw - 24px));
  padding: 4px 8px; font: 12px/1.4 system-ui, sans-serif; color: #7a0b06; background: #fde2e1; border: 1px dashed #b42318; border-radius: 6px; }
@media (forced-colors: active) { .badge, .panel, .status { border: 1px solid CanvasText; } }
`;
