import type { LocalizedText } from "../i18n/locale.js";

/**
 * The legal instruments the rules cite. Each instrument is its own source: annotations cite it
 * by id and provision (e.g. `refugee-convention-1951`, "art. 33(1)").
 */
export interface Provision {
  readonly title: LocalizedText;
}

export interface Quote {
  /** Language of the text the others were made from (the authentic text of a declaration, say). */
  readonly original: "es" | "pt" | "en";
  readonly text: LocalizedText;
  /** Which of `text` are translations made for this project rather than official versions. */
  readonly unofficialTranslations: readonly ("es" | "pt" | "en")[];
  /** Where an official version is quoted from when it is not the instrument's own authentic text. */
  readonly officialVersions?: Partial<Record<"es" | "pt" | "en", string>>;
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
      "art. 27": { title: t("Documentos de identidad", "Documentos de identidade", "Identity papers") },
      "art. 31": {
        title: t(
          "No sanción por entrada irregular",
          "Não penalização pela entrada irregular",
          "No penalties for irregular entry",
        ),
      },
      "art. 33(1)": { title: t("No devolución", "Não devolução", "Non-refoulement") },
    },
    quotes: {
      "art. 33(1)": {
        original: "en",
        text: t(
          "1. Ningún Estado Contratante podrá, por expulsión o devolución, poner en modo alguno a un refugiado en las fronteras de los territorios donde su vida o su libertad peligre por causa de su raza, religión, nacionalidad, pertenencia a determinado grupo social, o de sus opiniones políticas.",
          "1. Nenhum dos Estados Contratantes expulsará ou rechaçará, de maneira alguma, um refugiado para as fronteiras dos territórios em que a sua vida ou a sua liberdade seja ameaçada em virtude da sua raça, da sua religião, da sua nacionalidade, do grupo social a que pertence ou das suas opiniões políticas.",
          "1. No Contracting State shall expel or return (“refouler”) a refugee in any manner whatsoever to the frontiers of territories where his life or freedom would be threatened on account of his race, religion, nationality, membership of a particular social group or political opinion.",
        ),
        // The Portuguese is Brazil's promulgated text (Decreto 50.215/1961) as far as it could be checked: see LEGAL-NOTES.
        unofficialTranslations: ["pt"],
        officialVersions: { es: "United Nations Spanish version" },
      },
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
    shortTitle: t(
      "Declaración y Plan de Acción de México",
      "Declaração e Plano de Ação do México",
      "Mexico Declaration and Plan of Action",
    ),
    adopted: "2004-11-16",
    year: 2004,
    binding: false,
    provisions: {
      Declaration: {
        title: t(
          "No devolución, incluido el no rechazo en frontera; unidad familiar",
          "Não devolução, incluindo a não rejeição na fronteira; unidade familiar",
          "Non-refoulement, including non-rejection at the border; family unity",
        ),
      },
      "ch. 2, §2.2": {
        title: t(
          "Fortalecimiento de las Comisiones Nacionales de Refugiados: debido proceso",
          "Fortalecimento das Comissões Nacionais de Refugiados: devido processo",
          "Strengthening National Refugee Commissions: due process",
        ),
      },
      "ch. 3, §1": { title: t("Ciudades Solidarias", "Cidades Solidárias", "Solidarity Cities") },
      "ch. 3, §2": { title: t("Fronteras Solidarias", "Fronteiras Solidárias", "Borders of Solidarity") },
      "ch. 3, §3": { title: t("Reasentamiento Solidario", "Reassentamento Solidário", "Solidarity Resettlement") },
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
    quotes: {
      "art. 22(8)": {
        original: "es",
        text: t(
          "8. En ningún caso el extranjero puede ser expulsado o devuelto a otro país, sea o no de origen, donde su derecho a la vida o a la libertad personal está en riesgo de violación a causa de raza, nacionalidad, religión, condición social o de sus opiniones políticas.",
          "8. Em nenhum caso o estrangeiro pode ser expulso ou entregue a outro país, seja ou não de origem, onde seu direito à vida ou à liberdade pessoal esteja em risco de violação por causa da sua raça, nacionalidade, religião, condição social ou de suas opiniões políticas.",
          "8. In no case may an alien be deported or returned to a country, regardless of whether or not it is his country of origin, if in that country his right to life or personal freedom is in danger of being violated because of his race, nationality, religion, social status, or political opinions.",
        ),
        // Spanish and English checked against the IACHR's quotation of the article; the OAS Portuguese text was not reachable.
        unofficialTranslations: ["pt"],
      },
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
    quotes: {
      "art. 3": {
        original: "en",
        text: t(
          "1. Ningún Estado Parte procederá a la expulsión, devolución o extradición de una persona a otro Estado cuando haya razones fundadas para creer que estaría en peligro de ser sometida a tortura.",
          "1. Nenhum Estado Parte procederá à expulsão, devolução ou extradição de uma pessoa para outro Estado quando houver razões substanciais para crer que a mesma corre perigo de ali ser submetida a tortura.",
          "1. No State Party shall expel, return (“refouler”) or extradite a person to another State where there are substantial grounds for believing that he would be in danger of being subjected to torture.",
        ),
        unofficialTranslations: [],
        officialVersions: { pt: "Decreto n.º 40, de 15 de fevereiro de 1991 (Brasil)" },
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
      "art. 20": {
        title: t(
          "Niños privados de su medio familiar",
          "Crianças privadas do seu meio familiar",
          "Children deprived of their family environment",
        ),
      },
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
      // Brazil's official title (Decreto n.º 5.017, de 12 de março de 2004).
      "Protocolo Adicional à Convenção das Nações Unidas contra o Crime Organizado Transnacional Relativo à Prevenção, Repressão e Punição do Tráfico de Pessoas, em Especial Mulheres e Crianças",
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
    quotes: {
      "art. 3(a)": {
        original: "en",
        text: t(
          "a) Por «trata de personas» se entenderá la captación, el transporte, el traslado, la acogida o la recepción de personas, recurriendo a la amenaza o al uso de la fuerza u otras formas de coacción, al rapto, al fraude, al engaño, al abuso de poder o de una situación de vulnerabilidad o a la concesión o recepción de pagos o beneficios para obtener el consentimiento de una persona que tenga autoridad sobre otra, con fines de explotación. Esa explotación incluirá, como mínimo, la explotación de la prostitución ajena u otras formas de explotación sexual, los trabajos o servicios forzados, la esclavitud o las prácticas análogas a la esclavitud, la servidumbre o la extracción de órganos;",
          "a) A expressão «tráfico de pessoas» significa o recrutamento, o transporte, a transferência, o alojamento ou o acolhimento de pessoas, recorrendo à ameaça ou uso da força ou a outras formas de coação, ao rapto, à fraude, ao engano, ao abuso de autoridade ou à situação de vulnerabilidade ou à entrega ou aceitação de pagamentos ou benefícios para obter o consentimento de uma pessoa que tenha autoridade sobre outra para fins de exploração. A exploração incluirá, no mínimo, a exploração da prostituição de outrem ou outras formas de exploração sexual, o trabalho ou serviços forçados, escravatura ou práticas similares à escravatura, a servidão ou a remoção de órgãos;",
          "(a) “Trafficking in persons” shall mean the recruitment, transportation, transfer, harbouring or receipt of persons, by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person, for the purpose of exploitation. Exploitation shall include, at a minimum, the exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude or the removal of organs;",
        ),
        unofficialTranslations: [],
        officialVersions: { pt: "Decreto n.º 5.017, de 12 de março de 2004 (Brasil)" },
      },
      "art. 3(c)": {
        original: "en",
        text: t(
          "c) La captación, el transporte, el traslado, la acogida o la recepción de un niño con fines de explotación se considerará «trata de personas» incluso cuando no se recurra a ninguno de los medios enunciados en el apartado a) del presente artículo;",
          "c) O recrutamento, o transporte, a transferência, o alojamento ou o acolhimento de uma criança para fins de exploração serão considerados «tráfico de pessoas» mesmo que não envolvam nenhum dos meios referidos da alínea a) do presente Artigo;",
          "(c) The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose of exploitation shall be considered “trafficking in persons” even if this does not involve any of the means set forth in subparagraph (a) of this article;",
        ),
        // Only the English could be checked; the Spanish and Portuguese are given as translations until checked.
        unofficialTranslations: ["es", "pt"],
      },
    },
  },
  {
    id: "smuggling-protocol-2000",
    kind: "protocol",
    scope: "universal",
    country: null,
    title: t(
      "Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire",
      // Brazil's official title (Decreto n.º 5.016, de 12 de março de 2004): in Brazil "tráfico de migrantes" is smuggling.
      "Protocolo Adicional à Convenção das Nações Unidas contra o Crime Organizado Transnacional, relativo ao Combate ao Tráfico de Migrantes por Via Terrestre, Marítima e Aérea",
      "Protocol against the Smuggling of Migrants by Land, Sea and Air",
    ),
    shortTitle: t(
      "Protocolo contra el tráfico ilícito de migrantes",
      "Protocolo contra o tráfico de migrantes",
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
          "Definición ampliada (sin «violencia generalizada»; con «ocupación o dominación extranjera»)",
          "Definição ampliada (sem «violência generalizada»; com «ocupação ou dominação estrangeira»)",
          "Extended definition (without “generalized violence”; with “foreign occupation or domination”)",
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
    id: "pe-dleg-713",
    kind: "national-law",
    scope: "national",
    country: "PE",
    title: t(
      "Decreto Legislativo N.º 713 (descansos remunerados; feriados nacionales)",
      "Decreto Legislativo n.º 713 do Peru (descansos remunerados; feriados nacionais)",
      "Peru's Legislative Decree 713 (paid rest; national public holidays)",
    ),
    shortTitle: t("D. Leg. 713", "D. Leg. 713", "D. Leg. 713"),
    adopted: null,
    year: 1991,
    binding: true,
    provisions: { "art. 6": { title: t("Días feriados", "Feriados", "Public holidays") } },
  },
  {
    id: "pe-law-31381",
    kind: "national-law",
    scope: "national",
    country: "PE",
    title: t(
      "Ley N.º 31381 (feriado del 9 de diciembre, Batalla de Ayacucho)",
      "Lei n.º 31381 do Peru (feriado de 9 de dezembro)",
      "Peru's Law 31381 (9 December holiday)",
    ),
    shortTitle: t("Ley 31381", "Ley 31381", "Ley 31381"),
    adopted: null,
    year: 2021,
    binding: true,
    provisions: {},
  },
  {
    id: "pe-law-31530",
    kind: "national-law",
    scope: "national",
    country: "PE",
    title: t(
      "Ley N.º 31530 (feriado del 6 de agosto, Batalla de Junín)",
      "Lei n.º 31530 do Peru (feriado de 6 de agosto)",
      "Peru's Law 31530 (6 August holiday)",
    ),
    shortTitle: t("Ley 31530", "Ley 31530", "Ley 31530"),
    adopted: null,
    year: 2022,
    binding: true,
    provisions: {},
  },
  {
    id: "pe-law-31788",
    kind: "national-law",
    scope: "national",
    country: "PE",
    title: t(
      "Ley N.º 31788 (feriado del 7 de junio, Batalla de Arica y Día de la Bandera)",
      "Lei n.º 31788 do Peru (feriado de 7 de junho)",
      "Peru's Law 31788 (7 June holiday)",
    ),
    shortTitle: t("Ley 31788", "Ley 31788", "Ley 31788"),
    adopted: "2023-06-15",
    year: 2023,
    binding: true,
    provisions: {},
  },
  {
    id: "pe-law-31822",
    kind: "national-law",
    scope: "national",
    country: "PE",
    title: t(
      "Ley N.º 31822 (feriado del 23 de julio, Día de la Fuerza Aérea del Perú; modifica la Ley 16126)",
      "Lei n.º 31822 do Peru (feriado de 23 de julho)",
      "Peru's Law 31822 (23 July holiday)",
    ),
    shortTitle: t("Ley 31822", "Ley 31822", "Ley 31822"),
    adopted: null,
    year: 2023,
    binding: true,
    provisions: {},
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
      "arts. 7-8": {
        title: t(
          "Solicitud en cualquier momento; la entrada irregular no la impide",
          "Pedido a qualquer tempo; o ingresso irregular não o impede",
          "Claim at any time; irregular entry no obstacle",
        ),
      },
      "art. 11": { title: t("Creación del CONARE", "Criação do CONARE", "CONARE established") },
      "art. 21": {
        title: t(
          "Protocolo: estancia hasta la decisión final",
          "Protocolo: estada até a decisão final",
          "Protocol: stay until the final decision",
        ),
      },
      "art. 47": {
        title: t("Procedimiento gratuito y urgente", "Procedimento gratuito e urgente", "Free and urgent procedure"),
      },
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
      "art. 18": {
        title: t(
          "Plazo de 30 días hábiles para solicitar",
          "Prazo de 30 dias úteis para solicitar",
          "30 working days to file a claim",
        ),
      },
      "art. 24": {
        title: t(
          "Plazo de 45 días hábiles para resolver",
          "Prazo de 45 dias úteis para decidir",
          "45 working days to decide",
        ),
      },
      "art. 25": {
        title: t(
          "Recurso de revisión en 15 días hábiles",
          "Recurso de revisão em 15 dias úteis",
          "Review within 15 working days",
        ),
      },
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
      "art. 98(2)": { title: t("Definición ampliada", "Definição ampliada", "Extended definition") },
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
  {
    id: "br-law-9784",
    kind: "national-law",
    scope: "national",
    country: "BR",
    title: t(
      "Ley N.º 9.784 de Brasil (proceso administrativo federal)",
      "Lei n.º 9.784, de 29 de janeiro de 1999 (processo administrativo federal)",
      "Brazil's Law No. 9,784 (federal administrative procedure)",
    ),
    shortTitle: t("Lei 9.784/1999", "Lei 9.784/1999", "Lei 9.784/1999"),
    adopted: "1999-01-29",
    year: 1999,
    binding: true,
    provisions: {
      "art. 66 §1": {
        title: t(
          "Plazo prorrogado al primer día hábil",
          "Prazo prorrogado até o primeiro dia útil",
          "Deadline moved to the next working day",
        ),
      },
    },
  },
  {
    id: "ar-decree-646-2025",
    kind: "regulation",
    scope: "national",
    country: "AR",
    title: t(
      "Decreto 646/2025, reglamentación de la Ley 26.165 (Argentina)",
      "Decreto 646/2025 da Argentina (regulamento da Lei 26.165)",
      "Argentina's Decree 646/2025 regulating Law 26,165",
    ),
    shortTitle: t("Decreto 646/2025", "Decreto 646/2025", "Decreto 646/2025"),
    adopted: "2025-09-10",
    year: 2025,
    binding: true,
    provisions: {},
  },
  {
    id: "mx-reg-refugees-2012",
    kind: "regulation",
    scope: "national",
    country: "MX",
    title: t(
      "Reglamento de la Ley sobre Refugiados y Protección Complementaria (México)",
      "Regulamento da Lei sobre Refugiados e Proteção Complementar do México",
      "Regulations of Mexico's Law on Refugees and Complementary Protection",
    ),
    shortTitle: t("Reglamento (México)", "Regulamento (México)", "Regulations (Mexico)"),
    adopted: null,
    year: 2012,
    binding: true,
    provisions: {},
  },
  {
    id: "co-decree-2840-2013",
    kind: "regulation",
    scope: "national",
    country: "CO",
    title: t(
      "Decreto 2840 de 2013, procedimiento para la determinación de la condición de refugiado (Colombia)",
      "Decreto 2840 de 2013 da Colômbia (procedimento de determinação da condição de refugiado)",
      "Colombia's Decree 2840 of 2013 (refugee status determination procedure)",
    ),
    shortTitle: t("Decreto 2840/2013", "Decreto 2840/2013", "Decreto 2840/2013"),
    adopted: null,
    year: 2013,
    binding: true,
    provisions: {
      "art. 1(b)": { title: t("Definición ampliada", "Definição ampliada", "Extended definition") },
    },
  },
  {
    id: "co-law-4-1913",
    kind: "national-law",
    scope: "national",
    country: "CO",
    title: t(
      "Ley 4 de 1913, sobre régimen político y municipal (Colombia)",
      "Lei 4 de 1913 da Colômbia (regime político e municipal)",
      "Colombia's Law 4 of 1913 (political and municipal regime)",
    ),
    shortTitle: t("Ley 4 de 1913", "Ley 4 de 1913", "Ley 4 de 1913"),
    adopted: null,
    year: 1913,
    binding: true,
    provisions: {
      "art. 62": { title: t("Cómputo de plazos", "Contagem de prazos", "How periods are counted") },
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
