import axe from "axe-core";

/** axe-core's own script, to inject into a page under test (the package ships its source for that). */
export const AXE_SOURCE: string = axe.source;
