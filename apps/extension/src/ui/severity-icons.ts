import type { Severity } from "@solidaria/domain";

/**
 * Shown with the severity's name and colour, never alone. Symbols every common system font has: an
 * emoji such as a stop sign is an empty box where no emoji font is installed.
 */
export const SEVERITY_ICON: Record<Severity, string> = { critical: "✖", warning: "⚠", info: "ℹ" };
