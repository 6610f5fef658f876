import type { Locale } from "@solidaria/domain";
import { en, type MessageId } from "./messages/en.js";
import { es } from "./messages/es.js";
import { pt } from "./messages/pt.js";

export type { MessageId };

/** Every message of the dashboard, in ICU MessageFormat, per language: the types keep them complete. */
export const CATALOGUES: Record<Locale, Record<MessageId, string>> = { es, pt, en };
