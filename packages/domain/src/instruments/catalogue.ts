import type { LocalizedText } from "../i18n/locale.js";

/**
 * The legal instruments the rules cite. Each instrument is its own source: annotations cite it
 * by id and provision (e.g. `refugee-convention-1951`, "art. 33(1)").
 */
export interface Provision {
  readonly title: LocalizedText;
}

export interface Quote {
  /** Language of the authentic text quoted; other languages are translations. */
  readonly original: "es" | "pt" | "en";
  readonly text: LocalizedText;
  /** Which of `text` are translations made for this project rather than official versions. */
  readonly unofficialTranslations: readonly ("es" | "pt" | "en")[];
}

export interface Instrument {
  readonly id: string;
  readonly kind: "treaty" | "protocol" | "declaration" | "national-law" | "regulation" | "administrative-act";
  readonly scope: "universal" | "inter-american" | "regional" | "national";
  /** ISO 3166-1 alpha-2 code for national instruments. */
  readonly country: string | null;
  readonly title: LocalizedText;
  readonly shortTitle: LocalizedText;
  /** Date of adoption or publication (ISO 8601), `null` when not confirmed. */
  readonly adopted: string | null;
  readonly year: number;
  readonly binding: boolean;
  readonly provisions: Readonly<Record<string, Provision>>;
  readonly quotes?: Readonly<Record<string, Quote>>;
}

const t = (es: string, pt: string, en: string): LocalizedText => ({ es, pt, en });

