/** Badge styles, inside the shadow root only. Severity is shown by colour, icon and words together. */
export const BADGE_CSS = `
:host { all: initial; display: inline-block; position: relative; margin: 0 4px; font: 12px/1.3 system-ui, sans-serif; vertical-align: middle; white-space: nowrap; contain: style; }
:host([hidden]) { display: none; }
.badge { display: inline-block; border: 1px solid; border-radius: 10px; padding: 1px 8px; cursor: pointer; font: inherit; }
.badge:focus-visible, .close:focus-visible { outline: 3px solid #1a4fd6; outline-offset: 2px; }
.badge.critical { background: #fde2e1; color: #7a0b06; border-color: #b42318; }
.badge.warning { background: #fff4d6; color: #6b4500; border-color: #b7791f; }
.badge.info { background: #e3eefc; color: #183b73; border-color: #2f5fb3; }
.panel { white-space: normal; position: absolute; z-index: 2147483647; top: 100%; left: 0; width: 420px; max-height: 60vh; overflow: auto; background: #fff; color: #111; border: 1px solid #555; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 8px 10px; text-align: left; }
.annotation { border-left: 4px solid; padding: 2px 8px; margin: 6px 0; }
.annotation.critical { border-color: #b42318; } .annotation.warning { border-color: #b7791f; } .annotation.info { border-color: #2f5fb3; }
h3 { font-size: 13px; margin: 2px 0 4px; }
p { margin: 2px 0; } ul { margin: 2px 0 4px 16px; padding: 0; }
.error { color: #7a0b06; background: #fde2e1; border: 1px dashed #b42318; border-radius: 10px; padding: 1px 6px; }
.close { margin-top: 6px; font: inherit; }
.status { position: fixed; z-index: 2147483647; right: 12px; bottom: 12px; margin: 0; font: 12px/1.3 system-ui, sans-serif; max-width: 360px; }
`;
