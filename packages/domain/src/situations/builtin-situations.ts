import { cite } from "../sources/citation.js";
import type { CountrySituation } from "./country-situation.js";

const AI = "ai-2020-peru";

/**
 * Venezuela as Amnesty International's 2020 report documents it. Its newest dated fact is of 7 January
 * 2020 (ch. 3, fn. 38): verified then, and stale today unless a coordinator publishes a newer version.
 */
export const venezuela: CountrySituation = {
  country: "VE",
  version: 1,
  updated: "2020-01-07",
  lastVerified: "2020-01-07",
  summary: {
    es: "Emergencia humanitaria y crisis de derechos humanos desde 2014, con violaciones masivas de derechos humanos.",
    pt: "Emergência humanitária e crise de direitos humanos desde 2014, com violações maciças de direitos humanos.",
    en: "Humanitarian emergency and human rights crisis since 2014, with massive human rights violations.",
  },
  since: { value: "2014", source: cite(AI, "ch. 1; ch. 3") },
  endedOn: null,
  cartagenaGrounds: [
    {
      ground: "massive-human-rights-violations",
      source: cite(AI, "ch. 4, 'What are massive violations of human rights?'"),
    },
  ],
  evidence: [
    {
      summary: {
        es: "Detenciones arbitrarias, tortura, ejecuciones extrajudiciales, uso abusivo de la fuerza y desapariciones forzadas.",
        pt: "Detenções arbitrárias, tortura, execuções extrajudiciais, uso abusivo da força e desaparecimentos forçados.",
        en: "Arbitrary detention, torture, extrajudicial executions, abusive use of force and enforced disappearances.",
      },
      source: cite(AI, "ch. 3, 'Massive human rights violations in Venezuela'"),
    },
    {
      summary: {
        es: "El ACNUR y la CIDH consideran refugiada a la mayoría de las personas que salen de Venezuela (Nota de orientación del ACNUR, actualización 1, mayo de 2019; Resolución 2/18 de la CIDH).",
        pt: "O ACNUR e a CIDH consideram refugiada a maioria das pessoas que saem da Venezuela (Nota de orientação do ACNUR, atualização 1, maio de 2019; Resolução 2/18 da CIDH).",
        en: "UNHCR and the IACHR consider most people leaving Venezuela to be refugees (UNHCR Guidance Note, Update 1, May 2019; IACHR Resolution 2/18).",
      },
      source: cite(AI, "ch. 4"),
    },
  ],
  figures: [
    {
      label: {
        es: "Personas venezolanas fuera de su país",
        pt: "Pessoas venezuelanas fora do seu país",
        en: "Venezuelans abroad",
      },
      value: 4_800_000,
      asOf: "2019-12",
      source: cite(AI, "ch. 3"),
    },
    {
      label: { es: "Personas venezolanas en Perú", pt: "Pessoas venezuelanas no Peru", en: "Venezuelans in Peru" },
      value: 863_613,
      asOf: "2019-10",
      source: cite(AI, "ch. 5"),
    },
    {
      label: {
        es: "Solicitudes de refugio de venezolanos en Perú",
        pt: "Pedidos de refúgio de venezuelanos no Peru",
        en: "Asylum claims by Venezuelans in Peru",
      },
      value: 377_047,
      asOf: "2019-06-30",
      source: cite(AI, "ch. 5"),
    },
  ],
};

/**
 * Colombia as the sources describe it: a 1990s statement (000) and the 2004 Mexico Plan of Action
 * (004), its newest source. It is the situation of 2004, not today's: stale, and says so.
 */
const colombia: CountrySituation = {
  country: "CO",
  version: 1,
  updated: "2004-11-16",
  lastVerified: "2004-11-16",
  summary: {
    es: "Según fuentes de los años noventa y de 2004: conflicto armado interno prolongado con violencia política y desplazamiento forzado dentro y fuera del país.",
    pt: "Segundo fontes dos anos noventa e de 2004: conflito armado interno prolongado com violência política e deslocamento forçado dentro e fora do país.",
    en: "According to sources from the 1990s and 2004: a long-running internal armed conflict with political violence and forced displacement inside and outside the country.",
  },
  since: null,
  endedOn: null,
  cartagenaGrounds: [
    { ground: "internal-conflict", source: cite("ai-andean-seminar", "paragraph on Colombia") },
    { ground: "generalized-violence", source: cite("ai-andean-seminar", "paragraph on Colombia") },
  ],
  evidence: [
    {
      summary: {
        es: "Violencia política ligada al conflicto armado; detenciones arbitrarias, tortura, desapariciones y ejecuciones extrajudiciales por fuerzas armadas y paramilitares.",
        pt: "Violência política ligada ao conflito armado; detenções arbitrárias, tortura, desaparecimentos e execuções extrajudiciais por forças armadas e paramilitares.",
        en: "Political violence linked to the armed conflict; arbitrary arrest, torture, disappearances and extrajudicial executions by army and paramilitary forces.",
      },
      source: cite("ai-andean-seminar", "paragraph on Colombia"),
    },
    {
      summary: {
        es: "Crisis humanitaria con desplazamiento forzado dentro de Colombia que afecta a los países vecinos.",
        pt: "Crise humanitária com deslocamento forçado dentro da Colômbia que afeta os países vizinhos.",
        en: "Humanitarian crisis with forced displacement within Colombia affecting neighbouring countries.",
      },
      source: cite("mexico-plan-of-action-2004", "ch. 1"),
    },
  ],
  // The three governments gave both figures as "only a fraction" of the Colombians in their countries.
  figures: [
    {
      label: {
        es: "Refugiados en Ecuador, Panamá y Venezuela (según sus gobiernos, solo una fracción de las personas colombianas allí)",
        pt: "Refugiados no Equador, no Panamá e na Venezuela (segundo os seus governos, só uma fração das pessoas colombianas ali)",
        en: "Refugees in Ecuador, Panama and Venezuela (according to their governments, only a fraction of the Colombians there)",
      },
      value: 10_000,
      asOf: "2004",
      source: cite("mexico-plan-of-action-2004", "ch. 3, §2"),
    },
    {
      label: {
        es: "Solicitantes de refugio en Ecuador, Panamá y Venezuela (según sus gobiernos, solo una fracción de las personas colombianas allí)",
        pt: "Solicitantes de refúgio no Equador, no Panamá e na Venezuela (segundo os seus governos, só uma fração das pessoas colombianas ali)",
        en: "Asylum-seekers in Ecuador, Panama and Venezuela (according to their governments, only a fraction of the Colombians there)",
      },
      value: 30_000,
      asOf: "2004",
      source: cite("mexico-plan-of-action-2004", "ch. 3, §2"),
    },
  ],
};

export const BUILTIN_SITUATIONS: readonly CountrySituation[] = [venezuela, colombia];
