import { resolveLocale, UI_MESSAGES, type Locale, type LocalizedText } from "@solidaria/domain";

/**
 * Every string the extension shows, in es, pt and en: the words every client shows next to
 * annotations come from the domain package, the rest are the extension's own.
 */
const MESSAGES = {
  ...UI_MESSAGES,
  overdueBy: { es: "vencido hace", pt: "vencido há", en: "overdue by" },
  alert: { es: "alerta", pt: "alerta", en: "alert" },
  alerts: { es: "alertas", pt: "alertas", en: "alerts" },
  openDetails: { es: "abrir detalles de protección", pt: "abrir detalhes de proteção", en: "open protection details" },
  close: { es: "Cerrar", pt: "Fechar", en: "Close" },
  facts: { es: "Hechos que lo activan", pt: "Fatos que o ativam", en: "Facts that trigger it" },
  source: { es: "fuente", pt: "fonte", en: "source" },
  documentedIn: { es: "Documentado en", pt: "Documentado em", en: "Documented in" },
  sourceFindings: {
    es: "Lo que concluye la fuente (no es una norma)",
    pt: "O que a fonte conclui (não é uma norma)",
    en: "What the source concludes (not a rule of law)",
  },
  days: { es: "días", pt: "dias", en: "days" },
  readError: {
    es: "Solidaria no pudo leer este caso",
    pt: "Solidaria não conseguiu ler este caso",
    en: "Solidaria could not read this case",
  },
  pluginFailed: { es: "no pudo leer esta página", pt: "não conseguiu ler esta página", en: "could not read this page" },
  popupTitle: { es: "Alertas en esta página", pt: "Alertas nesta página", en: "Alerts on this page" },
  cases: { es: "casos", pt: "casos", en: "cases" },
  onlyCritical: { es: "Mostrar solo las críticas", pt: "Mostrar só as críticas", en: "Show critical only" },
  goToCase: { es: "Ir al caso", pt: "Ir ao caso", en: "Go to case" },
  noPortal: {
    es: "Esta página no es un portal conocido.",
    pt: "Esta página não é um portal conhecido.",
    en: "This page is not a known portal.",
  },
  byCode: { es: "Por tipo", pt: "Por tipo", en: "By type" },
  optionsTitle: { es: "Solidaria — opciones", pt: "Solidaria — opções", en: "Solidaria — options" },
  language: { es: "Idioma", pt: "Idioma", en: "Language" },
  languageAuto: { es: "Idioma del navegador", pt: "Idioma do navegador", en: "Browser language" },
  server: {
    es: "Servidor de coordinación (opcional)",
    pt: "Servidor de coordenação (opcional)",
    en: "Coordination server (optional)",
  },
  serverUrl: { es: "Dirección del servidor", pt: "Endereço do servidor", en: "Server address" },
  token: { es: "Token (opcional)", pt: "Token (opcional)", en: "Token (optional)" },
  syncNow: { es: "Sincronizar ahora", pt: "Sincronizar agora", en: "Sync now" },
  lastSync: { es: "Última sincronización", pt: "Última sincronização", en: "Last sync" },
  never: { es: "nunca", pt: "nunca", en: "never" },
  plugins: { es: "Portales incluidos", pt: "Portais incluídos", en: "Built-in portals" },
  adapters: { es: "Adaptadores importados", pt: "Adaptadores importados", en: "Imported adapters" },
  importAdapter: { es: "Importar adaptador (JSON)", pt: "Importar adaptador (JSON)", en: "Import adapter (JSON)" },
  remove: { es: "Quitar", pt: "Remover", en: "Remove" },
  hosts: { es: "Otros portales", pt: "Outros portais", en: "Other portals" },
  addHost: {
    es: "Autorizar portal (https://host)",
    pt: "Autorizar portal (https://host)",
    en: "Allow portal (https://host)",
  },
  save: { es: "Guardar", pt: "Salvar", en: "Save" },
  saved: { es: "Guardado", pt: "Salvo", en: "Saved" },
  imported: { es: "Adaptador importado", pt: "Adaptador importado", en: "Adapter imported" },
  invalidAdapter: { es: "El adaptador no es válido", pt: "O adaptador não é válido", en: "The adapter is not valid" },
  grantAccess: { es: "Autorizar en", pt: "Autorizar em", en: "Allow on" },
  needsAccess: { es: "sin acceso todavía a", pt: "ainda sem acesso a", en: "no access yet to" },
  storedInvalid: { es: "no válido, no se usa", pt: "inválido, não é usado", en: "not valid, not used" },
  tokenNeedsHttps: {
    es: "El token solo se envía por https (o a este equipo)",
    pt: "O token só é enviado por https (ou a este computador)",
    en: "A token is only sent over https (or to this computer)",
  },
  permissionDenied: { es: "Permiso denegado", pt: "Permissão negada", en: "Permission denied" },
  privacy: {
    es: "Los datos de los casos nunca salen de la página: el servidor solo envía datos públicos y agregados.",
    pt: "Os dados dos casos nunca saem da página: o servidor só envia dados públicos e agregados.",
    en: "Case data never leaves the page: the server only sends public, aggregate data.",
  },
  syncDone: { es: "Sincronizado", pt: "Sincronizado", en: "Synced" },
  situations: { es: "situaciones de país", pt: "situações de país", en: "country situations" },
  jurisdictions: { es: "perfiles jurídicos", pt: "perfis jurídicos", en: "legal profiles" },
  placeOffers: { es: "ofertas de plazas", pt: "ofertas de vagas", en: "place offers" },
  noServer: { es: "no hay servidor configurado", pt: "nenhum servidor configurado", en: "no server configured" },
  unreachable: {
    es: "no se pudo contactar al servidor",
    pt: "não foi possível contatar o servidor",
    en: "the server could not be reached",
  },
  refused: {
    es: "el servidor rechazó la solicitud",
    pt: "o servidor recusou a solicitação",
    en: "the server refused the request",
  },
  invalidData: {
    es: "el servidor envió datos no válidos",
    pt: "o servidor enviou dados inválidos",
    en: "the server sent invalid data",
  },
  syncFailed: { es: "La sincronización falló", pt: "A sincronização falhou", en: "Sync failed" },
} as const satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof MESSAGES;

export function t(key: MessageKey, locale: Locale): string {
  return MESSAGES[key][locale];
}

/** The language to show: the user's choice, else the browser's (es, pt or en). */
export function effectiveLocale(choice: string, browserLanguage: string | undefined): Locale {
  return choice === "es" || choice === "pt" || choice === "en" ? choice : resolveLocale(browserLanguage);
}
