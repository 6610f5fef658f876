import { describe, expect, it } from "vitest";
import { annotation, codesOf, peruCase, TODAY, undeterminedCodes } from "../../../test/helpers.js";
import type { CaseFactsInput } from "../../case/case-facts.js";

describe("procedure.no-written-decision", () => {
  it("fires for a verbal rejection at the border (Amnesty 2020, ch. 6)", () => {
    const facts = peruCase({ location: { kind: "border" }, decision: { outcome: "rejected", written: false } });
    expect(annotation(facts, "procedure.no-written-decision")?.severity).toBe("critical");
  });

  it("does not fire for written or positive decisions", () => {
    expect(codesOf(peruCase({ decision: { outcome: "rejected", written: true } }))).not.toContain(
      "procedure.no-written-decision",
    );
    expect(codesOf(peruCase({ decision: { outcome: "recognized", written: false } }))).not.toContain(
      "procedure.no-written-decision",
    );
  });

  it("needs to know whether it was written", () => {
    expect(undeterminedCodes(peruCase({ decision: { outcome: "inadmissible" } }))).toContain(
      "procedure.no-written-decision",
    );
  });
});

describe("procedure.renewal-due", () => {
  const pending = (document: NonNullable<NonNullable<CaseFactsInput["claim"]>["asylumSeekerDocument"]>) =>
    peruCase({ claim: { date: "2019-06-01", stage: "admitted", asylumSeekerDocument: document } });

  it("fires 7 days before the 60-day renewal falls due", () => {
    const found = annotation(pending({ lastRenewed: "2019-09-28" }), "procedure.renewal-due");
    expect(found).toMatchObject({ severity: "warning", due: "2019-11-27", daysLeft: 7 });
  });

  it("is critical once overdue", () => {
    const found = annotation(pending({ expires: "2019-11-10" }), "procedure.renewal-due");
    expect(found).toMatchObject({ severity: "critical", due: "2019-11-10", daysLeft: -10 });
    expect(found?.detail.es).toContain("10/11/2019");
  });

  it("does not fire with more than 7 days left or once the claim is decided", () => {
    expect(codesOf(pending({ expires: "2019-11-28" }))).not.toContain("procedure.renewal-due");
    const decided = peruCase({
      claim: { asylumSeekerDocument: { expires: "2019-11-21" } },
      decision: { outcome: "recognized" },
    });
    expect(codesOf(decided)).not.toContain("procedure.renewal-due");
  });

  it("does not guess a renewal period the jurisdiction does not record", () => {
    const brazil = peruCase({
      jurisdiction: "BR",
      claim: { date: "2019-06-01", asylumSeekerDocument: { issued: "2019-10-01" } },
    });
    expect(codesOf(brazil)).not.toContain("procedure.renewal-due");
    expect(undeterminedCodes(brazil)).toContain("procedure.renewal-due");
  });
});

describe("procedure.long-wait", () => {
  it("fires after 30 days waiting for admission, critical at the border (Amnesty 2020: 30-70 days at CEBAF)", () => {
    const facts = peruCase({ location: { kind: "border" }, claim: { date: "2019-10-01", stage: "registered" } });
    const found = annotation(facts, "procedure.long-wait");
    expect(found?.severity).toBe("critical");
    expect(found?.detail.en).toContain("50 days");
  });

  it("is a warning inland and respects the configured threshold", () => {
    const facts = peruCase({ claim: { date: "2019-10-01", stage: "admitted" } });
    expect(annotation(facts, "procedure.long-wait")?.severity).toBe("warning");
    expect(codesOf(facts, { settings: { longWaitDays: 60 } })).not.toContain("procedure.long-wait");
  });

  it("does not fire within the threshold or once decided", () => {
    expect(codesOf(peruCase({ claim: { date: "2019-10-21" } }))).not.toContain("procedure.long-wait");
    expect(
      codesOf(peruCase({ claim: { date: "2019-01-01" }, decision: { outcome: "rejected", written: true } })),
    ).not.toContain("procedure.long-wait");
  });
});

