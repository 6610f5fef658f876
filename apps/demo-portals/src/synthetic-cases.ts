/**
 * SYNTHETIC cases for the demo portals: aliases, invented numbers, no real person. Deterministic, so
 * case N looks the same on every run, page and portal for a given reference day. The mix follows the
 * situations Amnesty International documented at Peru's border in 2019 (AMR 46/1675/2020).
 *
 * Every date is an offset from the reference day (`today`), so a case seen on any day has the same
 * wait, the same deadline days ahead and the same ages: the demo looks like a fresh queue on the day
 * it runs, and fixtures and tests pin the day to get the same pages every time. Case numbers
 * (CEPR-2019-…) are fixed identifiers, not dates: links, tests and fixtures find case N by them.
 */
import { addDays, seededRandom, type IsoDate } from "@solidaria/domain";

interface Member {
  relationship: string;
  alias: string;
  birthDate: string;
  needs: string[];
  situation: string;
}

export interface SyntheticCase {
  index: number;
  file: string;
  alias: string;
  nationality: string;
  birthDate: string;
  claimDate: string;
  place: string;
  atBorder: boolean;
  stage: string;
  outcome: string;
  grounds: string;
  written: string;
  decisionDate: string;
  notifiedDate: string;
  carneIssued: string;
  carneRenewed: string;
  members: Member[];
  familyInPeru: { relationship: string; status: string }[];
  reasons: string[];
  entry: {
    decision: string;
    reason: string;
    status: string;
    days: number;
    date: string;
    documents: {
      passport: boolean;
      nationalId: boolean;
      andeanCard: boolean;
      humanitarianVisa: boolean;
      ecuadorExit: boolean;
      ecuadorEntry: boolean;
    };
  };
}

const FIRST = [
  "Rosa",
  "Luis",
  "Carla",
  "Brian",
  "Deisy",
  "Carlos",
  "Erika",
  "Yolanda",
  "Alberto",
  "Belinda",
  "Eric",
  "María",
  "José",
  "Ana",
  "Pedro",
  "Lucía",
];
const INITIAL = ["A.", "B.", "C.", "D.", "G.", "M.", "P.", "R.", "S.", "T."];
const NATIONALITIES = ["VENEZOLANA", "VENEZOLANA", "VENEZOLANA", "VENEZOLANA", "COLOMBIANA", "HAITIANA", "CUBANA"];
const MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "setiembre",
  "octubre",
  "noviembre",
  "diciembre",
];

/** A YYYY-MM-DD date as dd/mm/yyyy, the way the portals write dates. */
export function portalDate(date: IsoDate): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}
/** `offset` days from `today` (YYYY-MM-DD), as the portals write dates. */
function day(today: IsoDate, offset: number): string {
  return portalDate(addDays(today, offset));
}
/** "14 de noviembre de 2019", the long form some screens use. */
export function longDate(ddmmyyyy: string): string {
  const [d, m, y] = ddmmyyyy.split("/").map(Number);
  return `${d} de ${MONTHS[(m ?? 1) - 1]} de ${y}`;
}

/**
 * Days from the claim to the reference day, by situation (`pattern`, from `draw` in [0, 1)): what an
 * officer sees in a fresh queue is a mix of claims of a few days and waits past the 30-day threshold,
 * not every case overdue. Decisions are 2-11 days old (a written rejection is notified 2 days after it),
 * so the 15-working-day reconsideration period of a written rejection ends in two or three weeks.
 */
function claimAge(pattern: number, draw: number): number {
  switch (pattern) {
    case 0: // a family with humanitarian visas that claimed at the border a few days ago: no long wait yet
      return 2 + Math.floor(draw * 8);
    case 1: // a family split at the border (the mother sent back to Ecuador), still waiting 5-13 weeks on
      return 35 + Math.floor(draw * 60);
    case 4: // admitted inland; the applicant card, renewed once (60 days), expires within the week
      return 113 + Math.floor(draw * 7);
    case 6: // a 16-year-old alone at the border, registered days ago
      return 3 + Math.floor(draw * 12);
    default: // decided (a written rejection, an oral one, a recognition): claims of 3 weeks to 4-5 months
      return 20 + Math.floor(draw * 120);
  }
}

