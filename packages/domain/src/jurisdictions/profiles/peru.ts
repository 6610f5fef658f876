import { cite, sourced } from "../../sources/citation.js";
import type { Jurisdiction } from "../jurisdiction.js";

const AI = "ai-2020-peru";

/**
 * Peru: the law as cited, and the procedures of CEPR and Migraciones as Amnesty International's 2020
 * report documents them. The report's newest fact is a letter of 27 December 2019 (fn. 87): the
 * practices below were verified then, and are stale by now unless a coordinator publishes a newer version.
 */
export const peru: Jurisdiction = {
  country: "PE",
  version: 1,
  lastVerified: "2019-12-27",
  refugeeLaw: sourced({ instrument: "pe-law-27891" }, AI, "ch. 4, fn. 47"),
  cartagena: sourced(
    {
      // Art. 3(b) takes four of the five Cartagena situations: "generalized violence" is omitted.
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
    "ch. 4, 'What are massive violations of human rights?', fn. 47",
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
      practicalBarriers: sourced(
        {
          es: "Según el informe, quien está en la frontera debe presentar la apelación desde un consulado peruano en un país vecino.",
          pt: "Segundo o relatório, quem está na fronteira deve apresentar o recurso num consulado peruano num país vizinho.",
          en: "According to the report, people at the border must lodge the appeal from a Peruvian consulate in a neighbouring country.",
        },
        AI,
        "ch. 6, 'Appeals against negative first decisions'",
      ),
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
            es: "El informe da 180 días en el texto y dice «después de 60 días» en la nota 89.",
            pt: "O relatório indica 180 dias no texto e diz «depois de 60 dias» na nota 89.",
            en: "The report gives 180 days in its text and says “after 60 days” in footnote 89.",
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
      caveat: {
        es: "Los criterios se fijaron en lineamientos que nunca se publicaron (nota 76); los grupos indicados son los que el informe documenta como cubiertos. Desde fines de agosto de 2019 las autoridades exigían además sellos de Ecuador por una «orden presidencial» que las fuentes no identifican como norma publicada (notas 78-80).",
        pt: "Os critérios foram fixados em diretrizes nunca publicadas (nota 76); os grupos indicados são os que o relatório documenta como abrangidos. Desde o fim de agosto de 2019 as autoridades exigiam também carimbos do Equador por uma «ordem presidencial» que as fontes não identificam como norma publicada (notas 78-80).",
        en: "The criteria were set in guidelines that were never published (fn. 76); the groups shown are those the report documents as covered. From late August 2019 officials also required Ecuadorian stamps under a “presidential order” the sources do not identify as a published rule (fn. 78-80).",
      },
      findings: [
        {
          text: {
            es: "Amnistía Internacional concluye que las personas mayores de 60 años, los niños que buscan reunirse con su madre o padre y las personas con enfermedades graves debían poder entrar aun sin visa humanitaria.",
            pt: "A Anistia Internacional conclui que as pessoas com mais de 60 anos, as crianças que buscam reunir-se com a mãe ou o pai e as pessoas com doenças graves deveriam poder entrar mesmo sem visto humanitário.",
            en: "Amnesty International concludes that people over 60, children seeking to join a parent and people with serious medical conditions ought to have been able to enter even without a humanitarian visa.",
          },
          source: cite(AI, "ch. 6, 'The reality of humanitarian exceptions'"),
        },
      ],
    },
  ],
  olderPersonAge: sourced(60, AI, "ch. 6, 'The reality of humanitarian exceptions'"),
  borderProcedure: sourced(
    {
      es: "Desde el 22 de junio de 2019 quien pide asilo en el CEBAF de Tumbes debe esperar en la frontera; solo una decisión positiva permite entrar.",
      pt: "Desde 22 de junho de 2019 quem pede asilo no CEBAF de Tumbes deve esperar na fronteira; só uma decisão positiva permite entrar.",
      en: "Since 22 June 2019 people claiming asylum at CEBAF Tumbes must wait at the border; only a positive decision lets them enter.",
    },
    AI,
    "ch. 5, 'Changes to asylum procedures'",
  ),
};
