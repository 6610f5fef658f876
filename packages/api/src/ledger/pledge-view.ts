import { toDecimalString } from "@solidaria/domain";
import { decodePledge, type PledgeRow } from "./pledge-codec.js";

/** What clients see of a pledge: decimal strings for money (exact), counts for places. */
export function toPledgeView(row: PledgeRow) {
  const pledge = decodePledge(row);
  const base = {
    id: pledge.id,
    kind: pledge.kind,
    organisationId: pledge.organisationId,
    appealId: pledge.appealId,
    programme: pledge.programme,
    year: pledge.year,
    status: pledge.state.status,
    version: pledge.version,
    note: pledge.note,
    demo: pledge.demo,
    createdAt: pledge.createdAt,
    updatedAt: pledge.updatedAt,
  };
  if (pledge.kind === "funding") {
    const { state, rate, usd } = pledge;
    const money = (minor: number, currency: string) => toDecimalString({ minor, currency });
    return {
      ...base,
      funding: {
        currency: state.currency,
        pledged: money(state.pledgedMinor, state.currency),
        committed: money(state.committedMinor, state.currency),
        paid: money(state.paidMinor, state.currency),
        usd: {
          pledged: money(usd.pledgedMinor, "USD"),
          committed: money(usd.committedMinor, "USD"),
          paid: money(usd.paidMinor, "USD"),
          rate: rate.usdPerUnit,
          rateDate: rate.date,
          rateSource: rate.source,
        },
      },
      places: null,
    };
  }
  const { state } = pledge;
  return {
    ...base,
    funding: null,
    places: {
      resettlementCountry: pledge.resettlementCountry,
      hostCountry: pledge.hostCountry,
      category: pledge.category,
      pledged: state.pledged,
      confirmed: state.confirmed,
      allocated: state.allocated,
      departed: state.departed,
      arrived: state.arrived,
    },
  };
}
export type PledgeView = ReturnType<typeof toPledgeView>;