describe("status.entry-permit-expiry", () => {
  const tourist = (entry: CaseFactsInput["entry"], claim: CaseFactsInput["claim"] | null = { date: "2019-06-05" }) =>
    peruCase(claim === null ? { entry } : { entry, claim });

  it("fires when the 180-day tourist status of a pending asylum-seeker ends within 30 days", () => {
    const found = annotation(tourist({ date: "2019-06-01", status: "tourist" }), "status.entry-permit-expiry");
    expect(found).toMatchObject({ severity: "warning", due: "2019-11-28", daysLeft: 8 });
  });

  it("is critical once expired, using the granted days when recorded", () => {
    const found = annotation(
      tourist({ date: "2019-08-01", status: "tourist", authorizedDays: 90 }),
      "status.entry-permit-expiry",
    );
    expect(found).toMatchObject({ severity: "critical", due: "2019-10-30" });
  });

  it("does not fire far from expiry, without a pending claim, or for non-temporary statuses", () => {
    expect(codesOf(tourist({ date: "2019-10-01", status: "tourist" }))).not.toContain("status.entry-permit-expiry");
    expect(codesOf(tourist({ date: "2019-06-01", status: "tourist" }, null))).not.toContain(
      "status.entry-permit-expiry",
    );
    expect(codesOf(tourist({ date: "2019-06-01", status: "resident" }))).not.toContain("status.entry-permit-expiry");
  });

  it("needs the entry date or an expiry", () => {
    expect(undeterminedCodes(tourist({ status: "tourist" }))).toContain("status.entry-permit-expiry");
    expect(codesOf(tourist({ status: "tourist", statusExpires: TODAY }))).toContain("status.entry-permit-expiry");
  });
});

describe("appeal.available", () => {
  it("after a first-instance rejection: reconsideration before CEPR within 15 working days of notification", () => {
    const facts = peruCase({
      decision: {
        outcome: "rejected",
        instance: "first-instance",
        date: "2019-11-12",
        notifiedDate: "2019-11-14",
        written: true,
      },
    });
    const found = annotation(facts, "appeal.available");
    expect(found).toMatchObject({ severity: "warning", due: "2019-12-05", daysLeft: 15 });
    expect(found?.detail.es).toContain("CEPR");
    expect(found?.basis.map((basis) => basis.instrument)).toContain("pe-law-27444");
  });

  it("after reconsideration: appeal to the Comisión Revisora, noting it must be lodged from a consulate", () => {
    const facts = peruCase({
      decision: { outcome: "rejected", instance: "reconsideration", notifiedDate: "2019-11-18" },
    });
    const found = annotation(facts, "appeal.available");
    expect(found?.detail.es).toContain("Comisión Revisora");
    expect(found?.detail.en).toContain("consulate");
  });

  it("is critical in the last days and says when the deadline has passed", () => {
    const close = peruCase({ decision: { outcome: "rejected", notifiedDate: "2019-11-01" } });
    expect(annotation(close, "appeal.available")).toMatchObject({ severity: "critical", due: "2019-11-22" });
    const late = peruCase({ decision: { outcome: "rejected", notifiedDate: "2019-10-01" } });
    expect(annotation(late, "appeal.available")).toMatchObject({
      severity: "warning",
      due: "2019-10-22",
      daysLeft: -29,
    });
    expect(annotation(late, "appeal.available")?.title.en).toBe("Appeal deadline passed");
  });

  it("with no date on record, still says which days count and from what", () => {
    const found = annotation(peruCase({ decision: { outcome: "rejected" } }), "appeal.available");
    expect(found?.detail.es).toContain("15 días hábiles desde la notificación, cuya fecha no consta");
    expect(found?.detail.pt).toContain("15 dias úteis a partir da notificação");
    expect(found?.detail.en).toMatch(/^A reconsideration lies to .*15 working days from notification/);
  });

  it("counts Brazil's 15 calendar days to the Minister of Justice", () => {
    const facts = peruCase({ jurisdiction: "BR", decision: { outcome: "rejected", notifiedDate: "2019-11-14" } });
    expect(annotation(facts, "appeal.available")).toMatchObject({ due: "2019-11-29" });
  });

  it("does not fire after an appeal or a positive decision, and does not invent remedies", () => {
    expect(codesOf(peruCase({ decision: { outcome: "rejected", instance: "appeal" } }))).not.toContain(
      "appeal.available",
    );
    expect(codesOf(peruCase({ decision: { outcome: "recognized" } }))).not.toContain("appeal.available");
    const chile = peruCase({ jurisdiction: "CL", decision: { outcome: "rejected" } });
    expect(codesOf(chile)).not.toContain("appeal.available");
    expect(undeterminedCodes(chile)).toContain("appeal.available");
  });

  it("without any date still names the next step, with no due date", () => {
    const found = annotation(peruCase({ decision: { outcome: "rejected" } }), "appeal.available");
    expect(found).toMatchObject({ due: null, daysLeft: null });
  });
});