const INSTRUMENT_LIST = [
  {
    id: "refugee-convention-1951",
    kind: "treaty",
    scope: "universal",
    country: null,
    title: t(
      "Convención sobre el Estatuto de los Refugiados",
      "Convenção relativa ao Estatuto dos Refugiados",
      "Convention relating to the Status of Refugees",
    ),
    shortTitle: t("Convención de 1951", "Convenção de 1951", "1951 Convention"),
    adopted: "1951-07-28",
    year: 1951,
    binding: true,
    provisions: {
      "art. 1A(2)": { title: t("Definición de refugiado", "Definição de refugiado", "Refugee definition") },
      "art. 31": {
        title: t(
          "No sanción por entrada irregular",
          "Não penalização pela entrada irregular",
          "No penalties for irregular entry",
        ),
      },
      "art. 33(1)": { title: t("No devolución", "Não devolução", "Non-refoulement") },
    },
  },
  {
    id: "refugee-protocol-1967",
    kind: "protocol",
    scope: "universal",
    country: null,
    title: t(
      "Protocolo sobre el Estatuto de los Refugiados",
      "Protocolo relativo ao Estatuto dos Refugiados",
      "Protocol relating to the Status of Refugees",
    ),
    shortTitle: t("Protocolo de 1967", "Protocolo de 1967", "1967 Protocol"),
    adopted: "1967-01-31",
    year: 1967,
    binding: true,
    provisions: {
      "art. I(2)": {
        title: t(
          "Supresión de los límites temporal y geográfico",
          "Supressão dos limites temporal e geográfico",
          "Removal of the time and geographic limits",
        ),
      },
    },
  },
  {
    id: "cartagena-declaration-1984",
    kind: "declaration",
    scope: "regional",
    country: null,
    title: t(
      "Declaración de Cartagena sobre Refugiados",
      "Declaração de Cartagena sobre Refugiados",
      "Cartagena Declaration on Refugees",
    ),
    shortTitle: t("Declaración de Cartagena", "Declaração de Cartagena", "Cartagena Declaration"),
    adopted: "1984-11-22",
    year: 1984,
    binding: false,
    provisions: {
      "concl. III(3)": {
        title: t("Definición ampliada de refugiado", "Definição ampliada de refugiado", "Extended refugee definition"),
      },
      "concl. III(5)": {
        title: t(
          "No devolución, incluido el rechazo en frontera",
          "Não devolução, incluindo a rejeição na fronteira",
          "Non-refoulement, including rejection at the border",
        ),
      },
    },
    quotes: {
      "concl. III(3)": {
        original: "es",
        text: t(
          "…la definición o concepto de refugiado recomendable para su utilización en la región es aquella que además de contener los elementos de la Convención de 1951 y el Protocolo de 1967, considere también como refugiados a las personas que han huido de sus países porque su vida, seguridad o libertad han sido amenazadas por la violencia generalizada, la agresión extranjera, los conflictos internos, la violación masiva de los derechos humanos u otras circunstancias que hayan perturbado gravemente el orden público.",
          "…a definição ou conceito de refugiado recomendável para sua utilização na região é aquela que, além de conter os elementos da Convenção de 1951 e do Protocolo de 1967, considere também como refugiados as pessoas que fugiram de seus países porque sua vida, segurança ou liberdade foram ameaçadas pela violência generalizada, a agressão estrangeira, os conflitos internos, a violação maciça dos direitos humanos ou outras circunstâncias que tenham perturbado gravemente a ordem pública.",
          "…the definition or concept of a refugee to be recommended for use in the region is one which, in addition to containing the elements of the 1951 Convention and the 1967 Protocol, includes among refugees persons who have fled their country because their lives, safety or freedom have been threatened by generalized violence, foreign aggression, internal conflicts, massive violation of human rights or other circumstances which have seriously disturbed public order.",
        ),
        unofficialTranslations: ["pt"],
      },
    },
  },
  {
    id: "san-jose-declaration-1994",
    kind: "declaration",
    scope: "regional",
    country: null,
    title: t(
      "Declaración de San José sobre Refugiados y Personas Desplazadas",
      "Declaração de San José sobre Refugiados e Pessoas Deslocadas",
      "San José Declaration on Refugees and Displaced Persons",
    ),
    shortTitle: t("Declaración de San José", "Declaração de San José", "San José Declaration"),
    adopted: "1994-12-07",
    year: 1994,
    binding: false,
    provisions: {
      "concl. 16": {
        title: t("Personas desplazadas internas", "Pessoas deslocadas internas", "Internally displaced persons"),
      },
    },
  },
  {
    id: "mexico-declaration-2004",
    kind: "declaration",
    scope: "regional",
    country: null,
    title: t(
      "Declaración y Plan de Acción de México para Fortalecer la Protección Internacional de los Refugiados en América Latina",
      "Declaração e Plano de Ação do México para Fortalecer a Proteção Internacional dos Refugiados na América Latina",
      "Mexico Declaration and Plan of Action to Strengthen the International Protection of Refugees in Latin America",
    ),
    shortTitle: t("Plan de Acción de México", "Plano de Ação do México", "Mexico Plan of Action"),
    adopted: "2004-11-16",
    year: 2004,
    binding: false,
    provisions: {
      "Decl.": {
        title: t(
          "No devolución, incluido el no rechazo en frontera; unidad familiar",
          "Não devolução, incluindo a não rejeição na fronteira; unidade familiar",
          "Non-refoulement, including non-rejection at the border; family unity",
        ),
      },
      "ch. 2 §2.2": {
        title: t(
          "Fortalecimiento de las Comisiones Nacionales de Refugiados: debido proceso",
          "Fortalecimento das Comissões Nacionais de Refugiados: devido processo",
          "Strengthening National Refugee Commissions: due process",
        ),
      },
      "ch. 3 §1": { title: t("Ciudades Solidarias", "Cidades Solidárias", "Solidarity Cities") },
      "ch. 3 §2": { title: t("Fronteras Solidarias", "Fronteiras Solidárias", "Borders of Solidarity") },
      "ch. 3 §3": { title: t("Reasentamiento Solidario", "Reassentamento Solidário", "Solidarity Resettlement") },
    },
  },
  {
    id: "american-convention-1969",
    kind: "treaty",
    scope: "inter-american",
    country: null,
    title: t(
      "Convención Americana sobre Derechos Humanos",
      "Convenção Americana sobre Direitos Humanos",
      "American Convention on Human Rights",
    ),
    shortTitle: t("Convención Americana", "Convenção Americana", "American Convention"),
    adopted: "1969-11-22",
    year: 1969,
    binding: true,
    provisions: {
      "art. 8": { title: t("Garantías judiciales", "Garantias judiciais", "Right to a fair trial") },
      "art. 17": { title: t("Protección a la familia", "Proteção da família", "Rights of the family") },
      "art. 19": { title: t("Derechos del niño", "Direitos da criança", "Rights of the child") },
      "art. 22(7)": {
        title: t(
          "Derecho a buscar y recibir asilo",
          "Direito de buscar e receber asilo",
          "Right to seek and be granted asylum",
        ),
      },
      "art. 22(8)": { title: t("No devolución", "Não devolução", "Non-refoulement") },
    },
  },
  {
    id: "convention-against-torture-1984",
    kind: "treaty",
    scope: "universal",
    country: null,
    title: t(
      "Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes",
      "Convenção contra a Tortura e Outros Tratamentos ou Penas Cruéis, Desumanos ou Degradantes",
      "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
    ),
    shortTitle: t("Convención contra la Tortura", "Convenção contra a Tortura", "Convention against Torture"),
    adopted: "1984-12-10",
    year: 1984,
    binding: true,
    provisions: {
      "art. 3": {
        title: t(
          "Prohibición de devolver a quien corra peligro de tortura",
          "Proibição de devolver quem corra risco de tortura",
          "No return to a risk of torture",
        ),
      },
    },
  },
  {
    id: "convention-rights-child-1989",
    kind: "treaty",
    scope: "universal",
    country: null,
    title: t(
      "Convención sobre los Derechos del Niño",
      "Convenção sobre os Direitos da Criança",
      "Convention on the Rights of the Child",
    ),
    shortTitle: t(
      "Convención sobre los Derechos del Niño",
      "Convenção sobre os Direitos da Criança",
      "Convention on the Rights of the Child",
    ),
    adopted: "1989-11-20",
    year: 1989,
    binding: true,
    provisions: {
      "art. 1": { title: t("Definición de niño", "Definição de criança", "Definition of a child") },
      "art. 3": {
        title: t("Interés superior del niño", "Interesse superior da criança", "Best interests of the child"),
      },
      "art. 9": {
        title: t("No separación de los padres", "Não separação dos pais", "No separation from parents"),
      },
      "art. 10": { title: t("Reunificación familiar", "Reunificação familiar", "Family reunification") },
      "art. 22": { title: t("Niños refugiados", "Crianças refugiadas", "Refugee children") },
    },
  },
  {
    id: "palermo-trafficking-protocol-2000",
    kind: "protocol",
    scope: "universal",
    country: null,
    title: t(
      "Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños",
      "Protocolo relativo à Prevenção, Repressão e Punição do Tráfico de Pessoas, em Especial Mulheres e Crianças",
      "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
    ),
    shortTitle: t(
      "Protocolo de Palermo (trata)",
      "Protocolo de Palermo (tráfico de pessoas)",
      "Palermo Protocol (trafficking)",
    ),
    adopted: "2000-11-15",
    year: 2000,
    binding: true,
    provisions: {
      "art. 3(a)": {
        title: t(
          "Definición de trata: acto, medio y fin",
          "Definição de tráfico: ato, meio e finalidade",
          "Definition of trafficking: act, means and purpose",
        ),
      },
      "art. 3(c)": {
        title: t("Niños: no se requiere el medio", "Crianças: o meio não é exigido", "Children: no means required"),
      },
      "art. 6": { title: t("Protección de las víctimas", "Proteção das vítimas", "Protection of victims") },
    },
  },
  {
    id: "smuggling-protocol-2000",
    kind: "protocol",
    scope: "universal",
    country: null,
    title: t(
      "Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire",
      "Protocolo contra o Contrabando de Migrantes por Via Terrestre, Marítima e Aérea",
      "Protocol against the Smuggling of Migrants by Land, Sea and Air",
    ),
    shortTitle: t(
      "Protocolo contra el tráfico ilícito de migrantes",
      "Protocolo contra o contrabando de migrantes",
      "Smuggling Protocol",
    ),
    adopted: "2000-11-15",
    year: 2000,
    binding: true,
    provisions: {
      "art. 3(a)": {
        title: t(
          "Definición de tráfico ilícito de migrantes",
          "Definição de contrabando de migrantes",
          "Definition of smuggling",
        ),
      },
    },
  },
  {
    id: "pe-law-27891",
    kind: "national-law",
    scope: "national",
    country: "PE",
    title: t(
      "Ley del Refugiado (Ley N.º 27891)",
      "Lei do Refugiado do Peru (Lei n.º 27891)",
      "Peru's Refugee Law (Law No. 27891)",
    ),
    shortTitle: t("Ley 27891", "Ley 27891", "Ley 27891"),
    adopted: null,
    year: 2002,
    binding: true,
    provisions: {
      "art. 3(a)": {
        title: t("Definición de la Convención de 1951", "Definição da Convenção de 1951", "1951 Convention definition"),
      },
      "art. 3(b)": {
        title: t(
          "Definición ampliada (sin «violencia generalizada»)",
          "Definição ampliada (sem «violência generalizada»)",
          "Extended definition (without “generalized violence”)",
        ),
      },
    },
  },
  {
    id: "pe-ds-119-2003-re",
    kind: "regulation",
    scope: "national",
    country: "PE",
    title: t(
      "Reglamento de la Ley del Refugiado (D.S. N.º 119-2003-RE)",
      "Regulamento da Lei do Refugiado do Peru (D.S. n.º 119-2003-RE)",
      "Regulations of Peru's Refugee Law (Supreme Decree 119-2003-RE)",
    ),
    shortTitle: t("D.S. 119-2003-RE", "D.S. 119-2003-RE", "D.S. 119-2003-RE"),
    adopted: null,
    year: 2003,
    binding: true,
    provisions: {},
  },
  {
    id: "pe-law-27444",
    kind: "national-law",
    scope: "national",
    country: "PE",
    title: t(
      "Ley del Procedimiento Administrativo General (Ley N.º 27444), TUO aprobado por D.S. N.º 004-2019-JUS",
      "Lei do Procedimento Administrativo Geral do Peru (Lei n.º 27444), texto único D.S. n.º 004-2019-JUS",
      "Peru's General Administrative Procedure Law (Law No. 27444), consolidated text Supreme Decree 004-2019-JUS",
    ),
    shortTitle: t("TUO Ley 27444", "TUO Ley 27444", "TUO Ley 27444"),
    adopted: null,
    year: 2019,
    binding: true,
    provisions: {
      "art. 218.2": {
        title: t(
          "Plazo de quince días para interponer recursos",
          "Prazo de quinze dias para interpor recursos",
          "Fifteen days to lodge an administrative appeal",
        ),
      },
    },
  },
  {
    id: "pe-rs-000270-2018-migraciones",
    kind: "administrative-act",
    scope: "national",
    country: "PE",
    title: t(
      "Resolución de Superintendencia N.º 000270-2018-MIGRACIONES (pasaporte y excepciones humanitarias)",
      "Resolução de Superintendência n.º 000270-2018-MIGRACIONES (passaporte e exceções humanitárias)",
      "Superintendency Resolution 000270-2018-MIGRACIONES (passport requirement and humanitarian exceptions)",
    ),
    shortTitle: t("RS 000270-2018-MIGRACIONES", "RS 000270-2018-MIGRACIONES", "RS 000270-2018-MIGRACIONES"),
    adopted: "2018-08-24",
    year: 2018,
    binding: true,
    provisions: {},
  },
  {
    id: "pe-rs-000177-2019-migraciones",
    kind: "administrative-act",
    scope: "national",
    country: "PE",
    title: t(
      "Resolución de Superintendencia N.º 000177-2019-MIGRACIONES (visa humanitaria)",
      "Resolução de Superintendência n.º 000177-2019-MIGRACIONES (visto humanitário)",
      "Superintendency Resolution 000177-2019-MIGRACIONES (humanitarian visa)",
    ),
    shortTitle: t("RS 000177-2019-MIGRACIONES", "RS 000177-2019-MIGRACIONES", "RS 000177-2019-MIGRACIONES"),
    adopted: "2019-06-12",
    year: 2019,
    binding: true,
    provisions: {},
  },
  {
    id: "br-law-9474",
    kind: "national-law",
    scope: "national",
    country: "BR",
    title: t(
      "Ley N.º 9.474 de Brasil (Estatuto de los Refugiados)",
      "Lei n.º 9.474, de 22 de julho de 1997 (Estatuto dos Refugiados)",
      "Brazil's Law No. 9,474 (Refugee Statute)",
    ),
    shortTitle: t("Lei 9.474/1997", "Lei 9.474/1997", "Lei 9.474/1997"),
    adopted: "1997-07-22",
    year: 1997,
    binding: true,
    provisions: {
      "art. 1, III": {
        title: t(
          "Grave y generalizada violación de derechos humanos",
          "Grave e generalizada violação de direitos humanos",
          "Serious and generalized violation of human rights",
        ),
      },
      "art. 29": {
        title: t(
          "Recurso ante el Ministro de Justicia en quince días",
          "Recurso ao Ministro da Justiça em quinze dias",
          "Appeal to the Minister of Justice within fifteen days",
        ),
      },
    },
  },
  {
    id: "mx-law-refugees-2011",
    kind: "national-law",
    scope: "national",
    country: "MX",
    title: t(
      "Ley sobre Refugiados, Protección Complementaria y Asilo Político (México)",
      "Lei sobre Refugiados, Proteção Complementar e Asilo Político do México",
      "Mexico's Law on Refugees, Complementary Protection and Political Asylum",
    ),
    shortTitle: t("Ley sobre Refugiados (México)", "Lei sobre Refugiados (México)", "Law on Refugees (Mexico)"),
    adopted: "2011-01-27",
    year: 2011,
    binding: true,
    provisions: {
      "art. 13, II": {
        title: t("Definición ampliada", "Definição ampliada", "Extended definition"),
      },
    },
  },
  {
    id: "ar-law-26165",
    kind: "national-law",
    scope: "national",
    country: "AR",
    title: t(
      "Ley General de Reconocimiento y Protección al Refugiado (Ley N.º 26.165, Argentina)",
      "Lei Geral de Reconhecimento e Proteção ao Refugiado da Argentina (Lei n.º 26.165)",
      "Argentina's General Law on Refugee Recognition and Protection (Law No. 26,165)",
    ),
    shortTitle: t("Ley 26.165", "Ley 26.165", "Ley 26.165"),
    adopted: null,
    year: 2006,
    binding: true,
    provisions: {
      "art. 4(b)": { title: t("Definición ampliada", "Definição ampliada", "Extended definition") },
    },
  },
  {
    id: "cl-law-20430",
    kind: "national-law",
    scope: "national",
    country: "CL",
    title: t(
      "Ley N.º 20.430 sobre protección de refugiados (Chile)",
      "Lei n.º 20.430 sobre proteção de refugiados do Chile",
      "Chile's Law No. 20,430 on refugee protection",
    ),
    shortTitle: t("Ley 20.430", "Ley 20.430", "Ley 20.430"),
    adopted: null,
    year: 2010,
    binding: true,
    provisions: {
      "art. 2(2)": { title: t("Definición ampliada", "Definição ampliada", "Extended definition") },
    },
  },
  {
    id: "ec-lomh-2017",
    kind: "national-law",
    scope: "national",
    country: "EC",
    title: t(
      "Ley Orgánica de Movilidad Humana (Ecuador)",
      "Lei Orgânica de Mobilidade Humana do Equador",
      "Ecuador's Organic Law on Human Mobility",
    ),
    shortTitle: t("LOMH", "LOMH", "LOMH"),
    adopted: null,
    year: 2017,
    binding: true,
    provisions: {
      "art. 98": { title: t("Definición de refugiado", "Definição de refugiado", "Refugee definition") },
    },
  },
  {
    id: "co-decree-1067-2015",
    kind: "regulation",
    scope: "national",
    country: "CO",
    title: t(
      "Decreto 1067 de 2015, Decreto Único Reglamentario del Sector Administrativo de Relaciones Exteriores (Colombia)",
      "Decreto 1067 de 2015 da Colômbia (setor de Relações Exteriores)",
      "Colombia's Decree 1067 of 2015 (foreign-affairs sector regulations)",
    ),
    shortTitle: t("Decreto 1067/2015", "Decreto 1067/2015", "Decreto 1067/2015"),
    adopted: "2015-05-26",
    year: 2015,
    binding: true,
    provisions: {
      "art. 2.2.3.1.1.1(b)": { title: t("Definición ampliada", "Definição ampliada", "Extended definition") },
    },
  },
] as const satisfies readonly Instrument[];

export type InstrumentId = (typeof INSTRUMENT_LIST)[number]["id"];

const byId = new Map<string, Instrument>(INSTRUMENT_LIST.map((instrument) => [instrument.id, instrument]));

export function getInstrument(id: string): Instrument | undefined {
  return byId.get(id);
}

export function listInstruments(): Instrument[] {
  return [...byId.values()];
}

export function isInstrumentId(id: string): id is InstrumentId {
  return byId.has(id);
}
