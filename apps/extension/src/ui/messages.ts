import { resolveLocale, UI_MESSAGES, type Locale, type LocalizedText } from "@solidaria/domain";

/**
 * Every string the extension shows, in es, pt and en: the words every client shows next to
 * annotations come from the domain package, the rest are the extension's own.
 */
const MESSAGES = {
  ...UI_MESSAGES,
  // Badges and their panel. `{placeholders}` are filled in by Wording (numbers and dates with Intl).
  dueOn: { es: "vence el {date}", pt: "vence em {date}", en: "due {date}" },
  dueWas: { es: "plazo: {date}", pt: "prazo: {date}", en: "deadline: {date}" },
  countCriticalOne: { es: "{n} alerta crítica", pt: "{n} alerta crítico", en: "{n} critical alert" },
  countCriticalOther: { es: "{n} alertas críticas", pt: "{n} alertas críticos", en: "{n} critical alerts" },
  countWarningOne: { es: "{n} advertencia", pt: "{n} aviso", en: "{n} warning" },
  countWarningOther: { es: "{n} advertencias", pt: "{n} avisos", en: "{n} warnings" },
  countInfoOne: { es: "{n} nota informativa", pt: "{n} nota informativa", en: "{n} note for information" },
  countInfoOther: { es: "{n} notas informativas", pt: "{n} notas informativas", en: "{n} notes for information" },
  badgeDescription: {
    es: "Solidaria: {counts}. Abre los detalles de protección.",
    pt: "Solidaria: {counts}. Abre os detalhes de proteção.",
    en: "Solidaria: {counts}. Opens the protection details.",
  },
  nothingFound: { es: "Sin alertas", pt: "Sem alertas", en: "No alerts" },
  nothingFoundLong: {
    es: "Solidaria revisó este caso y no encontró alertas de protección.",
    pt: "O Solidaria verificou este caso e não encontrou alertas de proteção.",
    en: "Solidaria checked this case and found no protection alerts.",
  },
  panelTitle: {
    es: "Solidaria — caso {reference}",
    pt: "Solidaria — caso {reference}",
    en: "Solidaria — case {reference}",
  },
  panelTitleNoReference: { es: "Solidaria — este caso", pt: "Solidaria — este caso", en: "Solidaria — this case" },
  close: { es: "Cerrar", pt: "Fechar", en: "Close" },
  dueWhen: { es: "{date} ({relative})", pt: "{date} ({relative})", en: "{date} ({relative})" },
  concerns: { es: "Concierne a", pt: "Diz respeito a", en: "Concerns" },
  facts: { es: "Hechos que lo activan", pt: "Fatos que o ativam", en: "Facts that trigger it" },
  grounds: { es: "Fundamentos y fuentes", pt: "Fundamentos e fontes", en: "Grounds and sources" },
  groundBinding: { es: "vinculante", pt: "vinculante", en: "binding" },
  groundNotBinding: { es: "no vinculante", pt: "não vinculante", en: "not binding" },
  groundPractice: {
    es: "documenta la práctica, no es una norma",
    pt: "documenta a prática, não é uma norma",
    en: "documents practice, not a rule of law",
  },
  accordingTo: { es: "según {source}", pt: "segundo {source}", en: "according to {source}" },
  sourceFindings: {
    es: "Lo que concluye la fuente (no es una norma)",
    pt: "O que a fonte conclui (não é uma norma)",
    en: "What the source concludes (not a rule of law)",
  },
  dataVerified: { es: "Datos verificados", pt: "Dados verificados", en: "Data verified" },
  dataVerifiedOn: { es: "{what}: el {date}", pt: "{what}: em {date}", en: "{what}: on {date}" },
  undeterminedHeading: {
    es: "No evaluado por falta de datos",
    pt: "Não avaliado por falta de dados",
    en: "Not assessed for lack of facts",
  },
  undeterminedItem: { es: "{check}: falta {missing}", pt: "{check}: falta {missing}", en: "{check}: needs {missing}" },
  otherCheck: { es: "Otra comprobación", pt: "Outra verificação", en: "Another check" },
  checkedNothingFound: {
    es: "Revisado: ninguna alerta de protección según los datos de la página.",
    pt: "Verificado: nenhum alerta de proteção segundo os dados da página.",
    en: "Checked: no protection alerts on the facts this page shows.",
  },
  readError: {
    es: "No se pudo leer el caso",
    pt: "Não foi possível ler o caso",
    en: "Could not read the case",
  },
  readErrorLong: {
    es: "Solidaria no pudo leer este caso en la página: no muestra alertas para él. Revíselo sin la extensión.",
    pt: "O Solidaria não conseguiu ler este caso na página: não mostra alertas para ele. Verifique-o sem a extensão.",
    en: "Solidaria could not read this case on the page, so it shows no alerts for it. Review it without the extension.",
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
  // Popup. `{n}`, `{shown}`, `{total}` are filled in by Wording (numbers formatted with Intl); the pairs
  // ending in One/Other are chosen with Intl.PluralRules.
  popupLoading: { es: "Leyendo la página…", pt: "Lendo a página…", en: "Reading the page…" },
  popupAnnotatedOne: { es: "{n} caso con alertas", pt: "{n} caso com alertas", en: "{n} case with alerts" },
  popupAnnotatedOther: { es: "{n} casos con alertas", pt: "{n} casos com alertas", en: "{n} cases with alerts" },
  popupClearOne: {
    es: "{n} caso revisado sin alertas",
    pt: "{n} caso verificado sem alertas",
    en: "{n} case checked, nothing found",
  },
  popupClearOther: {
    es: "{n} casos revisados sin alertas",
    pt: "{n} casos verificados sem alertas",
    en: "{n} cases checked, nothing found",
  },
  popupFailedOne: {
    es: "{n} caso no se pudo leer",
    pt: "{n} caso não pôde ser lido",
    en: "{n} case could not be read",
  },
  popupFailedOther: {
    es: "{n} casos no se pudieron leer",
    pt: "{n} casos não puderam ser lidos",
    en: "{n} cases could not be read",
  },
  // The page's health: fields a plugin declares that no case on the page showed (a portal redesign).
  popupFieldsMissingOne: {
    es: "{n} campo no encontrado en esta página",
    pt: "{n} campo não encontrado nesta página",
    en: "{n} field not found on this page",
  },
  popupFieldsMissingOther: {
    es: "{n} campos no encontrados en esta página",
    pt: "{n} campos não encontrados nesta página",
    en: "{n} fields not found on this page",
  },
  popupFieldsMissingHint: {
    es: "Puede que el portal haya cambiado: los casos se evalúan sin esos datos. Avise a quien mantiene el complemento.",
    pt: "O portal pode ter mudado: os casos são avaliados sem esses dados. Avise quem mantém o complemento.",
    en: "The portal may have changed: cases are assessed without these fields. Tell whoever maintains the plugin.",
  },
  popupBySeverity: { es: "Por gravedad", pt: "Por gravidade", en: "By severity" },
  popupCasesHeading: { es: "Casos por urgencia", pt: "Casos por urgência", en: "Cases by urgency" },
  popupFilteredOne: {
    es: "{shown} de {total} caso (solo críticos)",
    pt: "{shown} de {total} caso (só críticos)",
    en: "{shown} of {total} case (critical only)",
  },
  popupFilteredOther: {
    es: "{shown} de {total} casos (solo críticos)",
    pt: "{shown} de {total} casos (só críticos)",
    en: "{shown} of {total} cases (critical only)",
  },
  popupNoCritical: {
    es: "Ningún caso crítico en esta página.",
    pt: "Nenhum caso crítico nesta página.",
    en: "No critical cases on this page.",
  },
  popupMore: { es: "y {n} más", pt: "e mais {n}", en: "and {n} more" },
  popupNoReference: {
    es: "sin referencia, n.º {n}",
    pt: "sem referência, n.º {n}",
    en: "without a reference, no. {n}",
  },
  popupJumpGone: {
    es: "Ese caso ya no está en la página: la lista se actualizó.",
    pt: "Esse caso já não está na página: a lista foi atualizada.",
    en: "That case is no longer on the page: the list was updated.",
  },
  popupPageUnreachable: {
    es: "No se pudo comunicar con la página. Recárguela e inténtelo de nuevo.",
    pt: "Não foi possível comunicar com a página. Recarregue-a e tente de novo.",
    en: "Could not reach the page. Reload it and try again.",
  },
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
  grantAccess: { es: "Autorizar en", pt: "Autorizar em", en: "Allow on" },
  needsAccess: { es: "sin acceso todavía a", pt: "ainda sem acesso a", en: "no access yet to" },
  tokenNeedsHttps: {
    es: "El token solo se envía por https (o a este equipo)",
    pt: "O token só é enviado por https (ou a este computador)",
    en: "A token is only sent over https (or to this computer)",
  },
  privacy: {
    es: "Los datos de los casos nunca salen de la página: el servidor solo envía datos públicos y agregados.",
    pt: "Os dados dos casos nunca saem da página: o servidor só envia dados públicos e agregados.",
    en: "Case data never leaves the page: the server only sends public, aggregate data.",
  },
  syncDone: { es: "Sincronizado", pt: "Sincronizado", en: "Synced" },
  situationsOne: { es: "{n} situación de país", pt: "{n} situação de país", en: "{n} country situation" },
  situationsOther: { es: "{n} situaciones de país", pt: "{n} situações de país", en: "{n} country situations" },
  jurisdictionsOne: { es: "{n} perfil jurídico", pt: "{n} perfil jurídico", en: "{n} legal profile" },
  jurisdictionsOther: { es: "{n} perfiles jurídicos", pt: "{n} perfis jurídicos", en: "{n} legal profiles" },
  placeOffersOne: { es: "{n} oferta de plazas", pt: "{n} oferta de vagas", en: "{n} place offer" },
  placeOffersOther: { es: "{n} ofertas de plazas", pt: "{n} ofertas de vagas", en: "{n} place offers" },
  syncFailed: { es: "La sincronización falló", pt: "A sincronização falhou", en: "Sync failed" },
  // Options: every outcome the options page reports, as sentences (the technical detail goes apart, in small print).
  optUrlHint: {
    es: "La dirección completa, por ejemplo https://coordinacion.example.org",
    pt: "O endereço completo, por exemplo https://coordenacao.example.org",
    en: "The full address, for example https://coordination.example.org",
  },
  optTokenHint: {
    es: "Solo si su organización le dio uno. Se envía solo por https, o a este equipo.",
    pt: "Só se a sua organização lhe deu um. Só é enviado por https, ou a este computador.",
    en: "Only if your organisation gave you one. It is sent only over https, or to this computer.",
  },
  optHostHint: {
    es: "Por ejemplo https://portal.example.gob",
    pt: "Por exemplo https://portal.example.gov.br",
    en: "For example https://portal.example.gov",
  },
  optAllow: { es: "Autorizar", pt: "Autorizar", en: "Allow" },
  optTechnicalDetail: { es: "Detalle técnico", pt: "Detalhe técnico", en: "Technical detail" },
  optSyncing: { es: "Sincronizando…", pt: "Sincronizando…", en: "Syncing…" },
  optSavedNoServer: {
    es: "Guardado, sin servidor de coordinación: no se sincroniza nada.",
    pt: "Salvo, sem servidor de coordenação: nada é sincronizado.",
    en: "Saved, with no coordination server: nothing is synced.",
  },
  optAddrNoServer: {
    es: "Falta la dirección del servidor: el token solo sirve con un servidor.",
    pt: "Falta o endereço do servidor: o token só serve com um servidor.",
    en: "The server address is missing: a token only works with a server.",
  },
  optAddrNotUrl: {
    es: "La dirección del servidor no es una dirección web: escríbala completa, empezando por https://.",
    pt: "O endereço do servidor não é um endereço web: escreva-o completo, começando por https://.",
    en: "The server address is not a web address: write it in full, starting with https://.",
  },
  optAddrNotHttp: {
    es: "La dirección del servidor debe empezar por https:// (o http://).",
    pt: "O endereço do servidor deve começar por https:// (ou http://).",
    en: "The server address must start with https:// (or http://).",
  },
  optTokenMalformed: {
    es: "El token tiene espacios u otros caracteres que un token no lleva: cópielo de nuevo.",
    pt: "O token tem espaços ou outros caracteres que um token não tem: copie-o de novo.",
    en: "The token has spaces or other characters a token does not have: copy it again.",
  },
  optPermissionDenied: {
    es: "El navegador no concedió el acceso a esa dirección: no se guardó nada.",
    pt: "O navegador não concedeu acesso a esse endereço: nada foi salvo.",
    en: "The browser did not grant access to that address: nothing was saved.",
  },
  optWhyNoServer: {
    es: "no hay servidor configurado; escriba su dirección y pulse Guardar",
    pt: "não há servidor configurado; escreva o endereço e clique em Salvar",
    en: "no server is configured; enter its address and press Save",
  },
  optWhyNotUrl: {
    es: "la dirección guardada no es una dirección web",
    pt: "o endereço salvo não é um endereço web",
    en: "the saved address is not a web address",
  },
  optWhyNotHttp: {
    es: "la dirección guardada no empieza por https:// ni por http://",
    pt: "o endereço salvo não começa por https:// nem por http://",
    en: "the saved address starts with neither https:// nor http://",
  },
  optWhyTokenNeedsHttps: {
    es: "el token solo se envía por https (o a este equipo)",
    pt: "o token só é enviado por https (ou a este computador)",
    en: "a token is only sent over https (or to this computer)",
  },
  optWhyTokenMalformed: {
    es: "el token guardado tiene caracteres que un token no lleva",
    pt: "o token salvo tem caracteres que um token não tem",
    en: "the saved token has characters a token does not have",
  },
  optWhyUnreachable: {
    es: "no se pudo contactar al servidor: nada respondió en esa dirección. Revise la dirección y la conexión a internet",
    pt: "não foi possível contatar o servidor: nada respondeu nesse endereço. Verifique o endereço e a conexão à internet",
    en: "the server could not be reached: nothing answered at that address. Check the address and the internet connection",
  },
  optWhyNotSolidaria: {
    es: "en esa dirección respondió un servidor, pero no es un servidor de Solidaria. Revise la dirección",
    pt: "nesse endereço respondeu um servidor, mas não é um servidor do Solidaria. Verifique o endereço",
    en: "a server answered at that address, but it is not a Solidaria server. Check the address",
  },
  optWhyRefused: {
    es: "el servidor de Solidaria rechazó la solicitud de esta extensión. Consulte a quien lo administra",
    pt: "o servidor do Solidaria recusou a solicitação desta extensão. Consulte quem o administra",
    en: "the Solidaria server refused this extension's request. Ask whoever runs it",
  },
  optWhyServerError: {
    es: "el servidor tuvo un error o no está disponible en este momento. Inténtelo más tarde",
    pt: "o servidor teve um erro ou não está disponível no momento. Tente mais tarde",
    en: "the server had an error or is not available right now. Try again later",
  },
  optWhyInvalidData: {
    es: "el servidor envió datos que esta versión de la extensión no puede leer. Actualice la extensión o consulte a quien administra el servidor",
    pt: "o servidor enviou dados que esta versão da extensão não consegue ler. Atualize a extensão ou consulte quem administra o servidor",
    en: "the server sent data this version of the extension cannot read. Update the extension or ask whoever runs the server",
  },
  optTokenRefused: {
    es: "El servidor rechazó el token: no es válido o fue revocado. Pida uno nuevo a quien administra el servidor.",
    pt: "O servidor recusou o token: não é válido ou foi revogado. Peça um novo a quem administra o servidor.",
    en: "The server refused the token: it is not valid or was revoked. Ask whoever runs the server for a new one.",
  },
  optTokenAccepted: { es: "Token aceptado", pt: "Token aceito", en: "Token accepted" },
  optPublicStillSynced: {
    es: "Los datos públicos sí se actualizaron",
    pt: "Os dados públicos foram atualizados",
    en: "The public data was updated",
  },
  optPluginOn: { es: "Activado", pt: "Ativado", en: "Turned on" },
  optPluginOff: { es: "Desactivado", pt: "Desativado", en: "Turned off" },
  optImportUnreadable: {
    es: "No se pudo leer el archivo.",
    pt: "Não foi possível ler o arquivo.",
    en: "The file could not be read.",
  },
  optImportNotJson: {
    es: "El archivo no contiene JSON válido: elija el archivo .json del adaptador.",
    pt: "O arquivo não contém JSON válido: escolha o arquivo .json do adaptador.",
    en: "The file does not contain valid JSON: choose the adapter's .json file.",
  },
  optImportInvalid: {
    es: "El adaptador no es válido: faltan campos o alguno tiene un valor no válido.",
    pt: "O adaptador não é válido: faltam campos ou algum tem um valor inválido.",
    en: "The adapter is not valid: fields are missing or one has a value that is not valid.",
  },
  optStoredInvalid: {
    es: "Este adaptador ya no es válido y no se usa: importe una versión corregida.",
    pt: "Este adaptador já não é válido e não é usado: importe uma versão corrigida.",
    en: "This adapter is no longer valid and is not used: import a corrected version.",
  },
  optNoAdapters: { es: "Ningún adaptador importado.", pt: "Nenhum adaptador importado.", en: "No adapter imported." },
  optAdapterRemoved: { es: "Adaptador quitado", pt: "Adaptador removido", en: "Adapter removed" },
  optAccessGranted: { es: "Acceso autorizado", pt: "Acesso autorizado", en: "Access granted" },
  optGrantDenied: {
    es: "El navegador no concedió el acceso.",
    pt: "O navegador não concedeu o acesso.",
    en: "The browser did not grant access.",
  },
  optHostEmpty: {
    es: "Escriba la dirección del portal, por ejemplo https://portal.example.gob.",
    pt: "Escreva o endereço do portal, por exemplo https://portal.example.gov.br.",
    en: "Enter the portal's address, for example https://portal.example.gov.",
  },
  optHostNotUrl: {
    es: "La dirección del portal no es una dirección web: escríbala completa, empezando por https://.",
    pt: "O endereço do portal não é um endereço web: escreva-o completo, começando por https://.",
    en: "The portal address is not a web address: write it in full, starting with https://.",
  },
  optHostNotHttp: {
    es: "La dirección del portal debe empezar por https:// (o http://).",
    pt: "O endereço do portal deve começar por https:// (ou http://).",
    en: "The portal address must start with https:// (or http://).",
  },
  optHostAdded: { es: "Portal autorizado", pt: "Portal autorizado", en: "Portal allowed" },
  optHostKnown: {
    es: "Ese portal ya estaba autorizado.",
    pt: "Esse portal já estava autorizado.",
    en: "That portal was already allowed.",
  },
  optHostRemoved: { es: "Portal quitado", pt: "Portal removido", en: "Portal removed" },
  optNoHosts: {
    es: "Ningún otro portal autorizado.",
    pt: "Nenhum outro portal autorizado.",
    en: "No other portal allowed.",
  },
  // A developer setting, shown as one: pinning "today" to test saved pages.
  testing: {
    es: "Pruebas (solo para desarrolladores)",
    pt: "Testes (só para desenvolvedores)",
    en: "Testing (developers only)",
  },
  pinTodayLabel: {
    es: "Fecha de hoy fijada para pruebas",
    pt: "Data de hoje fixada para testes",
    en: "Today's date, pinned for testing",
  },
  pinTodayHint: {
    es: "Solo para probar con páginas guardadas: los plazos y las edades se cuentan hasta esta fecha en lugar de hoy. Déjela vacía en el trabajo diario.",
    pt: "Só para testar com páginas salvas: os prazos e as idades são contados até esta data em vez de hoje. Deixe-a vazia no trabalho diário.",
    en: "Only for testing with saved pages: deadlines and ages are counted to this date instead of today. Leave it empty in everyday work.",
  },
  pinTodayClear: { es: "Volver a hoy", pt: "Voltar a hoje", en: "Back to today" },
  pinTodaySaved: {
    es: "Fecha de prueba fijada: {date}. Los plazos se cuentan hasta ese día.",
    pt: "Data de teste fixada: {date}. Os prazos são contados até esse dia.",
    en: "Testing date pinned: {date}. Deadlines are counted to that day.",
  },
  pinTodayCleared: {
    es: "Sin fecha fijada: los plazos se cuentan hasta hoy.",
    pt: "Sem data fixada: os prazos são contados até hoje.",
    en: "No date pinned: deadlines are counted to today.",
  },
  pinTodayInvalid: {
    es: "Esa no es una fecha válida: elija un día entre 1900 y 2200.",
    pt: "Essa não é uma data válida: escolha um dia entre 1900 e 2200.",
    en: "That is not a valid date: choose a day between 1900 and 2200.",
  },
  pinnedTodayNote: {
    es: "Fecha de prueba: los plazos se cuentan hasta el {date}.",
    pt: "Data de teste: os prazos são contados até {date}.",
    en: "Testing date: deadlines are counted to {date}.",
  },
  optUnexpected: {
    es: "Algo falló y el cambio no se guardó. Inténtelo de nuevo.",
    pt: "Algo falhou e a alteração não foi salva. Tente de novo.",
    en: "Something went wrong and the change was not saved. Try again.",
  },
} as const satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof MESSAGES;

export function t(key: MessageKey, locale: Locale): string {
  return MESSAGES[key][locale];
}

/** The language to show: the user's choice, else the browser's (es, pt or en). */
export function effectiveLocale(choice: string, browserLanguage: string | undefined): Locale {
  return choice === "es" || choice === "pt" || choice === "en" ? choice : resolveLocale(browserLanguage);
}
