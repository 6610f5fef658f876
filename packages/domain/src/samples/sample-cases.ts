import type { CaseFacts } from "../case/case-facts.js";
import type { LocalizedText } from "../i18n/locale.js";

/**
 * SYNTHETIC cases, no real person: each rebuilds a situation documented in Amnesty International's
 * 2020 report on Peru (AMR 46/1675/2020) so the rules can be shown and tested on realistic facts.
 * Evaluate them with `today: SAMPLE_TODAY`.
 */
export const SAMPLE_TODAY = "2019-11-20";

export interface SampleCase {
  readonly title: LocalizedText;
  readonly facts: CaseFacts;
}

export const SAMPLE_CASES: readonly SampleCase[] = [
  {
    title: {
      es: "Titular de visa humanitaria rechazada en el CEBAF Tumbes por no tener sellos ecuatorianos, con su madre (62) y su hijo",
      pt: "Titular de visto humanitário recusada no CEBAF Tumbes por falta de carimbos equatorianos, com a mãe (62) e o filho",
      en: "Humanitarian-visa holder refused at CEBAF Tumbes for lack of Ecuadorian stamps, with her mother (62) and son",
    },
    facts: {
      reference: "DEMO-CEBAF-0001",
      jurisdiction: "PE",
      nationality: "VE",
      location: { kind: "border", place: "CEBAF Tumbes" },
      people: [
        { id: "m1", relationship: "principal", age: 34, sex: "female" },
        { id: "m2", relationship: "parent", age: 62, sex: "female", needs: ["chronic-illness"] },
        { id: "m3", relationship: "child", birthDate: "2008-03-14", sex: "male" },
      ],
      documents: [
        { kind: "passport", country: "VE", status: "valid" },
        { kind: "humanitarian-visa", country: "PE", status: "valid", issued: "2019-09-02" },
      ],
      entry: { date: "2019-11-18", place: "CEBAF Tumbes", decision: "refused", refusalReason: "missing-stamps" },
      familyInCountry: [{ relationship: "spouse", status: "temporary-stay-permit" }],
      flightReasons: ["massive-human-rights-violations", "lack-of-medicine"],
    },
  },
  {
    title: {
      es: "Familia separada en el CEBAF: a la abuela y a un sobrino se les denegó la entrada; los niños esperan en la frontera",
      pt: "Família separada no CEBAF: a avó e um sobrinho tiveram a entrada recusada; as crianças esperam na fronteira",
      en: "Family split at CEBAF: the grandmother and a nephew refused entry, the children waiting at the border",
    },
    facts: {
      reference: "DEMO-CEBAF-0002",
      jurisdiction: "PE",
      nationality: "VE",
      location: { kind: "border", place: "CEBAF Tumbes" },
      people: [
        { id: "c1", relationship: "principal", age: 29, sex: "female" },
        { id: "c2", relationship: "child", age: 4 },
        { id: "c3", relationship: "child", age: 7 },
        {
          id: "c4",
          relationship: "parent",
          age: 62,
          separation: { kind: "refused-entry", date: "2019-11-05", reason: "no-visa" },
        },
        {
          id: "c5",
          relationship: "other-relative",
          age: 15,
          separation: { kind: "refused-entry", date: "2019-11-05", reason: "no-visa" },
        },
      ],
      claim: { date: "2019-10-01", stage: "registered" },
    },
  },
  {
    title: {
      es: "Solicitud rechazada por escrito solo por falta de temor fundado de persecución",
      pt: "Pedido rejeitado por escrito apenas por falta de fundado temor de perseguição",
      en: "Claim rejected in writing only for lack of a well-founded fear of persecution",
    },
    facts: {
      reference: "DEMO-CEPR-0003",
      jurisdiction: "PE",
      nationality: "VE",
      location: { kind: "border", place: "CEBAF Tumbes" },
      people: [{ id: "p1", relationship: "principal", age: 41, sex: "male" }],
      claim: { date: "2019-09-20", stage: "decided" },
      decision: {
        outcome: "rejected",
        date: "2019-11-12",
        notifiedDate: "2019-11-14",
        written: true,
        grounds: ["no-well-founded-fear"],
      },
      flightReasons: ["threats", "massive-human-rights-violations"],
    },
  },
  {
    title: {
      es: "Rechazo verbal en la frontera: no hay decisión escrita que recurrir",
      pt: "Rejeição verbal na fronteira: não há decisão escrita para recorrer",
      en: "Verbal rejection at the border: no written decision to appeal",
    },
    facts: {
      reference: "DEMO-CEPR-0004",
      jurisdiction: "PE",
      nationality: "VE",
      location: { kind: "border", place: "CEBAF Tumbes" },
      people: [{ id: "p1", relationship: "principal", age: 27, sex: "male" }],
      claim: { date: "2019-09-10", stage: "decided" },
      decision: { outcome: "rejected", date: "2019-11-15", written: false },
    },
  },
  {
    title: {
      es: "Solicitante en Lima registrada como turista: su calidad migratoria vence y debe renovar el carné",
      pt: "Solicitante em Lima registrada como turista: a situação migratória está vencendo e ela deve renovar o documento",
      en: "Asylum-seeker in Lima registered as a tourist: status running out, carné due for renewal",
    },
    facts: {
      reference: "DEMO-CEPR-0005",
      jurisdiction: "PE",
      nationality: "VE",
      location: { kind: "inland", place: "Lima" },
      people: [
        { id: "p1", relationship: "principal", age: 38, sex: "female", needs: ["pregnancy"] },
        { id: "p2", relationship: "child", age: 10 },
      ],
      entry: { date: "2019-06-01", status: "tourist", decision: "admitted" },
      claim: {
        date: "2019-06-10",
        stage: "admitted",
        admittedDate: "2019-06-10",
        asylumSeekerDocument: { issued: "2019-06-10", lastRenewed: "2019-09-28" },
      },
    },
  },
  {
    title: {
      es: "Refugiado reconocido, sobreviviente de tortura con una enfermedad grave y familia en Chile",
      pt: "Refugiado reconhecido, sobrevivente de tortura com doença grave e família no Chile",
      en: "Recognised refugee, survivor of torture with a serious illness and family in Chile",
    },
    facts: {
      reference: "DEMO-CEPR-0006",
      jurisdiction: "PE",
      nationality: "VE",
      location: { kind: "inland", place: "Tacna" },
      people: [
        {
          id: "p1",
          relationship: "principal",
          age: 52,
          sex: "male",
          needs: ["survivor-of-violence-or-torture", "serious-medical-condition"],
        },
        { id: "p2", relationship: "spouse", age: 50, sex: "female", needs: ["disability"] },
      ],
      claim: { date: "2018-03-02", stage: "closed" },
      decision: { outcome: "recognized", date: "2019-07-30", written: true, definitionsAssessed: ["convention-1951"] },
      familyAbroad: ["CL"],
      protectionRisks: ["violence-in-host-country"],
    },
  },
  {
    title: {
      es: "Adolescente de 16 años no acompañada, captada con una falsa oferta de empleo",
      pt: "Adolescente de 16 anos desacompanhada, aliciada com uma falsa oferta de emprego",
      en: "Unaccompanied 16-year-old recruited with a false job offer",
    },
    facts: {
      reference: "DEMO-CEBAF-0007",
      jurisdiction: "PE",
      nationality: "VE",
      location: { kind: "border", place: "CEBAF Tumbes" },
      people: [
        {
          id: "p1",
          relationship: "principal",
          age: 16,
          sex: "female",
          unaccompanied: true,
          trafficking: {
            acts: ["recruitment", "transportation"],
            purposes: ["sexual-exploitation"],
            signs: ["false-job-offer", "documents-withheld"],
          },
        },
      ],
      entry: { date: "2019-11-19", decision: "pending" },
    },
  },
  {
    title: {
      es: "Reconsideración rechazada en la frontera; su hijo vive en Perú con carné de extranjería",
      pt: "Reconsideração rejeitada na fronteira; o filho vive no Peru com carteira de estrangeiro",
      en: "Reconsideration rejected at the border; his son lives in Peru with a foreigner's card",
    },
    facts: {
      reference: "DEMO-CEBAF-0008",
      jurisdiction: "PE",
      nationality: "VE",
      location: { kind: "border", place: "CEBAF Tumbes" },
      people: [{ id: "p1", relationship: "principal", age: 45, sex: "male" }],
      claim: { date: "2019-09-11", stage: "decided" },
      decision: { outcome: "rejected", date: "2019-09-30", notifiedDate: "2019-10-01", written: true },
      remedies: [
        {
          step: "reconsideration",
          filedOn: "2019-10-08",
          outcome: "rejected",
          decidedOn: "2019-11-13",
          notifiedOn: "2019-11-15",
          written: true,
        },
      ],
      familyInCountry: [{ relationship: "child", status: "resident" }],
      flightReasons: ["threats"],
    },
  },
  {
    title: {
      es: "Solicitante registrada como turista, detenida en Lima para su deportación con la reconsideración pendiente",
      pt: "Solicitante registrada como turista, detida em Lima para deportação com a reconsideração pendente",
      en: "Asylum-seeker registered as a tourist, detained in Lima for deportation with her reconsideration pending",
    },
    facts: {
      reference: "DEMO-LIMA-0009",
      jurisdiction: "PE",
      nationality: "VE",
      location: { kind: "detention", place: "Lima" },
      people: [{ id: "p1", relationship: "principal", age: 31, sex: "female" }],
      entry: { date: "2019-03-02", status: "tourist", decision: "admitted" },
      claim: { date: "2019-03-20", stage: "reconsideration" },
      decision: { outcome: "rejected", date: "2019-09-02", notifiedDate: "2019-09-04", written: true },
      remedies: [{ step: "reconsideration", filedOn: "2019-09-18", outcome: "pending" }],
      removal: { measure: "deportation", status: "ordered", date: "2019-11-18", destination: "VE" },
    },
  },
];