/** Case `index` as seen on `today` (YYYY-MM-DD): its dates are offsets from that day. */
export function syntheticCase(index: number, today: IsoDate): SyntheticCase {
  const next = seededRandom(20_191_120 + index * 7_919);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("syntheticCase: expected a non-empty list to pick from");
    return item;
  };
  const chance = (p: number) => next() < p;
  const pattern = index % 7;
  const atBorder = pattern !== 4 && pattern !== 5;
  const claimOffset = -claimAge(pattern, next());
  const outcome = pattern === 2 || pattern === 3 ? "DENEGADO" : pattern === 5 ? "RECONOCIDO" : "EN EVALUACIÓN";
  // The families of the documented situations: an adult child travelling with an older mother and a child.
  const principalAge = pattern === 0 || pattern === 1 ? 25 + Math.floor(next() * 15) : 18 + Math.floor(next() * 45);
  let principal: Member = {
    relationship: "Titular",
    alias: `${pick(FIRST)} ${pick(INITIAL)}`,
    birthDate: day(today, -principalAge * 365 - Math.floor(next() * 300)),
    needs: pattern === 4 ? ["Gestante"] : [],
    situation: "Presente",
  };
  const relatives: Member[] = [];
  if (pattern === 0 || pattern === 1) {
    relatives.push({
      relationship: "Madre",
      alias: `${pick(FIRST)} ${pick(INITIAL)}`,
      birthDate: day(today, -(61 + Math.floor(next() * 10)) * 365),
      needs: chance(0.5) ? ["Enfermedad crónica"] : [],
      situation: pattern === 1 ? "Retornada a Ecuador" : "Presente",
    });
    relatives.push({
      relationship: "Hijo",
      alias: `${pick(FIRST)} ${pick(INITIAL)}`,
      birthDate: day(today, -(4 + Math.floor(next() * 12)) * 365),
      needs: [],
      situation: "Presente",
    });
  }
  if (pattern === 5) principal.needs.push("Sobreviviente de tortura", "Enfermedad grave");
  if (pattern === 6) {
    principal = { ...principal, birthDate: day(today, -16 * 365 - 40), needs: [] };
  }
  // Portal text is data: one alias carries markup, which must show as text and never run.
  if (index === 3) principal = { ...principal, alias: '<img src=x onerror="window.__solidariaXss=1"> Luis R.' };
  const members = [principal, ...relatives];
  const decisionOffset = -Math.floor(2 + next() * 10);
  return {
    index,
    file: `CEPR-2019-${String(index + 1).padStart(6, "0")}`,
    alias: principal.alias,
    nationality: pattern <= 3 ? "VENEZOLANA" : pick(NATIONALITIES),
    birthDate: principal.birthDate,
    claimDate: day(today, claimOffset),
    place: atBorder ? "CEBAF Tumbes" : pick(["Lima", "Tacna", "Arequipa"]),
    atBorder,
    stage:
      outcome === "EN EVALUACIÓN"
        ? atBorder
          ? "Registrado"
          : "Admitido a trámite"
        : outcome === "RECONOCIDO"
          ? "Concluido"
          : "Resuelto",
    outcome,
    grounds: pattern === 2 ? "No acredita temor fundado de persecución" : pattern === 3 ? "—" : "—",
    written: pattern === 3 ? "No" : outcome === "EN EVALUACIÓN" ? "—" : "Sí",
    decisionDate: outcome === "EN EVALUACIÓN" ? "—" : day(today, decisionOffset),
    notifiedDate: outcome === "DENEGADO" && pattern === 2 ? day(today, decisionOffset + 2) : "—",
    carneIssued: atBorder ? "—" : day(today, claimOffset),
    // Renewed every 60 days since the claim: the last renewal is the latest 60-day mark before today.
    carneRenewed: atBorder || -claimOffset < 60 ? "—" : day(today, claimOffset + Math.floor(-claimOffset / 60) * 60),
    members,
    familyInPeru: pattern === 0 ? [{ relationship: "Cónyuge", status: "PTP" }] : [],
    reasons:
      pattern === 6
        ? ["Oferta de empleo falsa"]
        : ["Violación masiva de derechos humanos", ...(chance(0.5) ? ["Amenazas"] : [])],
    entry: {
      decision: atBorder ? (pattern === 6 ? "PENDIENTE" : "INGRESO DENEGADO") : "INGRESO AUTORIZADO",
      reason: atBorder ? "Sin sellos migratorios de Ecuador" : "—",
      status: atBorder ? "—" : "TURISTA",
      days: 180,
      date: day(today, atBorder ? -2 : -172),
      documents: {
        passport: pattern !== 6,
        nationalId: true,
        andeanCard: chance(0.3),
        humanitarianVisa: pattern === 0 || pattern === 1,
        ecuadorExit: false,
        ecuadorEntry: false,
      },
    },
  };
}

export function syntheticCases(count: number, today: IsoDate, offset = 0): SyntheticCase[] {
  return Array.from({ length: count }, (_, position) => syntheticCase(offset + position, today));
}
