import { cite, sourced } from "../../sources/citation.js";
import type { Jurisdiction } from "../jurisdiction.js";

const AI = "ai-2020-peru";

/**
 * Peru: the law as cited, and the procedures of CEPR and Migraciones as Amnesty International's 2020
 * report documents them. The report's newest fact about Peru's procedures is a letter of 27 December
 * 2019 (fn. 87; the report also dates its own letter of 17 January 2020, ch. 2): the practices below
 * were verified then, and are stale by now unless a coordinator publishes a newer version.
 */
export const peru: Jurisdiction = {
  country: "PE",
  version: 1,
  lastVerified: "2019-12-27",
  refugeeLaw: sourced({ instrument: "pe-law-27891" }, AI, "ch. 4, fn. 47"),
  cartagena: sourced(
    {
      // Art. 3(b) takes four of the five Cartagena situations: "generalized violence" is omitted. It
      // also names "foreign occupation or domination" (fn. 47), which is not a Cartagena ground and so
      // has no place in this list: no country situation records it (LEGAL-NOTES §1).
      extent: "partial",
      grounds: [
        "foreign-aggression",
        "internal-conflict",
        "massive-human-rights-violations",
        "serious-public-order-disturbance",
      ],
      instrument: "pe-law-27891",
      provision: "art. 3(b)",
    },
    AI,
    "ch. 4, fn. 47",
  ),
  cartagenaPractice: [
    {
      origin: "VE",
      applied: false,
      source: cite(AI, "ch. 4, fn. 56; ch. 6, 'Criteria for refugee status determination'"),
    },
  ],
  commission: sourced({ name: "Comisión Especial para los Refugiados", acronym: "CEPR" }, AI, "Glossary"),
  remedies: [
    {
      step: "reconsideration",
      source: cite(AI, "ch. 6, 'Appeals against negative first decisions'"),
      against: "first-instance",
      body: sourced(
        { name: "Comisión Especial para los Refugiados", acronym: "CEPR" },
        AI,
        "ch. 6, 'Appeals against negative first decisions'",
      ),
      // The report gives no filing period; the general administrative procedure law sets it for any recourse.
      deadline: sourced({ amount: 15, unit: "working-days", from: "notification" }, "pe-law-27444", "art. 218.2"),
      practicalBarriers: null,
    },
    {
      step: "appeal",
      source: cite(AI, "ch. 6, 'Appeals against negative first decisions'"),
      against: "reconsideration",
      body: sourced(
        { name: "Comisión Revisora para Asuntos de Refugiados", acronym: null },
        AI,
        "ch. 6, 'Appeals against negative first decisions'",
      ),
      deadline: sourced({ amount: 15, unit: "working-days", from: "notification" }, "pe-law-27444", "art. 218.2"),
      // What the CEPR coordinator told the researchers (fn. 117); the report cites no rule for it.
      practicalBarriers: sourced(
        {
          es: "Según la coordinación de la CEPR en el CEBAF, citada en el informe, quienes esperan en la frontera deben presentar la apelación en un consulado peruano de un país vecino; el informe no cita ninguna norma que lo exija.",
          pt: "Segundo a coordenação da CEPR no CEBAF, citada no relatório, quem espera na fronteira deve apresentar a apelação em um consulado peruano de um país vizinho; o relatório não cita nenhuma norma que o exija.",
          en: "According to the CEPR coordinator at CEBAF, as quoted in the report, people waiting at the border must lodge the appeal at a Peruvian consulate in a neighbouring country; the report cites no rule requiring this.",
        },
        AI,
        "ch. 6, 'Appeals against negative first decisions', fn. 117",
      ),
      findings: [
        {
          text: {
            es: "Amnistía Internacional considera que es un requisito imposible de cumplir para la mayoría.",
            pt: "A Anistia Internacional considera que é um requisito impossível de cumprir para a maioria.",
            en: "Amnesty International considers it a requirement most people cannot meet.",
          },
          source: cite(AI, "ch. 6, 'Appeals against negative first decisions'"),
        },
      ],
    },
  ],
  // Periods in working days already skip closed days (TUO of Law 27444, art. 145).
  deadlineEndsOnWorkingDay: null,
  claimFilingDeadline: null,
  decisionTimeLimit: null,
  // A practice the report documents (from a UNHCR guide, fn. 90), not a rule of Law 27891.
  asylumSeekerDocument: sourced(
    {
      name: { es: "carné de solicitante", pt: "documento de solicitante", en: "asylum-seeker card" },
      validity: { amount: 60, unit: "calendar-days", from: "issue" },
    },
    AI,
    "ch. 5, 'Changes to asylum procedures', fn. 90",
  ),
  entryStatusForAsylumSeekers: sourced(
    {
      status: "tourist",
      days: 180,
      conflicting: [
        {
          days: 60,
          source: cite(AI, "ch. 5, fn. 89"),
          note: {
            es: "El informe da 180 días en el texto y dice «después de 60 días» en la nota 89; ambas cifras se refieren a solicitantes venezolanos registrados como turistas en 2019.",
            pt: "O relatório indica 180 dias no texto e diz «depois de 60 dias» na nota 89; ambos os números se referem a solicitantes venezuelanos registrados como turistas em 2019.",
            en: "The report gives 180 days in its text and says “after 60 days” in footnote 89; both figures concern Venezuelan asylum-seekers registered as tourists in 2019.",
          },
        },
      ],
    },
    AI,
    "ch. 5, 'Changes to asylum procedures'",
  ),
  humanitarianExceptions: [
    {
      instrument: "pe-rs-000270-2018-migraciones",
      nationalities: ["VE"],
      from: "2018-08-25",
      // The humanitarian-visa regime replaced it from 15 June 2019 (ch. 5).
      until: "2019-06-14",
      requirement: "passport",
      waives: ["no-passport"],
      categories: ["child", "older-person", "pregnancy", "chronic-illness", "asylum-seeker"],
      olderPersonAge: 60,
      source: cite(AI, "ch. 5, 'Peru imposes a passport requirement', fn. 65"),
      categoriesSource: cite(AI, "ch. 5, 'Peru imposes a passport requirement', fn. 68; ch. 5, fn. 75"),
      caveat: {
        es: "El informe enumera estos grupos como ejemplos («such as»), citando una sentencia judicial (nota 68), y atribuye las excepciones a la resolución en la nota 75; no reproduce su texto.",
        pt: "O relatório enumera estes grupos como exemplos («such as»), citando uma sentença judicial (nota 68), e atribui as exceções à resolução na nota 75; não reproduz o seu texto.",
        en: "The report lists these groups as examples (“such as”), citing a court judgment (fn. 68), and attributes the exceptions to the resolution in fn. 75; it does not reproduce its text.",
      },
      findings: [],
    },
    {
      instrument: "pe-rs-000177-2019-migraciones",
      nationalities: ["VE"],
      from: "2019-06-15",
      until: null,
      requirement: "humanitarian-visa",
      // From late August 2019 officials also required Ecuadorian entry and exit stamps (a "presidential
      // order", fn. 78-79) and then applied the exceptions only to visa holders without those stamps (fn. 80).
      waives: ["no-visa", "no-passport", "missing-stamps"],
      categories: ["older-person", "child-joining-parent", "serious-medical-condition"],
      olderPersonAge: 60,
      source: cite(AI, "ch. 5, 'A humanitarian visa only in name', fn. 69; fn. 76"),
      categoriesSource: cite(AI, "ch. 6, 'The reality of humanitarian exceptions'"),
      // The 2018 groups "at first" still applied after the visa came in (ch. 5, fn. 75), then were narrowed
      // by unpublished criteria (fn. 76); ch. 6 lists the covered cases with "including". Nothing shows
      // children in general, pregnant women or people with a chronic illness were excluded. Asylum-seekers
      // are left out: from 22 June 2019 they were made to wait at the border (ch. 5).
      uncertainCategories: {
        categories: ["child", "pregnancy", "chronic-illness"],
        source: cite(
          AI,
          "ch. 5, 'Elimination of humanitarian exceptions', fn. 75-76; ch. 6, 'The reality of humanitarian exceptions'",
        ),
        note: {
          es: "Estos grupos estaban entre las excepciones de 2018. Según el informe, esas excepciones siguieron aplicándose al principio, tras la visa humanitaria, y luego se restringieron con criterios que nunca se publicaron (notas 75 y 76); el informe no muestra que estos grupos quedaran excluidos. Si la persona estaba cubierta el día de la denegación no se puede establecer con la fuente.",
          pt: "Estes grupos estavam entre as exceções de 2018. Segundo o relatório, essas exceções continuaram a ser aplicadas no início, após o visto humanitário, e depois foram restringidas com critérios nunca publicados (notas 75 e 76); o relatório não mostra que estes grupos tenham ficado excluídos. Se a pessoa estava abrangida no dia da recusa não se pode estabelecer com a fonte.",
          en: "These groups were among the 2018 exceptions. According to the report those exceptions at first still applied after the humanitarian visa came in, and were then narrowed by criteria never published (fn. 75 and 76); the report does not show these groups were excluded. Whether the person was covered on the day of the refusal cannot be established from the source.",
        },
      },
      caveat: {
        es: "Los criterios se fijaron en lineamientos que nunca se publicaron (nota 76); los grupos indicados son los que el informe documenta como cubiertos. Desde fines de agosto de 2019 las autoridades exigían además sellos de Ecuador por una «orden presidencial» que las fuentes no identifican como norma publicada (notas 78-80).",
        pt: "Os critérios foram fixados em diretrizes nunca publicadas (nota 76); os grupos indicados são os que o relatório documenta como abrangidos. Desde o fim de agosto de 2019 as autoridades exigiam também carimbos do Equador por uma «ordem presidencial» que as fontes não identificam como norma publicada (notas 78-80).",
        en: "The criteria were set in guidelines that were never published (fn. 76); the groups shown are those the report documents as covered. From late August 2019 officials also required Ecuadorian stamps under a “presidential order” the sources do not identify as a published rule (fn. 78-80).",
      },
      findings: [
        {
          text: {
            es: "Amnistía Internacional encontró casos, entre ellos personas mayores de 60 años, niñas y niños que buscaban reunirse con su madre o padre y personas con enfermedades graves, que debían haber podido entrar aun sin visa humanitaria en virtud de las excepciones humanitarias.",
            pt: "A Anistia Internacional encontrou casos, entre eles pessoas com mais de 60 anos, crianças que buscavam reunir-se com a mãe ou o pai e pessoas com doenças graves, que deveriam ter podido entrar mesmo sem visto humanitário, pelas exceções humanitárias.",
            en: "Amnesty International found cases, including people over 60, children seeking to join a parent and people with serious medical conditions, who ought to have been able to enter even without a humanitarian visa under the humanitarian exceptions.",
          },
          source: cite(AI, "ch. 6, 'The reality of humanitarian exceptions'"),
        },
      ],
    },
  ],
  olderPersonAge: sourced(60, AI, "ch. 6, 'The reality of humanitarian exceptions'"),
  borderProcedure: sourced(
    {
      es: "Desde el 22 de junio de 2019, a las personas venezolanas que piden refugio en el CEBAF de Tumbes se les exige esperar en la frontera; solo la admisión de la solicitud al procedimiento les permite entrar. Es una práctica que el informe documenta y que nunca se comunicó oficialmente.",
      pt: "Desde 22 de junho de 2019, as pessoas venezuelanas que pedem refúgio no CEBAF de Tumbes devem esperar na fronteira; só a admissão do pedido ao procedimento lhes permite entrar. É uma prática que o relatório documenta e que nunca foi comunicada oficialmente.",
      en: "Since 22 June 2019, Venezuelans claiming asylum at CEBAF Tumbes have been required to wait at the border; only admission of their claim to the procedure lets them enter. It is a practice the report documents, never officially communicated.",
    },
    AI,
    "ch. 5, 'Changes to asylum procedures', fn. 81-87",
  ),
};
